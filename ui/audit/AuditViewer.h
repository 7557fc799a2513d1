#pragma once

#include "audit/AuditChain.h"
#include "audit/ChainHeadStore.h"
#include "common/Result.h"

#include <QByteArray>
#include <QWidget>

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
// (verifyChain against the head this computer remembers, which moves forward when the
// chain is intact) and "Export…" of the filtered entries to .xlsx or .csv.
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

    // Reads the users and the entries again (after entries were appended).
    void refresh();
    // Runs the verification and shows its report above the table.
    audit::VerifyReport verify();
    // Writes the entries the filters select; the report line says where.
    Status exportTo(const QString& path);

    AuditFilterBar* filterBar() const { return m_filterBar; }
    AuditTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QLabel* reportLabel() const { return m_report; }
    QPlainTextEdit* entryText() const { return m_entry; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* exportButton() const { return m_export; }

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
    audit::ChainHeadStore m_heads;
    AuditFilterBar* m_filterBar;
    AuditTableModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_report;
    QPlainTextEdit* m_entry;
    QPushButton* m_verify;
    QPushButton* m_export;
};

}  // namespace redgrid::ui
