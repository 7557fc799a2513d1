#pragma once

#include <QObject>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace redgrid::ui {

// A new password typed twice, with what PasswordPolicy says about it as the user types
// (at least 8 characters of 3 kinds), and whether the two agree. Adds its rows to a form.
class PasswordFields : public QObject
{
    Q_OBJECT

public:
    PasswordFields(QFormLayout* form, const QString& label, QWidget* parent);

    QString password() const;
    // Why the password cannot be taken (the policy, or the repetition differs), or nothing.
    std::optional<QString> problem() const;
    void clear();

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

signals:
    void changed();

private:
    void showVerdict();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

}  // namespace redgrid::ui
