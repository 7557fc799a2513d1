#include "ChangePasswordDialog.h"

#include "PasswordFields.h"
#include "security/AccountStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

ChangePasswordDialog::ChangePasswordDialog(storage::Connection& connection, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_current(new QLineEdit)
    , m_refusal(new RefusalLabel)
{
    setWindowTitle(tr("Change Password"));
    const security::Session* session = security::Session::of(connection);
    auto* intro
        = new QLabel(tr("A new password for %1.").arg(session ? session->account().username : QString()));
    intro->setWordWrap(true);
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setMaxLength(256);
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    m_new = new PasswordFields(form, tr("&New password:"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ChangePasswordDialog::accept()
{
    auto refuse = [this](const QString& message) {
        m_refusal->setText(message);
        m_refusal->show();
    };
    if (auto problem = m_new->problem()) {
        refuse(*problem);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status changed;
    const auto failure = coreGuard(m_db.path(), [&] {
        changed = security::AccountStore(m_db).changeOwnPassword(m_current->text(), m_new->password());
    });
    QApplication::restoreOverrideCursor();
    if (failure || !changed) {
        refuse(failure ? failure->toString() : changed.error().toString());
        return;
    }
    m_current->clear();
    m_new->clear();
    QDialog::accept();
}

}  // namespace redgrid::ui
