#pragma once

#include "common/RecordId.h"
#include "document/roster/MemberSelection.h"

#include <QList>
#include <QObject>

#include <memory>

class QAction;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class PrintPreview;
class RosterWidget;

// The roster's files: import a roster, export members to .xlsx/.csv, print the member form
// (采集表) of the selected member or of every member listed, and the roster table. Exports
// and prints take the roster's list as it is on screen: its organisation, filters, search
// and order, which their dialogs state. Printing goes through a print preview (PrintPreview)
// to paper or a PDF file. Long jobs run on a worker thread with its own connection, behind
// a progress dialog with Cancel; a written file is confirmed with SavedFileNotice.
class RosterFileActions : public QObject
{
    Q_OBJECT

public:
    RosterFileActions(storage::Connection& db, RosterWidget* roster);
    ~RosterFileActions() override;

    QList<QAction*> actions() const;  // with separators, for a menu
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* printMemberAction() const { return m_printMember; }
    QAction* printFormsAction() const { return m_printForms; }
    QAction* printRosterAction() const { return m_printRoster; }

    // The roster's list as shown: filter (with the organisation), search and order; a
    // search still in its typing pause is applied first.
    document::MemberSelection currentSelection();

    // The steps behind the actions, for tests and for the actions: the export after its
    // dialogs, and the print previews before they are shown.
    bool exportTo(const QString& path, bool fullLayout, bool unmasked);
    std::unique_ptr<PrintPreview> memberFormPreview(const RecordId& memberId);
    std::unique_ptr<PrintPreview> formsPreview();
    std::unique_ptr<PrintPreview> rosterPreview();

signals:
    void membersImported();

private:
    void importMembers();
    void exportMembers();
    void printMember();
    void printForms();
    void printRoster();
    bool rosterHasMembers(const QString& title);

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
