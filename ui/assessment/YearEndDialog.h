#pragma once

#include "assessment/AssessmentTarget.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class RefusalLabel;

// The year-end rating (年终评定) of a community or branch for a year, with the year's bonus,
// penalty and a note, as the assessor gives it: pre-filled with what is stored, saved through
// core on OK. A refusal is shown in the dialog, which stays open with the entries.
class YearEndDialog : public QDialog
{
    Q_OBJECT

public:
    YearEndDialog(storage::Connection& connection, const assessment::AssessmentTarget& target, int year,
        QWidget* parent = nullptr);

    void accept() override;  // saves; stays open when core refuses

private:
    QDoubleSpinBox* pointsBox(const char* name, int decimals, double maximum);

    storage::Connection& m_db;
    assessment::AssessmentTarget m_target;
    int m_year;
    int m_decimals = 2;
    QDoubleSpinBox* m_rating;
    QDoubleSpinBox* m_bonus;
    QDoubleSpinBox* m_penalty;
    QLineEdit* m_note;
    RefusalLabel* m_refusal;
    QDialogButtonBox* m_buttons;
};

}  // namespace redgrid::ui
