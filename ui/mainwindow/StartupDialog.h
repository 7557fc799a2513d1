#pragma once

#include <QDialog>

class QCommandLinkButton;

namespace redgrid::ui {

// Shown at start-up when no database is open: try the demo database (invented data of
// 重庆市江北区, created on first use), open a database, or create a new one.
class StartupDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Quit, Demo, Open, New };

    // `demoPath`: where the demo database is, or will be created.
    explicit StartupDialog(const QString& demoPath, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QCommandLinkButton* demoButton() const { return m_demo; }
    QCommandLinkButton* openButton() const { return m_open; }
    QCommandLinkButton* newButton() const { return m_new; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Quit;
    QCommandLinkButton* m_demo;
    QCommandLinkButton* m_open;
    QCommandLinkButton* m_new;
};

}  // namespace redgrid::ui
