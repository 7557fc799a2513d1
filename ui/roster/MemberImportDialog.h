#pragma once

#include "common/RecordId.h"
#include "importexport/MemberImporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class ImportValueChoices;
class OrgComboBox;

// Importing a party-member roster: the user sees how the columns were understood (and can
// correct it), a preview of the rows with each row's errors (in full below the preview),
// the values no code table knows (and chooses their codes), the branches the file names
// that do not exist yet (and may have them set up below a chosen organisation), and the
// whole file's counts from a dry run, before anything is written. Then the valid rows are
// imported and the rejected ones saved, with their reasons, to a file to fix and import
// again.
class MemberImportDialog : public QDialog
{
    Q_OBJECT

public:
    MemberImportDialog(storage::Connection& db, QString databasePath, QString file,
        const RecordId& defaultOrg, QWidget* parent = nullptr);

    // Asks for a file, shows the dialog; true when members were imported.
    static bool importInto(
        storage::Connection& db, const QString& databasePath, const RecordId& defaultOrg, QWidget* parent);

    // Reads the file and fills the mapping and the preview; false (with a message box
    // unless `quiet`) if the file cannot be read as a roster.
    bool load(bool quiet = false);
    // Runs the import on a worker thread behind a progress dialog.
    bool runImport();

    QTableWidget* mappingTable() const { return m_mapping; }
    ImportValueChoices* valueChoices() const { return m_valueChoices; }
    QCheckBox* createOrgsBox() const { return m_createOrgs; }
    OrgComboBox* createOrgsUnderBox() const { return m_createUnder; }
    QLabel* missingOrgsLabel() const { return m_missingOrgs; }
    QPlainTextEdit* problemDetail() const { return m_detail; }
    QTableView* previewView() const { return m_preview; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    QLineEdit* rejectsEdit() const { return m_rejectsPath; }
    const importexport::MemberImportReport& lastReport() const { return m_report; }
    importexport::MemberImportOptions options() const;

private:
    void fillMapping(const importexport::MemberFileLayout& layout);
    void fillCreateUnder();
    bool refreshPreview(bool quiet);
    void showFindings(const importexport::MemberImportReport& report);
    void showProblemsOfCurrentRow();
    Result<importexport::MemberImportReport> runOnWorker(bool dryRun);

    storage::Connection& m_db;
    QString m_databasePath;
    QString m_file;
    RecordId m_defaultOrg;
    QStringList m_sheets;
    QComboBox* m_sheet;
    QComboBox* m_org;
    QTableWidget* m_mapping;
    QLabel* m_valuesTitle;
    ImportValueChoices* m_valueChoices;
    QTableView* m_preview;
    QStandardItemModel* m_previewModel;
    QPlainTextEdit* m_detail;
    QGroupBox* m_missingBox;
    QLabel* m_missingOrgs;
    QCheckBox* m_createOrgs;
    OrgComboBox* m_createUnder;
    QLabel* m_summary;
    QCheckBox* m_saveRejects;
    QLineEdit* m_rejectsPath;
    QPushButton* m_import;
    importexport::MemberImportReport m_report;
};

}  // namespace redgrid::ui
