#pragma once

#include "assessment/Period.h"
#include "common/RecordId.h"

#include <QDate>
#include <QWidget>

class QChart;
class QGridLayout;
class QLabel;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The assessment's charts beside the sheets (issue 23 §3), the same as in the printed
// reports (document::AssessmentCharts): the chosen community's score over the quarters and
// the points it lost per block, and for the account's area the distribution, the ranking,
// the grade and star counts and the blocks lost. Built from the report model only when the
// widget is shown, and again when the community or the quarter changes.
class SheetChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SheetChartsWidget(storage::Connection& connection, const QDate& today = QDate::currentDate(),
        QWidget* parent = nullptr);

    // `community`: null for none; `saved`: whether its sheet of the quarter has been saved.
    void setChoice(const RecordId& community, bool saved, const assessment::Period& quarter);
    // A party branch is chosen: its charts are not drawn, the area's are.
    void setBranchChosen(const assessment::Period& quarter);
    bool isLoaded() const { return !m_stale; }
    int chartCount() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void clearCharts();
    void addChart(QGridLayout* grid, QChart* chart, int row, int column, int columnSpan = 1);

    storage::Connection& m_db;
    QDate m_today;
    RecordId m_community;
    bool m_saved = false;
    bool m_branch = false;
    assessment::Period m_quarter = assessment::Period::quarterOf(2000, 1);
    bool m_stale = true;

    QLabel* m_communityNote;
    QLabel* m_areaNote;
    QGridLayout* m_communityCharts;
    QGridLayout* m_areaCharts;
};

}  // namespace redgrid::ui
