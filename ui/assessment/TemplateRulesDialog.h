#pragma once

#include "assessment/AssessmentTemplate.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace redgrid::ui {

class RefusalLabel;

// A template's rules beside its indicators, all settings with the published defaults
// (domain-rules §4): the points the blocks add up to, the bonus cap and the decimals allowed;
// the grades (等次) and stars (星级) with where each begins, the quota of each and which needs
// an innovation item; the vetoes (一票否决) and the best grade each allows; the annual rule
// (the quarters' weights, their share, the year-end rating's maximum). OK only when they hold.
class TemplateRulesDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateRulesDialog(
        const assessment::AssessmentTemplate& table, bool editable, QWidget* parent = nullptr);

    // The template with the rules as the dialog holds them, or the problems that stop them.
    assessment::AssessmentTemplate rules(QStringList& problems) const;

private:
    void recheck();

    assessment::AssessmentTemplate m_table;
    QLineEdit* m_total;
    QLineEdit* m_bonusCap;
    QSpinBox* m_decimals;
    QTableWidget* m_grades;
    QTableWidget* m_stars;
    QTableWidget* m_vetoes;
    QSpinBox* m_weights[4];
    QSpinBox* m_quartersPercent;
    QLineEdit* m_yearEndMax;
    RefusalLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

}  // namespace redgrid::ui
