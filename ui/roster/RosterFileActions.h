#pragma once

#include "common/RecordId.h"

#include <QList>
#include <QObject>

class QAction;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class RosterWidget;

// The roster's files: import a roster, export members to .xlsx/.csv, print the member form
// (采集表) of a member or an organisation and the roster table as PDF. Each long job runs on
// a worker thread with its own connection, behind a progress dialog with Cancel. The
// organisation is the one the roster shows; the member is the selected one.
class RosterFileActions : public QObject
{
    Q_OBJECT

public:
    RosterFileActions(storage::Connection& db, RosterWidget* roster);

    QList<QAction*> actions() const;  // with separators, for a menu
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* printMemberAction() const { return m_printMember; }
    QAction* printFormsAction() const { return m_printForms; }
    QAction* printRosterAction() const { return m_printRoster; }

    // The steps after the file dialogs, for tests and for the actions.
    bool exportTo(const QString& path, bool fullLayout, bool unmasked);
    bool printMemberTo(const RecordId& memberId, const QString& path);
    bool printFormsTo(const RecordId& orgId, const QString& path);
    bool printRosterTo(const RecordId& orgId, const QString& path);

signals:
    void membersImported();

private:
    void importMembers();
    void exportMembers();
    void printMember();
    void printForms();
    void printRoster();
    RecordId organisationOrAsk(const QString& title);
    QString askPdfPath(const QString& title, const QString& suggestedName);

    storage::Connection& m_db;
    RosterWidget* m_roster;
    QAction* m_import;
    QAction* m_export;
    QAction* m_printMember;
    QAction* m_printForms;
    QAction* m_printRoster;
    QAction* m_separator;
};

}  // namespace redgrid::ui
