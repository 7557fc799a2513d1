#pragma once

#include "common/RecordId.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class RosterFilterBar;
class RosterModel;
class RosterScopeButton;

// The roster of the open database: its scope (whose members), search and filters above a
// lazy table of members (RosterModel), the count for the current filter below it, and the
// actions on members:
// new, open (the member form), move the selected ones to another organisation, and the
// name order (pinyin or 姓氏笔画). The header's context menu chooses the columns.
class RosterWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxMovedAtOnce = 5000;  // rows a bulk move reads one by one

    explicit RosterWidget(storage::Connection& connection, QWidget* parent = nullptr);
    ~RosterWidget() override;

    RosterModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    RosterFilterBar* filterBar() const { return m_filters; }
    QLabel* countLabel() const { return m_count; }
    RosterScopeButton* scopeButton() const { return m_scope; }

    QList<QAction*> memberActions() const;
    QAction* newMemberAction() const { return m_new; }
    QAction* openMemberAction() const { return m_open; }
    QAction* moveAction() const { return m_move; }
    QAction* strokeOrderAction() const { return m_stroke; }

    // Lists the members of `orgId` and everything below it (null: every organisation of the
    // account's area).
    void setOrganisation(const RecordId& orgId, const QString& name);
    RecordId organisation() const { return m_orgId; }
    // Every member of the account's area, no search, no filter: after an import, so that the
    // members just imported are among the rows whatever was shown before.
    void showAllMembers();
    void applyFilter();
    // Reads the rows again after members or organisations changed, keeping the place.
    void reload();

    QList<RecordId> selectedMemberIds() const;
    qint64 selectedCount() const;
    void newMember();
    void openCurrent();
    void openMember(const RecordId& id);
    void moveSelected();  // asks for the organisation
    bool moveMembers(const QList<RecordId>& ids, const RecordId& orgId);

    // The column chooser (also the header's context menu); choices are kept in QSettings.
    QMenu* columnMenu();
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;

    QToolButton* showAllButton() const { return m_showAll; }

signals:
    void allOrganisationsRequested();  // "Show all" or the whole area chosen in the scope
    void organisationRequested(const RecordId& orgId);  // a wider organisation chosen in the scope
    void membersChanged();  // members were added, edited, moved or had an event
    void readFailed(const QString& message);

private:
    void createActions();
    void setUpTable();
    void restoreColumns();
    void saveColumns() const;
    void sortRequested(int column, Qt::SortOrder order);
    void showSortIndicator();
    void updateCount();
    void updateActions();
    void afterWrite();

    storage::Connection& m_db;
    RosterModel* m_model;
    RosterFilterBar* m_filters;
    QTableView* m_table;
    RosterScopeButton* m_scope;
    QLabel* m_count;
    QToolButton* m_showAll;
    QMenu* m_columns = nullptr;
    RecordId m_orgId;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_move = nullptr;
    QAction* m_stroke = nullptr;
};

}  // namespace redgrid::ui
