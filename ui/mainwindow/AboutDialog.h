#pragma once

#include <QDialog>

namespace redgrid::ui {

// Help › About: what RedGrid is and the versions of RedGrid, Qt and SQLite in use
// (what a support request needs).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString versionText();  // "RedGrid 0.1.0 · Qt 6.4.2 · SQLite 3.40.1"
};

}  // namespace redgrid::ui
