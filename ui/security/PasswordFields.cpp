#include "PasswordFields.h"

#include "security/PasswordPolicy.h"
#include "ui/common/RefusalLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace redgrid::ui {

PasswordFields::PasswordFields(QFormLayout* form, const QString& label, QWidget* parent)
    : QObject(parent)
    , m_password(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
    , m_message(new QLabel(parent))
{
    for (QLineEdit* edit : { m_password, m_repeat }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(256);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::showVerdict);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::changed);
    }
    m_password->setPlaceholderText(tr("at least %1 characters").arg(security::PasswordPolicy::MinimumLength));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    form->addRow(label, m_password);
    form->addRow(tr("Repeat it:"), m_repeat);
    form->addRow(QString(), m_message);
    showVerdict();
}

QString PasswordFields::password() const
{
    return m_password->text();
}

std::optional<QString> PasswordFields::problem() const
{
    if (auto problem = security::PasswordPolicy::problem(m_password->text()))
        return problem;
    if (m_repeat->text() != m_password->text())
        return tr("the two passwords differ");
    return std::nullopt;
}

void PasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void PasswordFields::showVerdict()
{
    // Before anything is typed: the rule, in grey. Then what is still missing, and finally
    // a plain confirmation, so the user knows when to stop.
    QString text;
    auto tone = RefusalLabel::Tone::Neutral;
    if (m_password->text().isEmpty()) {
        text = tr("At least %1 characters, mixing %2 of: lower-case letters, capitals, digits, other "
                  "characters.")
                   .arg(security::PasswordPolicy::MinimumLength)
                   .arg(security::PasswordPolicy::RequiredClasses);
    } else if (auto problem = security::PasswordPolicy::problem(m_password->text())) {
        text = tr("Not yet: %1.").arg(*problem);
        tone = RefusalLabel::Tone::Refusal;
    } else if (m_repeat->text().isEmpty()) {
        text = tr("Strong enough. Type it again below.");
        tone = RefusalLabel::Tone::Success;
    } else if (m_repeat->text() != m_password->text()) {
        text = tr("The two passwords differ.");
        tone = RefusalLabel::Tone::Refusal;
    } else {
        text = tr("Strong enough, and both are the same.");
        tone = RefusalLabel::Tone::Success;
    }
    m_message->setText(text);
    RefusalLabel::setTone(m_message, tone);
}

}  // namespace redgrid::ui
