#include "FirstAdministratorDialog.h"

#include "PasswordFields.h"
#include "ui/common/RefusalLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

FirstAdministratorDialog::FirstAdministratorDialog(Purpose purpose, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_username(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_refusal(new RefusalLabel)
{
    setWindowTitle(tr("First Administrator"));
    QString why;
    switch (purpose) {
    case Purpose::NewDatabase:
        why = tr("The new database needs its first administrator, who signs in with this name and password "
                 "and creates the accounts of everyone else.");
        break;
    case Purpose::DemoDatabase:
        why = tr("The demo database needs an administrator too. Choose a name and password to sign in "
                 "with; the data in it stays invented.");
        break;
    case Purpose::SecureExisting:
        why = tr("%1 was made by an earlier RedGrid, without accounts. To open it, name its first "
                 "administrator, who creates the accounts of everyone else.")
                  .arg(fileName);
        break;
    }
    auto* intro = new QLabel(why);
    intro->setWordWrap(true);
    QString encrypted = tr("ID numbers and phone numbers are stored encrypted: only someone who signs in can "
                           "read them, and a lost password cannot be looked up in the file.");
    if (purpose != Purpose::DemoDatabase)
        encrypted += QLatin1Char(' ') + tr("Next you are shown a recovery key, once: keep it safe.");
    auto* encryption = new QLabel(encrypted);
    encryption->setWordWrap(true);
    encryption->setStyleSheet(QStringLiteral("QLabel { background: #eef3fb; border: 1px solid #c5d5ee; "
                                             "padding: 6px 8px; }"));

    m_username->setMaxLength(64);
    m_username->setPlaceholderText(tr("e.g. admin"));
    m_displayName->setMaxLength(100);
    m_displayName->setPlaceholderText(tr("e.g. 王建国"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    m_password = new PasswordFields(form, tr("&Password:"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    connect(m_password, &PasswordFields::changed, this, [this] { m_refusal->hide(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(encryption);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

security::FirstAdministrator FirstAdministratorDialog::administrator() const
{
    return { m_username->text().trimmed(), m_displayName->text().trimmed(), m_password->password() };
}

void FirstAdministratorDialog::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void FirstAdministratorDialog::accept()
{
    // What is wrong with the password is already said below it, as it is typed.
    if (auto problem = m_password->problem()) {
        showRefusal({});
        m_password->passwordEdit()->setFocus();
        return;
    }
    if (auto problem = security::SecuritySetup::problemWith(administrator())) {
        showRefusal(*problem);
        m_username->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace redgrid::ui
