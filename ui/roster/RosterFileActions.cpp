#include "RosterFileActions.h"

#include "MemberImportDialog.h"
#include "RosterWidget.h"
#include "importexport/MemberExporter.h"
#include "organisation/OrgStore.h"
#include "report/MemberFormPdf.h"
#include "report/RosterPdf.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "ui/common/ProgressTask.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>

namespace redgrid::ui {

namespace {

// Runs `work` on a worker thread with its own connection to the same file, signed in as
// the window's connection is.
Status onWorker(QWidget* parent, const QString& title, const QString& label,
    const storage::Connection& window,
    const std::function<Status(storage::Connection&, ProgressTask::Monitor&)>& work)
{
    const QString databasePath = window.path();
    const std::shared_ptr<const security::Session> session = security::Session::shared(window);
    return ProgressTask::run(
        parent, title, label, ProgressTask::Cancel::Allowed, [&](ProgressTask::Monitor& monitor) -> Status {
            auto db = storage::DatabaseFile::open(databasePath);
            if (!db)
                return db.error();
            security::attachSession(**db, session);
            return work(**db, monitor);
        });
}

}  // namespace

RosterFileActions::RosterFileActions(storage::Connection& db, RosterWidget* roster)
    : QObject(roster)
    , m_db(db)
    , m_roster(roster)
{
    m_import = new QAction(tr("&Import Members…"), this);
    m_import->setStatusTip(tr("Import party members from an Excel or CSV roster"));
    m_export = new QAction(tr("&Export Members…"), this);
    m_export->setStatusTip(tr("Export the members of the organisation shown to Excel or CSV"));
    m_printMember = new QAction(tr("Print Member &Form (PDF)…"), this);
    m_printMember->setStatusTip(tr("The 党员基本信息采集表 of the selected member"));
    m_printForms = new QAction(tr("Print Forms of the &Organisation (PDF)…"), this);
    m_printForms->setStatusTip(tr("One 采集表 page for every member of the organisation shown"));
    m_printRoster = new QAction(tr("Print &Roster (PDF)…"), this);
    m_printRoster->setStatusTip(tr("The roster table of the organisation shown"));
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    // What the role may not do is not offered (core refuses it anyway).
    const security::Session* session = security::Session::of(db);
    const auto allows = [session](security::Permission p) { return session && session->allows(p); };
    m_import->setVisible(allows(security::Permission::ImportRoster));
    m_export->setVisible(allows(security::Permission::ExportRoster));
    for (QAction* print : { m_printMember, m_printForms, m_printRoster })
        print->setVisible(allows(security::Permission::PrintReports));
    connect(m_import, &QAction::triggered, this, &RosterFileActions::importMembers);
    connect(m_export, &QAction::triggered, this, &RosterFileActions::exportMembers);
    connect(m_printMember, &QAction::triggered, this, &RosterFileActions::printMember);
    connect(m_printForms, &QAction::triggered, this, &RosterFileActions::printForms);
    connect(m_printRoster, &QAction::triggered, this, &RosterFileActions::printRoster);
}

QList<QAction*> RosterFileActions::actions() const
{
    return { m_separator, m_import, m_export, m_printMember, m_printForms, m_printRoster };
}

void RosterFileActions::importMembers()
{
    if (MemberImportDialog::importInto(m_db, m_db.path(), m_roster->organisation(), m_roster)) {
        m_roster->reload();
        emit membersImported();
    }
}

void RosterFileActions::exportMembers()
{
    QDialog options(m_roster);
    options.setWindowTitle(tr("Export Members"));
    auto* layout = new QComboBox(&options);
    layout->addItem(tr("National summary table (汇总表, 21 columns)"));
    layout->addItem(tr("Every column RedGrid keeps"));
    auto* unmasked
        = new QCheckBox(tr("Write ID numbers and phones in full (they are masked by default)"), &options);
    const security::Session* session = security::Session::of(m_db);
    unmasked->setVisible(session && session->allows(security::Permission::ViewUnmasked));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &options);
    connect(buttons, &QDialogButtonBox::accepted, &options, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &options, &QDialog::reject);
    auto* form = new QFormLayout(&options);
    form->addRow(tr("Layout:"), layout);
    form->addRow(unmasked);
    form->addRow(buttons);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(m_roster, tr("Export Members"),
        tr("members") + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, layout->currentIndex() == 1, unmasked->isChecked());
}

