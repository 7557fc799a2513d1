#include "MemberImportDialog.h"

#include "ImportValueChoices.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "ui/common/ComboPopup.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/ProgressTask.h"
#include "ui/organisation/OrgComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

using importexport::RosterField;

namespace {
constexpr int PreviewRows = 1000;
constexpr int ErrorsRole = Qt::UserRole + 1;  // on the problems cell: the row's errors
constexpr int WarningsRole = Qt::UserRole + 2;  // … and warnings
const QColor ErrorBackground(255, 228, 225);
const QColor WarningBackground(255, 248, 220);
}  // namespace

MemberImportDialog::MemberImportDialog(
    storage::Connection& db, QString databasePath, QString file, const RecordId& defaultOrg, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_databasePath(std::move(databasePath))
    , m_file(std::move(file))
    , m_defaultOrg(defaultOrg)
{
    setWindowTitle(tr("Import Party Members"));
    resize(1100, 720);

    m_sheet = new QComboBox(this);
    m_org = new QComboBox(this);
    m_org->addItem(tr("(none: every row names its branch)"), QByteArray());
    for (const auto& org : organisation::OrgStore(db).all()) {
        m_org->addItem(QStringLiteral("%1  %2").arg(org.code, org.name), org.id.toBytes());
        if (org.id == defaultOrg)
            m_org->setCurrentIndex(m_org->count() - 1);
    }
    m_org->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_org->setMinimumContentsLength(30);
    keepPopupOnScreen(m_org);
    m_mapping = new QTableWidget(this);
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Imported as") });
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_valuesTitle
        = new QLabel(tr("Values the code tables do not know (choose what to import them as):"), this);
    m_valuesTitle->setWordWrap(true);
    m_valueChoices = new ImportValueChoices(this);
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->verticalHeader()->hide();
    // A row's problems in full, however long: the cell shows their start.
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("problemDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a row to read all its problems here."));
    m_detail->setMaximumHeight(fontMetrics().lineSpacing() * 7 + 12);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_saveRejects = new QCheckBox(tr("Save the rejected rows with their reasons to:"), this);
    m_saveRejects->setChecked(true);
    const QFileInfo info(m_file);
    m_rejectsPath = new QLineEdit(
        info.dir().filePath(info.completeBaseName() + tr("-rejected") + QStringLiteral(".xlsx")), this);

    // Branches the file names that do not exist yet (a new office's first import).
    m_missingBox = new QGroupBox(tr("Branches that do not exist yet"), this);
    m_missingBox->setObjectName(QStringLiteral("missingOrgs"));
    m_missingOrgs = new QLabel(m_missingBox);
    m_missingOrgs->setObjectName(QStringLiteral("missingOrgsList"));
    m_missingOrgs->setWordWrap(true);
    m_missingOrgs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createOrgs = new QCheckBox(tr("&Set them up as new organisations below:"), m_missingBox);
    m_createOrgs->setObjectName(QStringLiteral("createMissingOrgs"));
    m_createUnder = new OrgComboBox(m_missingBox);
    m_createUnder->setObjectName(QStringLiteral("createOrgsUnder"));
    keepPopupOnScreen(m_createUnder);
    fillCreateUnder();
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_createOrgs);
    createRow->addWidget(m_createUnder, 1);
    auto* missingLayout = new QVBoxLayout(m_missingBox);
    missingLayout->addWidget(m_missingOrgs);
    missingLayout->addLayout(createRow);
    m_missingBox->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(m_file), this));
    form->addRow(tr("Sheet:"), m_sheet);
    form->addRow(tr("Branch for rows without one:"), m_org);
    auto* rejects = new QHBoxLayout;
    rejects->addWidget(m_saveRejects);
    rejects->addWidget(m_rejectsPath, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import Valid Rows"), QDialogButtonBox::AcceptRole);
    auto* recheck = buttons->addButton(tr("Check Again"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(recheck, &QPushButton::clicked, this, [this] { refreshPreview(false); });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] { load(false); });
    connect(m_org, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(false); });
    connect(m_valueChoices, &ImportValueChoices::choicesChanged, this, [this] { refreshPreview(false); });
    connect(m_createOrgs, &QCheckBox::toggled, this, [this] { refreshPreview(false); });
    connect(m_createUnder, &QComboBox::currentIndexChanged, this, [this] {
        if (m_createOrgs->isChecked())
            refreshPreview(false);
    });
    connect(m_preview->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MemberImportDialog::showProblemsOfCurrentRow);

    auto* mappingBox = new QVBoxLayout;
    mappingBox->addWidget(new QLabel(tr("How the columns were understood (correct them if needed):"), this));
    mappingBox->addWidget(m_mapping, 3);
    mappingBox->addWidget(m_valuesTitle);
    mappingBox->addWidget(m_valueChoices, 2);
    m_valuesTitle->hide();
    m_valueChoices->hide();
    auto* previewBox = new QVBoxLayout;
    previewBox->addWidget(new QLabel(tr("The first rows, with what is wrong in each:"), this));
    previewBox->addWidget(m_preview, 1);
    previewBox->addWidget(m_detail);
    auto* middle = new QHBoxLayout;
    middle->addLayout(mappingBox, 1);
    middle->addLayout(previewBox, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(middle, 1);
    layout->addWidget(m_missingBox);
    layout->addWidget(m_summary);
    layout->addLayout(rejects);
    layout->addWidget(buttons);
}

