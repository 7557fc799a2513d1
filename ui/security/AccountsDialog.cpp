#include "AccountsDialog.h"

#include "AddAccountDialog.h"
#include "ResetPasswordDialog.h"
#include "common/Clock.h"
#include "hierarchy/HierarchyStore.h"
#include "security/AccountStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"
#include "ui/hierarchy/NodePickerDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

AccountsDialog::AccountsDialog(storage::Connection& connection, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_list(new QTreeWidget)
    , m_add(new QPushButton(tr("&Add…")))
    , m_reset(new QPushButton(tr("&Reset Password…")))
    , m_lock(new QPushButton(tr("&Lock")))
    , m_unlock(new QPushButton(tr("&Unlock")))
    , m_message(new QLabel)
{
    setWindowTitle(tr("Accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("User name"), tr("Full name"), tr("Role"), tr("Area"), tr("State") });
    // Accounts are few: the columns fit what they hold, and the area takes the rest.
    m_list->header()->setStretchLastSection(false);
    for (int column : { UsernameColumn, NameColumn, RoleColumn, StateColumn })
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AreaColumn, QHeaderView::Stretch);
    m_add->setToolTip(tr("Add an account for someone in your area"));
    m_reset->setToolTip(tr("Give the selected account a new password; this also ends a lockout"));
    m_lock->setToolTip(tr("Stop the selected account from signing in until it is unlocked"));
    m_unlock->setToolTip(tr("Let the selected account sign in again"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* side = new QVBoxLayout;
    for (QPushButton* button : { m_add, m_reset, m_lock, m_unlock })
        side->addWidget(button);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 420);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_lock, &QPushButton::clicked, this, &AccountsDialog::lockCurrent);
    connect(m_unlock, &QPushButton::clicked, this, &AccountsDialog::unlockCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    reload();
}

void AccountsDialog::reload()
{
    const QString current = currentUsername();
    m_list->clear();
    m_accounts.clear();
    std::optional<Result<QList<security::Account>>> listed;
    if (auto failure = coreGuard(m_db.path(), [&] { listed = security::AccountStore(m_db).list(); })) {
        showMessage(failure->toString(), true);
        updateButtons();
        return;
    }
    if (!*listed) {
        showMessage(listed->error().toString(), true);
        updateButtons();
        return;
    }
    m_accounts = listed->value();
    for (const security::Account& account : std::as_const(m_accounts)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(UsernameColumn, account.username);
        item->setText(NameColumn, account.displayName);
        item->setText(RoleColumn, security::Roles::label(account.role));
        item->setText(AreaColumn, areaOf(account));
        item->setText(StateColumn, stateOf(account));
        if (account.disabled || account.isLockedOut(nowMs()))
            item->setForeground(StateColumn, QColor(0xb0, 0x00, 0x20));
    }
    if (!selectAccount(current) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString AccountsDialog::areaOf(const security::Account& account)
{
    if (account.scopeNodeId.isNull())
        return tr("the whole database");
    QString place;
    coreGuard(m_db.path(), [&] {
        hierarchy::HierarchyStore store(m_db);
        place = NodePickerDialog::placeOf(store, account.scopeNodeId);
    });
    return place.isEmpty() ? tr("(not in the hierarchy)") : place;
}

QString AccountsDialog::stateOf(const security::Account& account)
{
    if (account.disabled)
        return tr("locked by an administrator");
    if (account.isLockedOut(nowMs()))
        return tr("locked until %1 (wrong passwords)")
            .arg(QDateTime::fromMSecsSinceEpoch(account.lockedUntilMs).toString(QStringLiteral("HH:mm")));
    return tr("active");
}

bool AccountsDialog::selectAccount(const QString& username)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(UsernameColumn) == username) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString AccountsDialog::currentUsername() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->text(UsernameColumn) : QString();
}

const security::Account* AccountsDialog::currentAccount() const
{
    const QString username = currentUsername();
    for (const security::Account& account : m_accounts)
        if (account.username == username)
            return &account;
    return nullptr;
}

void AccountsDialog::updateButtons()
{
    const security::Account* account = currentAccount();
    const security::Session* session = security::Session::of(m_db);
    const bool self = account && session && account->id == session->account().id;
    m_reset->setEnabled(account && !self);  // one's own password: Account › Change Password
    m_lock->setEnabled(account && !self && !account->disabled);
    m_unlock->setEnabled(
        account && (account->disabled || account->isLockedOut(nowMs()) || account->failedLogins > 0));
}

void AccountsDialog::showMessage(const QString& text, bool refusal)
{
    m_message->setText(text);
    RefusalLabel::setTone(m_message, refusal ? RefusalLabel::Tone::Refusal : RefusalLabel::Tone::Success);
    m_message->setVisible(!text.isEmpty());
}

void AccountsDialog::addAccount()
{
    AddAccountDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.added())
        return;
    reload();
    selectAccount(dialog.added()->username);
    showMessage(tr("The account %1 was added.").arg(dialog.added()->username), false);
}

void AccountsDialog::resetPassword()
{
    const QString username = currentUsername();
    if (username.isEmpty())
        return;
    ResetPasswordDialog dialog(m_db, username, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("%1 has a new password.").arg(username), false);
}

bool AccountsDialog::lockCurrent()
{
    const QString username = currentUsername();
    if (username.isEmpty())
        return false;
    Status locked;
    const auto failure
        = coreGuard(m_db.path(), [&] { locked = security::AccountStore(m_db).lock(username); });
    if (failure || !locked) {
        showMessage(failure ? failure->toString() : locked.error().toString(), true);
        return false;
    }
    reload();
    showMessage(tr("%1 cannot sign in until the account is unlocked.").arg(username), false);
    return true;
}

bool AccountsDialog::unlockCurrent()
{
    const QString username = currentUsername();
    if (username.isEmpty())
        return false;
    Status unlocked;
    const auto failure
        = coreGuard(m_db.path(), [&] { unlocked = security::AccountStore(m_db).unlock(username); });
    if (failure || !unlocked) {
        showMessage(failure ? failure->toString() : unlocked.error().toString(), true);
        return false;
    }
    reload();
    showMessage(tr("%1 can sign in again.").arg(username), false);
    return true;
}

}  // namespace redgrid::ui
