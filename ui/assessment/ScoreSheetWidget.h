#pragma once

#include "assessment/Sheet.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class RectificationPanel;
class RefusalLabel;

// One community's score sheet for a quarter: every indicator with its maximum, the self
// score and the review score side by side (differences highlighted), computed indicators
// with their counts, deductions as counts per rule, an evidence note and files, the vetoes. The totals,
// grade and stars follow every keystroke (ScoreSheet::compute); entries that cannot be saved
// are listed naming the indicator (ScoreSheet::problems). The buttons are those of the
// workflow, enabled for the signed-in role as SheetWorkflow says, core's refusals shown as
// they come; a refused save keeps what the user typed.
class ScoreSheetWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, MaxColumn, SelfColumn, ReviewColumn, CountColumn, EvidenceColumn, FilesColumn };

    // `today`: the date rectifications are overdue and closed on (the page's, for tests).
    explicit ScoreSheetWidget(storage::Connection& connection, const QDate& today = QDate::currentDate(),
        QWidget* parent = nullptr);

    void setSheet(const assessment::Sheet& sheet);
    void clear();
    const std::optional<assessment::Sheet>& sheet() const { return m_sheet; }
    bool hasUnsavedEntries() const { return m_dirty; }
    // Saves the side the account enters; false (the refusal shown, the entries kept) if not.
    bool saveEntries();

signals:
    void sheetChanged(const assessment::Sheet& sheet);  // saved or moved on in the workflow

private:
    void buildRows();
    QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const assessment::Indicator& indicator);
    void showEntries();
    void entryEdited(QTreeWidgetItem* item, int column);
    void vetoToggled();
    // The evidence files of the current row's indicator, in a dialog (EvidenceFilesDialog).
    void editFiles();
    void recount();
    void updateButtons();
    void save();
    void act(assessment::SheetAction action);
    void moveToNextEntry();
    bool isEditable(const QModelIndex& index) const;
    void refuse(const QString& message);
    void tell(const QString& message);
    std::optional<QString> refusal(assessment::SheetAction action) const;
    // The side the signed-in account enters now, if any: the review once the assessor may.
    std::optional<assessment::SheetSide> editableSide() const;
    assessment::SheetInput& input(assessment::SheetSide side);
    QString resultText(const assessment::SheetResult& result) const;

    storage::Connection& m_db;
    QDate m_today;
    std::optional<assessment::Sheet> m_sheet;
    assessment::SheetInput m_self;
    assessment::SheetInput m_review;
    QStringList m_unreadable;  // entries that are not numbers, by indicator name
    bool m_dirty = false;
    bool m_filling = false;

    QLabel* m_title;
    QTreeWidget* m_tree;
    QGroupBox* m_vetoBox;
    QHash<QString, QCheckBox*> m_vetoes;
    QLabel* m_selfTotal;
    QLabel* m_reviewTotal;
    RefusalLabel* m_problems;
    RefusalLabel* m_status;
    QMap<assessment::SheetAction, QPushButton*> m_buttons;
    QPushButton* m_save;
    QPushButton* m_files;
    RectificationPanel* m_rectifications;
};

}  // namespace redgrid::ui
