#include "ResetPasswordDialog.h"

#include "PasswordFields.h"
#include "security/AccountStore.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

ResetPasswordDialog::ResetPasswordDialog(
    storage::Connection& connection, const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_username(username)
    , m_refusal(new RefusalLabel)
{
    setWindowTitle(tr("Reset Password"));
    auto* intro = new QLabel(tr("A new password for %1. Tell them in private, and ask them to change it "
                                "after signing in.")
                                 .arg(username));
    intro->setWordWrap(true);
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    auto* form = new QFormLayout;
    m_password = new PasswordFields(form, tr("&New password:"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ResetPasswordDialog::accept()
{
    auto refuse = [this](const QString& message) {
        m_refusal->setText(message);
        m_refusal->show();
    };
    if (auto problem = m_password->problem()) {
        refuse(*problem);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status reset;
    const auto failure = coreGuard(m_db.path(),
        [&] { reset = security::AccountStore(m_db).resetPassword(m_username, m_password->password()); });
    QApplication::restoreOverrideCursor();
    if (failure || !reset) {
        refuse(failure ? failure->toString() : reset.error().toString());
        return;
    }
    m_password->clear();
    QDialog::accept();
}

}  // namespace redgrid::ui
