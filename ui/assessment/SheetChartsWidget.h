#pragma once

#include "assessment/AssessmentTemplate.h"
#include "assessment/Period.h"
#include "common/RecordId.h"

#include <QDate>
#include <QWidget>

class QChart;
class QGridLayout;
class QGroupBox;
class QLabel;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The assessment's charts beside the sheets (issue 23 §3), the same as in the printed
// reports (document::AssessmentCharts): the chosen community's (or party branch's) score over
// the quarters and the points it lost per block, and for the account's area (a branch: its
// 党委's branches) the distribution, the ranking, the grade and star counts and the blocks
// lost. Built from the report model only when the widget is shown, and again when the choice
// or the quarter changes.
class SheetChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SheetChartsWidget(storage::Connection& connection, const QDate& today = QDate::currentDate(),
        QWidget* parent = nullptr);

    // `target` a community or a party branch (by `kind`), null for none; `saved`: whether its
    // sheet of the quarter has been saved.
    void setChoice(
        assessment::TargetKind kind, const RecordId& target, bool saved, const assessment::Period& quarter);
    bool isLoaded() const { return !m_stale; }
    int chartCount() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void loadTarget();
    void loadArea();
    void clearCharts();
    void addChart(QGridLayout* grid, QChart* chart, int row, int column, int columnSpan = 1);

    storage::Connection& m_db;
    QDate m_today;
    assessment::TargetKind m_kind = assessment::TargetKind::Community;
    RecordId m_target;
    bool m_saved = false;
    assessment::Period m_quarter = assessment::Period::quarterOf(2000, 1);
    bool m_stale = true;

    QGroupBox* m_targetBox;
    QGroupBox* m_areaBox;
    QLabel* m_targetNote;
    QLabel* m_areaNote;
    QGridLayout* m_targetCharts;
    QGridLayout* m_areaCharts;
};

}  // namespace redgrid::ui
