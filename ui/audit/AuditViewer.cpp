#include "AuditViewer.h"

#include "AuditFilterBar.h"
#include "AuditTableModel.h"
#include "audit/AuditAction.h"
#include "audit/AuditDetails.h"
#include "audit/AuditExport.h"
#include "audit/AuditIntegrity.h"
#include "audit/AuditLog.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/SavedFileNotice.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace redgrid::ui {

using audit::VerifyReport;

AuditViewer::AuditViewer(
    storage::Connection& connection, QByteArray macKey, QString installationId, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_key(std::move(macKey))
    , m_installationId(std::move(installationId))
    , m_wording(connection)
    , m_filterBar(new AuditFilterBar)
    , m_model(new AuditTableModel(connection, this))
    , m_table(new QTableView)
    , m_count(new QLabel)
    , m_report(new QLabel)
    , m_entry(new QPlainTextEdit)
    , m_verify(new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Verify Chain")))
    , m_export(new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export…")))
    , m_acknowledgeButton(new QPushButton(tr("&Acknowledge Breaks…")))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks for rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AuditTableModel::DetailsColumn, QHeaderView::Stretch);
    // Wide enough for the labels of either language; the details take the rest.
    const auto widest = [this](const QStringList& samples) {
        int width = 0;
        for (const QString& sample : samples)
            width = std::max(width, fontMetrics().horizontalAdvance(sample));
        return width + 24;
    };
    const QStringList headers = audit::AuditExport::header();
    QStringList actionLabels;
    for (audit::AuditAction action :
        { audit::AuditAction::Login, audit::AuditAction::Changed, audit::AuditAction::Exported,
            audit::AuditAction::ViewedUnmasked, audit::AuditAction::AccountCreated,
            audit::AuditAction::DatabaseSecured, audit::AuditAction::ChainAcknowledged })
        actionLabels << audit::AuditActionLabels::label(action);
    QStringList macLabels { headers.at(AuditTableModel::MacColumn) };
    for (audit::MacStatus status : { audit::MacStatus::NotSealed, audit::MacStatus::Sealed,
             audit::MacStatus::Verified, audit::MacStatus::Broken, audit::MacStatus::AfterBreak })
        macLabels << audit::AuditChain::macStatusLabel(status);
    header->resizeSection(AuditTableModel::SeqColumn, widest({ QStringLiteral("0000000") }));
    header->resizeSection(AuditTableModel::TimeColumn, widest({ QStringLiteral("0000-00-00 00:00:00") }));
    header->resizeSection(AuditTableModel::UserColumn, widest({ QString(6, QChar(0x56FD)) }));
    header->resizeSection(AuditTableModel::ActionColumn, widest(actionLabels));
    header->resizeSection(AuditTableModel::TargetColumn, widest({ QString(13, QChar(0x56FD)) }));
    header->resizeSection(AuditTableModel::ResultColumn,
        widest({ headers.at(AuditTableModel::ResultColumn), audit::AuditExport::resultText(true),
            audit::AuditExport::resultText(false) }));
    header->resizeSection(AuditTableModel::MacColumn, widest(macLabels));

    m_entry->setReadOnly(true);
    m_entry->setPlaceholderText(tr("Select an entry to see it in full."));
    m_entry->setMaximumBlockCount(200);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setMargin(6);
    m_report->hide();
    m_verify->setToolTip(tr("Check every entry's MAC and that no entry is missing"));
    m_export->setToolTip(tr("Write the entries the filters select to an Excel workbook or a CSV file"));
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeBreaks"));
    m_acknowledgeButton->setToolTip(
        tr("Record in the log that you have seen the breaks reported, so that the "
           "log verifies again and later tampering shows"));
    m_acknowledgeButton->hide();

    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(6, 0, 6, 0);
    actions->addWidget(m_count, 1);
    actions->addWidget(m_verify);
    actions->addWidget(m_export);
    actions->addWidget(m_acknowledgeButton);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_entry);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({ 10000, fontMetrics().height() * 6 });  // a few lines for the entry
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addWidget(m_report);
    layout->addWidget(split, 1);

    connect(m_filterBar, &AuditFilterBar::filterChanged, this,
        [this] { m_model->setFilter(m_filterBar->filter()); });
    connect(m_model, &AuditTableModel::countChanged, this, [this](qint64 count) {
        m_count->setText(tr("%n entry(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
        m_entry->clear();
    });
    connect(m_model, &AuditTableModel::readFailed, this, &AuditViewer::readFailed);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditViewer::showSelected);
    connect(m_verify, &QPushButton::clicked, this, [this] { verify(); });
    connect(m_export, &QPushButton::clicked, this, &AuditViewer::chooseExportFile);
    connect(m_acknowledgeButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Acknowledge Breaks"),
            tr("The audit log will record, in your name, that you have seen these breaks:\n\n%1\n\nThe "
               "entries stay as they are and keep their marks; from then on the log verifies again, and any "
               "later change is caught. Acknowledge them?")
                .arg(m_report->text()));
        (void)acknowledgeBreaks(answer == QMessageBox::Yes);
    });

    refresh();
}