// Where missing branches may go: any organisation that can hold a branch, or the top level
// for an administrator of the whole database (a new office's first organisation).
void MemberImportDialog::fillCreateUnder()
{
    const auto failure = coreGuard(m_db.path(), [&] {
        QList<organisation::PartyOrg> parents = organisation::OrgStore(m_db).all();
        const bool mayPlaceAtTop = organisation::OrgEditor(m_db).mayEditBelow(RecordId()).ok();
        m_createUnder->setOrgs(
            parents, OrgComboBox::Choice::Any, mayPlaceAtTop ? tr("(top level)") : QString());
        for (const auto& org : parents) {
            if (organisation::mayContain(org.kind, organisation::OrgKind::Branch)) {
                m_createUnder->setOrgId(org.id);
                break;
            }
        }
    });
    if (failure)
        m_summary->setText(failure->toString());
}

importexport::MemberImportOptions MemberImportDialog::options() const
{
    importexport::MemberImportOptions options;
    options.sheet = m_sheet->currentText();
    options.defaultOrgId = RecordId::fromBytes(m_org->currentData().toByteArray());
    importexport::ColumnMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        const int field = combo ? combo->currentData().toInt() : -1;
        mapping.columns.append(field < 0 ? std::nullopt : std::optional(static_cast<RosterField>(field)));
    }
    options.mapping = mapping;
    options.valueMapping = m_valueChoices->choices();
    if (m_createOrgs->isChecked())
        options.createOrgsUnder = m_createUnder->orgId();
    if (m_saveRejects->isChecked())
        options.rejectsPath = m_rejectsPath->text();
    return options;
}

void MemberImportDialog::fillMapping(const importexport::MemberFileLayout& layout)
{
    m_mapping->setRowCount(int(layout.headers.size()));
    for (int row = 0; row < layout.headers.size(); ++row) {
        m_mapping->setItem(row, 0, new QTableWidgetItem(layout.headers.at(row)));
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(ignore)"), -1);
        for (const auto& info : importexport::rosterFields())
            if (!info.exportOnly)
                combo->addItem(info.header, static_cast<int>(info.field));
        const auto field = layout.mapping.columns.value(row);
        combo->setCurrentIndex(field ? combo->findData(static_cast<int>(*field)) : 0);
        keepPopupOnScreen(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(true); });
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

bool MemberImportDialog::load(bool quiet)
{
    const QString sheet = m_sheet->currentText();
    auto layout = importexport::MemberImporter(m_db).layout(m_file, sheet);
    if (!layout) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot Import"), layout.error().toString());
        m_summary->setText(layout.error().toString());
        m_import->setEnabled(false);
        return false;
    }
    if (m_sheets != layout->info.sheets) {
        m_sheets = layout->info.sheets;
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_sheets);
        m_sheet->setCurrentText(layout->sheet);
    }
    m_sheet->setEnabled(m_sheets.size() > 1);
    fillMapping(*layout);
    return refreshPreview(quiet);
}

