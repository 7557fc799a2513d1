#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditWording.h"
#include "audit/ChainHeadStore.h"
#include "common/Result.h"

#include <QByteArray>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class AuditFilterBar;
class AuditTableModel;

// The audit log for 审计员 and administrators (the caller decides who may open it): the
// entries newest first with filters, the selected entry in full below, "Verify Chain"
// (audit::AuditIntegrity: against what this computer remembers; a break found stays
// reported until an administrator acknowledges it, with "Acknowledge…") and "Export…" of
// the filtered entries to .xlsx or .csv.
class AuditViewer : public QWidget
{
    Q_OBJECT

public:
    // `macKey`: the session's audit key (empty: entries can be listed, not verified).
    // `installationId`: the database's, under which ChainHeadStore keeps its head.
    AuditViewer(storage::Connection& connection, QByteArray macKey, QString installationId,
        QWidget* parent = nullptr);
    ~AuditViewer() override;

    // Where the remembered heads are kept (tests use a folder of their own).
    void setHeadStore(audit::ChainHeadStore store) { m_heads = std::move(store); }
    // For administrators: records that the breaks shown have been seen (security::
    // acknowledgeAuditBreaks); without it the viewer offers no acknowledgement.
    using Acknowledge = std::function<Result<std::optional<audit::AuditEntry>>()>;
    void setAcknowledge(Acknowledge acknowledge) { m_acknowledge = std::move(acknowledge); }

    // Reads the users and the entries again (after entries were appended).
    void refresh();
    // Runs the verification and shows its report above the table.
    audit::VerifyReport verify();
    // Writes the entries the filters select; the report line says where.
    Status exportTo(const QString& path);
    // Acknowledges the breaks (after `confirmed` says yes) and verifies again.
    Status acknowledgeBreaks(bool confirmed);

    AuditFilterBar* filterBar() const { return m_filterBar; }
    AuditTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QLabel* reportLabel() const { return m_report; }
    QPlainTextEdit* entryText() const { return m_entry; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* acknowledgeButton() const { return m_acknowledgeButton; }

signals:
    void readFailed(const QString& message);

private:
    void chooseExportFile();
    enum class Tone { Good, Bad, Neutral };
    void showReport(const QString& text, Tone tone);
    void showSelected();

    storage::Connection& m_db;
    QByteArray m_key;
    QString m_installationId;
    audit::AuditWording m_wording;
    audit::ChainHeadStore m_heads;
    AuditFilterBar* m_filterBar;
    AuditTableModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_report;
    QPlainTextEdit* m_entry;
    QPushButton* m_verify;
    QPushButton* m_export;
    QPushButton* m_acknowledgeButton;
    Acknowledge m_acknowledge;
};

}  // namespace redgrid::ui
