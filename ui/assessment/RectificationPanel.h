#pragma once

#include "assessment/Sheet.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTreeWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class RefusalLabel;

// 整改: the sheet's rectification items and the open ones carried from earlier quarters,
// overdue ones marked; an item is opened on an indicator that lost points and closed with
// what was done.
class RectificationPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, ProblemColumn, ResponsibleColumn, DeadlineColumn, StateColumn };

    explicit RectificationPanel(storage::Connection& connection, QWidget* parent = nullptr);

    void setSheet(const std::optional<assessment::Sheet>& sheet, const QDate& today = QDate::currentDate());

signals:
    void changed();

private:
    void fill(const QList<assessment::Rectification>& items);
    void openItem();
    void closeItem();

    storage::Connection& m_db;
    std::optional<assessment::Sheet> m_sheet;
    QList<assessment::Rectification> m_items;
    QDate m_today;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_close;
    RefusalLabel* m_status;
};

}  // namespace redgrid::ui