bool MemberImportDialog::refreshPreview(bool quiet)
{
    const auto options = this->options();
    auto rows = importexport::MemberImporter(m_db).preview(m_file, options, PreviewRows);
    if (!rows) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot Import"), rows.error().toString());
        m_summary->setText(rows.error().toString());
        m_import->setEnabled(false);
        return false;
    }
    m_previewModel->clear();
    QStringList headers { tr("Row"), tr("Problems") };
    for (int column = 0; column < m_mapping->rowCount(); ++column)
        headers.append(m_mapping->item(column, 0)->text());
    m_previewModel->setHorizontalHeaderLabels(headers);
    int bad = 0;
    for (const auto& row : *rows) {
        QList<QStandardItem*> items;
        items.append(new QStandardItem(QString::number(row.row)));
        const QString problems = (row.errors + row.warnings).join(QStringLiteral("; "));
        auto* problemsItem = new QStandardItem(problems.isEmpty()
                ? (row.updatesExisting ? tr("updates a member on record") : tr("OK"))
                : problems);
        // Every problem on its own line, in the tooltip and the detail below the preview.
        if (!problems.isEmpty())
            problemsItem->setToolTip((row.errors + row.warnings).join(QLatin1Char('\n')));
        problemsItem->setData(row.errors, ErrorsRole);
        problemsItem->setData(row.warnings, WarningsRole);
        items.append(problemsItem);
        for (const QString& cell : row.cells)
            items.append(new QStandardItem(cell));
        if (!row.errors.isEmpty() || !row.warnings.isEmpty())
            for (QStandardItem* item : items)
                item->setBackground(row.errors.isEmpty() ? WarningBackground : ErrorBackground);
        bad += !row.errors.isEmpty();
        m_previewModel->appendRow(items);
    }
    m_preview->resizeColumnToContents(0);
    m_preview->setColumnWidth(1, 320);
    showProblemsOfCurrentRow();

    // The whole file's counts, from a dry run (on a worker thread: files can be large).
    auto dryRun = runOnWorker(true);
    if (!dryRun) {
        m_summary->setText(dryRun.error().toString());
        m_import->setEnabled(false);
        return false;
    }
    const auto& r = *dryRun;
    showFindings(r);
    m_summary->setText(tr("%1 rows in the file: %2 new, %3 changed, %4 already up to date, %5 rejected. "
                          "Importing writes the valid rows; the rejected rows are left out.")
                           .arg(r.read)
                           .arg(r.inserted)
                           .arg(r.updated)
                           .arg(r.unchanged)
                           .arg(r.rejected));
    m_import->setEnabled(r.inserted + r.updated > 0);
    Q_UNUSED(bad)
    return true;
}

// The values no code table knows, and the branches the file names that do not exist.
void MemberImportDialog::showFindings(const importexport::MemberImportReport& report)
{
    m_valueChoices->setValues(report.unknownValues);
    m_valuesTitle->setVisible(!report.unknownValues.isEmpty());
    m_valueChoices->setVisible(!report.unknownValues.isEmpty());

    QStringList names;
    if (m_createOrgs->isChecked()) {
        for (const QString& name : report.createdOrgs)
            names.append(name.toHtmlEscaped());
        m_missingOrgs->setText(names.isEmpty()
                ? tr("Every branch the file names exists.")
                : tr("These %n branch(es) will be set up when you import:", nullptr, int(names.size()))
                    + QStringLiteral("<br>") + names.join(QStringLiteral("<br>")));
    } else {
        for (const auto& org : report.missingOrgs)
            names.append(tr("%1 (%n row(s))", nullptr, int(org.rows)).arg(org.name.toHtmlEscaped()));
        m_missingOrgs->setText(
            tr("The file names %n branch(es) that do not exist yet; their rows are rejected unless you set "
               "them up:",
                nullptr, int(names.size()))
            + QStringLiteral("<br>") + names.join(QStringLiteral("<br>")));
    }
    m_missingBox->setVisible(m_createOrgs->isChecked() || !report.missingOrgs.isEmpty());
}

