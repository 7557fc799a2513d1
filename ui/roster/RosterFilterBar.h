#pragma once

#include "roster/RosterQuery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QToolButton;

namespace redgrid::ui {

// The search box and the filters above the roster: category, status, age band,
// education, mobile, lost contact, dual registration. Filters apply at once; the search
// applies after a short pause in typing, so each keystroke does not query a million rows.
class RosterFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchPauseMs = 150;

    explicit RosterFilterBar(QWidget* parent = nullptr);

    // The filter the widgets describe (the organisation is the panel's business).
    roster::RosterFilter filter() const;
    void reset();
    // Puts `widget` (the roster's scope) in the search row, before the search box.
    void addBesideSearch(QWidget* widget);
    // Its widgets in the order Tab goes through them.
    QList<QWidget*> tabOrder() const;
    // Applies a search still waiting for the typing pause, now.
    void searchNow();
    bool searchPending() const { return m_pause.isActive(); }

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* categoryBox() const { return m_category; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* ageBox() const { return m_age; }
    QComboBox* educationBox() const { return m_education; }
    QCheckBox* mobileBox() const { return m_mobile; }
    QCheckBox* lostContactBox() const { return m_lostContact; }
    QCheckBox* dualBox() const { return m_dual; }

signals:
    void filterChanged();

private:
    QTimer m_pause;
    QHBoxLayout* m_searchRow;
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_status;
    QComboBox* m_age;
    QComboBox* m_education;
    QCheckBox* m_mobile;
    QCheckBox* m_lostContact;
    QCheckBox* m_dual;
    QToolButton* m_reset;
};

}  // namespace redgrid::ui
