#pragma once

#include "DatabaseState.h"
#include "support/TestSupport.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <random>

namespace redgrid::test {

// One write of RedGrid run in a child process, to be killed.
struct KillOperation
{
    QString name;  // in messages: "import", "users add" …
    QString program;  // redgrid-cli, or redgrid_kill_child for what the CLI has no command for
    QStringList arguments;  // the same for every run: the bench's paths do not change
    QHash<QString, QString> environment;  // on top of the bench's
    // The same with STEPS: the child stops after that many of its writes (0 when the
    // operation is one write), so that every state between the writes is known.
    std::function<QStringList(int steps)> stepped;
    int steps = 0;
    // What the operation wrote into the output folder, checked: the same text for the same
    // complete files ("members.xlsx: 3000 rows"), something else for anything damaged.
    std::function<QString(const QString& outputFolder)> outputs;
    // More checks after every run: the database as SQLite reads it, and `outputs`' text.
    std::function<void(const DatabaseState& database, const QString& outputs)> alsoCheck;
};

// A prepared database, copied afresh for every run of an operation, which is killed with
// SIGKILL after a random delay no longer than the uninterrupted run took. After every kill:
// SQLite's integrity and foreign-key checks pass, the audit log has not shrunk and
// `redgrid-cli audit verify` (whose start also sweeps what killed writers left) says it is
// intact, no stray file is left beside the database or the outputs, nothing unfinished is
// left noted, and the data and outputs are exactly as before the operation, after it, or
// (for an operation of several writes) after one of its writes — never anything else.
class KillBench
{
public:
    KillBench();

    // Where the operations work: the database, their output folder and the data folder
    // (XDG_DATA_HOME) of every program the bench starts.
    QString database() const { return m_root.path(QStringLiteral("work/db/kill.redgrid")); }
    QString outputFolder() const { return m_root.path(QStringLiteral("work/out")); }
    QString dataFolder() const { return m_root.path(QStringLiteral("work/data")); }
    QString scratch(const QString& name) const { return m_root.path(name); }  // for inputs

    // Once the database is ready (every connection to it closed): signs in once through
    // redgrid-cli, so that the data folder remembers the audit chain, and keeps the files.
    void prepare();

    // Measures the uninterrupted operation, learns its states, then kills it `kills` times.
    void run(const KillOperation& operation, int kills);

    // The prepared file, before any operation ran on it.
    const DatabaseState& prepared() const { return m_prepared; }

    // REDGRID_KILLS, or `otherwise`.
    static int killsPerOperation(int otherwise);

private:
    struct Observed
    {
        QString state;  // the fingerprint and the outputs
        qint64 auditEntries = 0;
    };
    QProcessEnvironment programEnvironment() const;
    void restore();
    Observed observe(const KillOperation& operation, const QString& context);

    TempDir m_root;
    ReferenceValues m_reference;
    DatabaseState m_prepared;
    quint64 m_seed = 0;
    std::mt19937_64 m_random;
};

}  // namespace redgrid::test
