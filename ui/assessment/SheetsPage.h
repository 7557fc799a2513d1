#pragma once

#include "assessment/Period.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class PrintPreview;
class RefusalLabel;
class ScoreSheetWidget;

// The quarter's score sheets: a quarter to choose (the current one first), the communities
// of the account's area with where their sheet stands, and the chosen one's sheet.
class SheetsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { CommunityColumn, UnitColumn, StateColumn, TotalColumn, ModifiedByColumn };

    explicit SheetsPage(storage::Connection& connection, const QDate& today = QDate::currentDate(),
        QWidget* parent = nullptr);

    void reload();  // the list of communities, read again
    assessment::Period period() const;
    // The print preview of the chosen community's quarterly report, or of the summary of the
    // account's area; nothing when the report cannot be built (the reason is shown).
    std::unique_ptr<PrintPreview> reportPreview(bool summary);

private:
    void openSheet(QTreeWidgetItem* item);
    void printReport(bool summary);

    storage::Connection& m_db;
    QDate m_today;
    QComboBox* m_period;
    QTreeWidget* m_overview;
    ScoreSheetWidget* m_sheet;
    RefusalLabel* m_status;
};

}  // namespace redgrid::ui
