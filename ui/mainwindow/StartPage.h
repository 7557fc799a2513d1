#pragma once

#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QPushButton;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// What a new database needs before a secretary can use it, in order, each step with a
// button that does it (the action the window already has for it) and whether it is done:
// import the official division list, set up the party organisations, import the roster,
// add the accounts of the people who will use it. The window shows it first while the
// database has no streets, no organisations or no members; the page reads which steps are
// done again after each one.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Divisions, Organisations, Roster, Accounts };
    static constexpr int StepCount = 4;

    explicit StartPage(storage::Connection& connection, QWidget* parent = nullptr);

    // Whether a database, as the signed-in account sees it, is still to be set up.
    static bool isNeeded(storage::Connection& connection);

    // The action that does `step`; a step without an action the account may use is left out.
    void setAction(Step step, QAction* action);
    void refresh();  // reads which steps are done

    bool isDone(Step step) const;
    bool hasStepToDo() const;  // one the account may do, and not done
    bool isShown(Step step) const;
    QPushButton* button(Step step) const;
    QLabel* statusLabel(Step step) const;

signals:
    void readFailed(const QString& message);

private:
    struct Row
    {
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        QPushButton* button = nullptr;
        QLabel* status = nullptr;
        QAction* action = nullptr;
        bool done = false;
    };
    Row& row(Step step) { return m_rows[static_cast<size_t>(step)]; }
    const Row& row(Step step) const { return m_rows[static_cast<size_t>(step)]; }
    QWidget* createRow(
        Step step, const QString& title, const QString& explanation, const QString& buttonText);
    void showStatus(Step step, bool done, const QString& detail);
    void renumber();

    storage::Connection& m_db;
    std::array<Row, StepCount> m_rows;
};

}  // namespace redgrid::ui
