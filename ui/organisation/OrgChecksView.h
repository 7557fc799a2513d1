#pragma once

#include "organisation/OrgChecks.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// What OrgChecks finds about the organisations (branch sizes, missing committees, terms
// ending or overdue) and, on its own page, the grids no branch or group covers.
// Double-clicking a line asks for the organisation or the grid to be shown.
class OrgChecksView : public QWidget
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, CodeColumn, MessageColumn };
    enum Role { IdRole = Qt::UserRole + 1, KindRole };

    explicit OrgChecksView(storage::Connection& connection, QWidget* parent = nullptr);

    // Runs the checks again as of `today`.
    void refresh(const QDate& today = QDate::currentDate());
    // The data changed: the next time the view is shown it runs the checks again.
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }

    QTabWidget* pages() const { return m_pages; }
    QTreeWidget* findingsList() const { return m_findings; }
    QTreeWidget* coverageList() const { return m_coverage; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void orgChosen(const RecordId& orgId);
    void gridChosen(const RecordId& nodeId);
    void readFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void activated(QTreeWidgetItem* item);

    storage::Connection& m_db;
    QLabel* m_summary;
    QTabWidget* m_pages;
    QTreeWidget* m_findings;
    QTreeWidget* m_coverage;
    bool m_stale = true;
};

}  // namespace redgrid::ui
