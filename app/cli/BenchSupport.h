#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace redgrid::cli {

// Small pieces shared by the benchmark commands.

// Drops a database file (and its log) from the page cache, so the next open reads it from
// disk ("cold"). Linux only; elsewhere the "cold" figures are warm.
void evictFromPageCache(const QString& path);
double millisecondsOf(const QElapsedTimer& timer);
double median(QList<double> values);
double percentile(QList<double> values, double share);  // e.g. 0.95

// The administrator of the databases the benchmarks build (throw-away files).
inline const QString BenchUser = QStringLiteral("bench");
inline const QString BenchPassword = QStringLiteral("Bench-2026-pass");

}  // namespace redgrid::cli