void MemberImportDialog::showProblemsOfCurrentRow()
{
    const QModelIndex current = m_preview->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QModelIndex problems = m_previewModel->index(current.row(), 1);
    const QStringList errors = problems.data(ErrorsRole).toStringList();
    const QStringList warnings = problems.data(WarningsRole).toStringList();
    QStringList lines;
    const QString row = m_previewModel->index(current.row(), 0).data().toString();
    if (errors.isEmpty() && warnings.isEmpty())
        lines << tr("Row %1: no problems.").arg(row);
    else if (!errors.isEmpty())
        lines << tr("Row %1 is rejected:").arg(row);
    else
        lines << tr("Row %1 is imported, with warnings:").arg(row);
    for (const QString& error : errors)
        lines << QStringLiteral("• ") + error;
    for (const QString& warning : warnings)
        lines << QStringLiteral("• ") + tr("warning: %1").arg(warning);
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

Result<importexport::MemberImportReport> MemberImportDialog::runOnWorker(bool dryRun)
{
    auto options = this->options();
    options.dryRun = dryRun;
    if (dryRun)
        options.rejectsPath.clear();
    importexport::MemberImportReport report;
    const QString fileName = QFileInfo(m_file).fileName();
    const std::shared_ptr<const security::Session> session = security::Session::shared(m_db);
    const Status done = ProgressTask::run(this, windowTitle(),
        dryRun ? tr("Checking %1…").arg(fileName) : tr("Importing %1…").arg(fileName),
        ProgressTask::Cancel::Allowed, [&](ProgressTask::Monitor& monitor) -> Status {
            auto db = storage::DatabaseFile::openAnother(m_db);
            if (!db)
                return db.error();
            security::attachSession(**db, session);  // signed in as the window is
            auto result = importexport::MemberImporter(**db).run(m_file, options, [&](double fraction) {
                monitor.setProgress(int(fraction * 1000), 1000);
                return !monitor.cancelRequested();
            });
            if (!result)
                return result.error();
            report = std::move(result).value();
            return Status::success();
        });
    if (!done)
        return done.error();
    return report;
}

bool MemberImportDialog::runImport()
{
    auto imported = runOnWorker(false);
    if (!imported) {
        QMessageBox::warning(this, tr("Not Imported"), imported.error().toString());
        return false;
    }
    m_report = *imported;
    QString text = tr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                       .arg(m_report.read)
                       .arg(m_report.inserted)
                       .arg(m_report.updated)
                       .arg(m_report.unchanged)
                       .arg(m_report.rejected);
    if (!m_report.rejectsFile.isEmpty())
        text += QLatin1Char('\n')
            + tr("The rejected rows and their reasons are in %1.").arg(m_report.rejectsFile);
    QMessageBox::information(this, tr("Members Imported"), text);
    return true;
}

bool MemberImportDialog::importInto(
    storage::Connection& db, const QString& databasePath, const RecordId& defaultOrg, QWidget* parent)
{
    const QString file = QFileDialog::getOpenFileName(parent, tr("Import Party Members"), QString(),
        tr("Rosters (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return false;
    MemberImportDialog dialog(db, databasePath, file, defaultOrg, parent);
    if (!dialog.load())
        return false;
    return dialog.exec() == QDialog::Accepted;
}

}  // namespace redgrid::ui
