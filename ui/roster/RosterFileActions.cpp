#include "RosterFileActions.h"

#include "MemberImportDialog.h"
#include "RosterFilterBar.h"
#include "RosterModel.h"
#include "RosterSelectionText.h"
#include "RosterWidget.h"
#include "document/roster/MemberFormDocument.h"
#include "document/roster/RosterTableDocument.h"
#include "importexport/MemberExporter.h"
#include "roster/MemberStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/PrintPreview.h"
#include "ui/common/ProgressTask.h"
#include "ui/common/SavedFileNotice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace redgrid::ui {

RosterFileActions::RosterFileActions(storage::Connection& db, RosterWidget* roster)
    : QObject(roster)
    , m_db(db)
    , m_roster(roster)
{
    m_import = new QAction(tr("&Import Members…"), this);
    m_import->setStatusTip(tr("Import party members from an Excel or CSV roster"));
    m_export = new QAction(tr("&Export Members…"), this);
    m_export->setStatusTip(tr("Export the members listed, in the order shown, to Excel or CSV"));
    m_printMember = new QAction(tr("Print Member &Form…"), this);
    m_printMember->setStatusTip(
        tr("The 党员基本信息采集表 of the selected member, for them to check and sign"));
    m_printForms = new QAction(tr("Print Forms of the Members &Listed…"), this);
    m_printForms->setStatusTip(tr("One 采集表 page for every member listed, in the order shown"));
    m_printRoster = new QAction(tr("Print &Roster…"), this);
    m_printRoster->setStatusTip(tr("The roster table of the members listed, in the order shown"));
    m_printRoster->setShortcut(QKeySequence::Print);
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

RosterFileActions::~RosterFileActions() = default;

QList<QAction*> RosterFileActions::actions() const
{
    return { m_separator, m_import, m_export, m_printMember, m_printForms, m_printRoster };
}

document::MemberSelection RosterFileActions::currentSelection()
{
    m_roster->filterBar()->searchNow();  // a search still waiting for the typing pause
    return { m_roster->model()->filter(), m_roster->model()->currentOrder() };
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
    m_roster->filterBar()->searchNow();
    QDialog options(m_roster);
    options.setWindowTitle(tr("Export Members"));
    auto* listed = new QLabel(RosterSelectionText::describe(m_db, *m_roster), &options);
    listed->setObjectName(QStringLiteral("exportedMembers"));
    listed->setTextFormat(Qt::PlainText);
    listed->setWordWrap(true);
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
    form->addRow(listed);
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
    const document::MemberSelection selection = currentSelection();
    importexport::MemberExportOptions options;
    options.layout = fullLayout ? importexport::ExportLayout::Full : importexport::ExportLayout::National;
    options.exposure = unmasked ? roster::Exposure::Unmasked : roster::Exposure::Masked;
    options.filter = selection.filter;
    options.order = selection.order;
    qint64 rows = 0;
    const Status done = ProgressTask::runOnDatabase(m_roster, tr("Export Members"),
        tr("Writing %1…").arg(QFileInfo(path).fileName()), m_db,
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
    SavedFileNotice::confirm(m_roster, path, tr("%n member(s) exported.", nullptr, int(rows)));
    return true;
}

bool RosterFileActions::rosterHasMembers(const QString& title)
{
    currentSelection();  // applies a pending search first
    if (m_roster->model()->totalCount() > 0)
        return true;
    QMessageBox::information(m_roster, title, tr("No member is listed, so there is nothing to print."));
    return false;
}

void RosterFileActions::printMember()
{
    const QList<RecordId> selected = m_roster->selectedMemberIds();
    if (selected.size() != 1) {
        QMessageBox::information(m_roster, tr("Print Member Form"), tr("Select one member first."));
        return;
    }
    memberFormPreview(selected.front())->exec();
}

void RosterFileActions::printForms()
{
    if (rosterHasMembers(tr("Print Forms")))
        formsPreview()->exec();
}

void RosterFileActions::printRoster()
{
    if (rosterHasMembers(tr("Print Roster")))
        rosterPreview()->exec();
}

std::unique_ptr<PrintPreview> RosterFileActions::memberFormPreview(const RecordId& memberId)
{
    QString name;
    if (coreGuard(m_db.path(), [&] {
            if (const auto member = roster::MemberStore(m_db).member(memberId))
                name = member->name;
        }))
        name.clear();
    PrintJob job;
    job.title = tr("Print Member Form");
    job.description = tr("The 党员基本信息采集表 of %1, for the member to check and sign.").arg(name);
    job.fileName = tr("member-form") + QLatin1Char('-') + name + QStringLiteral(".pdf");
    job.pageCount = 1;
    job.document = std::make_shared<document::MemberFormDocument>(memberId);
    return std::make_unique<PrintPreview>(m_db, std::move(job), m_roster);
}

std::unique_ptr<PrintPreview> RosterFileActions::formsPreview()
{
    const document::MemberSelection selection = currentSelection();
    PrintJob job;
    job.title = tr("Print Forms");
    job.description = tr("One 党员基本信息采集表 page for each member listed.") + QLatin1Char('\n')
        + RosterSelectionText::describe(m_db, *m_roster);
    job.fileName = tr("member-forms") + QStringLiteral(".pdf");
    job.pageCount = int(m_roster->model()->totalCount());
    job.document = std::make_shared<document::MemberFormDocument>(selection);
    return std::make_unique<PrintPreview>(m_db, std::move(job), m_roster);
}

std::unique_ptr<PrintPreview> RosterFileActions::rosterPreview()
{
    const document::MemberSelection selection = currentSelection();
    const int rowsPerPage = document::RosterTableDocument::rowsPerPage();
    PrintJob job;
    job.title = tr("Print Roster");
    job.description = tr("The roster table (党员基本信息汇总表) of the members listed.") + QLatin1Char('\n')
        + RosterSelectionText::describe(m_db, *m_roster);
    job.fileName = tr("roster") + QStringLiteral(".pdf");
    job.pageCount = int((m_roster->model()->totalCount() + rowsPerPage - 1) / rowsPerPage);
    job.document = std::make_shared<document::RosterTableDocument>(selection);
    return std::make_unique<PrintPreview>(m_db, std::move(job), m_roster);
}

}  // namespace redgrid::ui