bool RosterFileActions::exportTo(const QString& path, bool fullLayout, bool unmasked)
{
    importexport::MemberExportOptions options;
    options.layout = fullLayout ? importexport::ExportLayout::Full : importexport::ExportLayout::National;
    options.exposure = unmasked ? roster::Exposure::Unmasked : roster::Exposure::Masked;
    options.filter.orgId = m_roster->organisation();
    qint64 rows = 0;
    const Status done
        = onWorker(m_roster, tr("Export Members"), tr("Writing %1…").arg(QFileInfo(path).fileName()), m_db,
            [&](storage::Connection& db, ProgressTask::Monitor& monitor) -> Status {
                auto result
                    = importexport::MemberExporter(db).run(path, options, [&](qint64 written, qint64 total) {
                          monitor.setProgress(int(written), int(total));
                          return !monitor.cancelRequested();
                      });
                if (!result)
                    return result.error();
                rows = result->rows;
                return Status::success();
            });
    if (!done) {
        QMessageBox::warning(m_roster, tr("Not Exported"), done.error().toString());
        return false;
    }
    QMessageBox::information(m_roster, tr("Members Exported"),
        tr("%1 member(s) written to %2.").arg(rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

QString RosterFileActions::askPdfPath(const QString& title, const QString& suggestedName)
{
    return QFileDialog::getSaveFileName(
        m_roster, title, suggestedName + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
}

RecordId RosterFileActions::organisationOrAsk(const QString& title)
{
    const RecordId org = m_roster->organisation();
    if (org.isNull())
        QMessageBox::information(m_roster, title, tr("Choose an organisation on the left first."));
    return org;
}

void RosterFileActions::printMember()
{
    const QList<RecordId> selected = m_roster->selectedMemberIds();
    if (selected.size() != 1) {
        QMessageBox::information(m_roster, m_printMember->text(), tr("Select one member first."));
        return;
    }
    const QString path = askPdfPath(tr("Print Member Form"), tr("member-form"));
    if (!path.isEmpty())
        printMemberTo(selected.front(), path);
}

void RosterFileActions::printForms()
{
    const RecordId org = organisationOrAsk(tr("Print Forms"));
    if (org.isNull())
        return;
    const QString path = askPdfPath(tr("Print Forms"), tr("member-forms"));
    if (!path.isEmpty())
        printFormsTo(org, path);
}

void RosterFileActions::printRoster()
{
    const RecordId org = organisationOrAsk(tr("Print Roster"));
    if (org.isNull())
        return;
    const QString path = askPdfPath(tr("Print Roster"), tr("roster"));
    if (!path.isEmpty())
        printRosterTo(org, path);
}

bool RosterFileActions::printMemberTo(const RecordId& memberId, const QString& path)
{
    const Status done = onWorker(m_roster, tr("Print Member Form"), tr("Printing…"), m_db,
        [&](storage::Connection& db, ProgressTask::Monitor&) {
            return report::MemberFormPdf(db).printMember(memberId, path);
        });
    if (!done)
        QMessageBox::warning(m_roster, tr("Not Printed"), done.error().toString());
    return done.ok();
}

bool RosterFileActions::printFormsTo(const RecordId& orgId, const QString& path)
{
    const Status done = onWorker(m_roster, tr("Print Forms"), tr("Printing…"), m_db,
        [&](storage::Connection& db, ProgressTask::Monitor& monitor) {
            report::PrintOptions options;
            options.progress = [&](int printed, int total) {
                monitor.setProgress(printed, total);
                return !monitor.cancelRequested();
            };
            return report::MemberFormPdf(db).printOrganisation(orgId, path, options);
        });
    if (!done)
        QMessageBox::warning(m_roster, tr("Not Printed"), done.error().toString());
    return done.ok();
}

bool RosterFileActions::printRosterTo(const RecordId& orgId, const QString& path)
{
    const Status done = onWorker(m_roster, tr("Print Roster"), tr("Printing…"), m_db,
        [&](storage::Connection& db, ProgressTask::Monitor& monitor) {
            report::PrintOptions options;
            options.progress = [&](int printed, int total) {
                monitor.setProgress(printed, total);
                return !monitor.cancelRequested();
            };
            return report::RosterPdf(db).print(orgId, path, options);
        });
    if (!done)
        QMessageBox::warning(m_roster, tr("Not Printed"), done.error().toString());
    return done.ok();
}

}  // namespace redgrid::ui
