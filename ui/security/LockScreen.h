#pragma once

#include <QWidget>

class QLabel;

namespace redgrid::ui {

// What a locked window shows: an opaque cover over all of it (menus, toolbars and status
// bar included) saying that RedGrid is locked and by whom. It follows the window's size.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    // Covers `window` (a top-level widget) until deleted.
    LockScreen(QWidget* window, const QString& username, const QString& databaseName);

    QLabel* titleLabel() const { return m_title; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_title;
};

}  // namespace redgrid::ui
