#pragma once

#include "importexport/DivisionImporter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace redgrid::ui {

// What importing a division list would do, from a dry run: how many rows are new,
// renamed, already there or rejected, and each rejected row with its reason. The user
// then imports the valid rows, or cancels and corrects the file first.
class DivisionImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DivisionImportDialog(
        const importexport::DivisionImportReport& preview, QWidget* parent = nullptr);

    QLabel* summaryLabel() const { return m_summary; }
    QTableView* rejectedView() const { return m_rejected; }
    QPushButton* importButton() const { return m_import; }  // null when there is nothing to import

    // "147 rows read: 144 new, 0 renamed, 3 already up to date, 0 rejected."
    static QString summary(const importexport::DivisionImportReport& report);

private:
    QLabel* m_summary;
    QTableView* m_rejected;
    QPushButton* m_import = nullptr;
};

}  // namespace redgrid::ui