AuditViewer::~AuditViewer() = default;

void AuditViewer::refresh()
{
    QStringList users;
    if (const auto failure = coreGuard(m_db.path(), [&] { users = audit::AuditLog(m_db, {}).usernames(); }))
        emit readFailed(failure->toString());
    {
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->setUsernames(users);
    }
    m_model->setFilter(m_filterBar->filter());
}

void AuditViewer::showReport(const QString& text, Tone tone)
{
    // Colours a reader cannot miss: the verdict on the log is the point of the button.
    static const char* const styles[] = {
        "QLabel { background: #e6f4ea; color: #1e4620; border: 1px solid #a8d5b5; }",
        "QLabel { background: #fce8e6; color: #8a1c1c; border: 1px solid #f0b4ad; }",
        "QLabel { background: #fef7e0; color: #5c4400; border: 1px solid #f0d68a; }",
    };
    m_report->setStyleSheet(QLatin1String(styles[static_cast<int>(tone)]));
    m_report->setText(text);
    m_report->show();
}

VerifyReport AuditViewer::verify()
{
    VerifyReport report;
    Status remembered = Status::success();
    const auto failure = coreGuard(m_db.path(),
        [&] { report = audit::AuditIntegrity(m_db, m_key, m_installationId, m_heads).verify(&remembered); });
    if (failure) {
        showReport(failure->toString(), Tone::Bad);
        return report;
    }
    QString text = report.message();
    if (!remembered)
        text += QLatin1Char(' ')
            + tr("What this computer knows of the log could not be remembered: %1")
                  .arg(remembered.error().toString());
    showReport(text, report.isIntact() ? Tone::Good : report.isBroken() ? Tone::Bad : Tone::Neutral);
    m_acknowledgeButton->setVisible(report.isBroken() && m_acknowledge);
    m_model->setVerifyReport(report);
    showSelected();
    return report;
}

Status AuditViewer::acknowledgeBreaks(bool confirmed)
{
    if (!confirmed || !m_acknowledge)
        return Status::success();
    const auto acknowledged = m_acknowledge();
    if (!acknowledged) {
        showReport(acknowledged.error().toString(), Tone::Bad);
        return acknowledged.error();
    }
    refresh();
    verify();
    return Status::success();
}

Status AuditViewer::exportTo(const QString& path)
{
    const auto written = audit::AuditExport(m_db, m_key).write(path, m_filterBar->filter());
    if (!written) {
        showReport(written.error().toString(), Tone::Bad);
        return written.error();
    }
    showReport(tr("%n entry(s) exported to %1.", nullptr, int(std::min<qint64>(*written, INT_MAX)))
                   .arg(QDir::toNativeSeparators(path)),
        Tone::Neutral);
    return Status::success();
}

void AuditViewer::chooseExportFile()
{
    const QString name = tr("audit-log") + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"),
        name + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status exported = exportTo(path); !exported)
        QMessageBox::warning(this, tr("Export Audit Log"), exported.error().toString());
    else
        SavedFileNotice::confirm(this, path, tr("The audit log entries were exported."));
}

void AuditViewer::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const auto entry = current.isValid() ? m_model->entryAt(current.row()) : std::nullopt;
    if (!entry) {
        m_entry->clear();
        return;
    }
    const auto& report = m_model->verifyReport();
    const QString status
        = audit::AuditChain::macStatusLabel(audit::macStatus(*entry, report ? &*report : nullptr));
    QStringList lines;
    lines << tr("Entry %1 · %2 · %3 · %4 · %5")
                 .arg(QString::number(entry->seq), audit::AuditExport::timeText(entry->at), entry->username,
                     audit::AuditActionLabels::labelForKey(entry->action),
                     audit::AuditExport::resultText(entry->succeeded));
    const QString account = m_wording.account(*entry);
    lines << tr("Account: %1").arg(account.isEmpty() ? tr("unknown") : account);
    if (const QString target = m_wording.target(*entry); !target.isEmpty())
        lines << tr("Target: %1").arg(target);
    const QString details = m_wording.details(*entry);
    if (!details.isEmpty())
        lines << tr("Details: %1").arg(details);
    lines << tr("MAC: %1 (%2)")
                 .arg(entry->isSealed() ? QString::fromLatin1(entry->mac.toHex()) : QStringLiteral("—"),
                     status);
    m_entry->setPlainText(lines.join(QLatin1Char('\n')));
}

}  // namespace redgrid::ui
