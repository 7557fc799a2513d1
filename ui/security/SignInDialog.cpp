#include "SignInDialog.h"

#include "PasswordFields.h"
#include "common/ProcessStats.h"
#include "security/SignIn.h"
#include "storage/Connection.h"
#include "ui/common/FixedPitchFont.h"
#include "ui/common/RefusalLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {
namespace {

// Argon2id takes about half a second: say so with the cursor.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

}  // namespace

SignInDialog::SignInDialog(
    storage::Connection& connection, Mode mode, const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_mode(mode)
    , m_error(new RefusalLabel)
    , m_signIn(new QPushButton)
    , m_cancel(new QPushButton)
{
    const QString fileName = QFileInfo(connection.path()).fileName();
    setWindowTitle(mode == Mode::Unlock ? tr("RedGrid Is Locked") : tr("Sign In — %1").arg(fileName));
    m_signInPage = createSignInPage(username);
    if (mode == Mode::SignIn) {
        m_recoveryPage = createRecoveryPage();
        m_recoveryPage->hide();
    }

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto* buttons = new QDialogButtonBox;
    m_signIn->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&Sign In"));
    m_cancel->setText(mode == Mode::Unlock ? tr("&Quit RedGrid") : tr("Cancel"));
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Unlock)
            done(Quit);
        else
            QDialog::reject();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_signInPage);
    if (m_recoveryPage)
        layout->addWidget(m_recoveryPage);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (mode == Mode::Unlock)
        setWindowFlag(Qt::WindowCloseButtonHint, false);
    // Enter signs in wherever the focus is. Only now that the button is in the dialog does
    // the dialog take it as its default; before, the first button after the password field
    // (the flat "forgot password" link) became the default when the dialog was shown.
    m_signIn->setDefault(true);
    // Also only now: focus given inside a page not yet in the dialog was lost.
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

QWidget* SignInDialog::createSignInPage(const QString& username)
{
    auto* page = new QWidget;
    m_username = new QLineEdit(username);
    m_username->setMaxLength(64);
    m_username->setReadOnly(m_mode == Mode::Unlock);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    if (m_mode == Mode::Unlock)
        setLockedByUser(false);
    else
        m_intro->setText(tr("Sign in to %1.").arg(QFileInfo(m_db.path()).fileName()));
    m_intro->setToolTip(QDir::toNativeSeparators(m_db.path()));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    if (m_mode == Mode::SignIn) {
        m_forgot = new QPushButton(tr("Forgot password — use the recovery key"));
        m_forgot->setFlat(true);
        m_forgot->setCursor(Qt::PointingHandCursor);
        m_forgot->setStyleSheet(QStringLiteral("QPushButton { color: #1a5fb4; text-decoration: underline; "
                                               "border: none; text-align: left; padding: 2px 0; }"));
        connect(m_forgot, &QPushButton::clicked, this, [this] { showRecovery(true); });
        layout->addWidget(m_forgot, 0, Qt::AlignLeft);
    }
    layout->addStretch(1);
    return page;
}

QWidget* SignInDialog::createRecoveryPage()
{
    auto* page = new QWidget;
    auto* intro = new QLabel(
        tr("When every administrator's password is lost, the recovery key shown when the database was "
           "secured opens it again. Enter the name of an administrator, the key, and the administrator's "
           "new password."));
    intro->setWordWrap(true);
    m_recoveryUser = new QLineEdit;
    m_recoveryUser->setMaxLength(64);
    m_recoveryKey = new QLineEdit;
    m_recoveryKey->setFont(fixedPitchFont());
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
    m_recoveryKey->setMinimumWidth(
        m_recoveryKey->fontMetrics().horizontalAdvance(QString(66, QLatin1Char('M'))) / 2);
    auto* back = new QPushButton(tr("« &Back to signing in"));
    back->setFlat(true);
    back->setStyleSheet(
        QStringLiteral("QPushButton { color: #1a5fb4; border: none; text-align: left; padding: 2px 0; }"));
    connect(back, &QPushButton::clicked, this, [this] { showRecovery(false); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Administrator:"), m_recoveryUser);
    form->addRow(tr("Recovery &key:"), m_recoveryKey);
    m_newPassword = new PasswordFields(form, tr("&New password:"), page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(back, 0, Qt::AlignLeft);
    return page;
}

bool SignInDialog::showsRecovery() const
{
    return m_recoveryPage && !m_recoveryPage->isHidden();
}

void SignInDialog::showRecovery(bool show)
{
    if (m_mode == Mode::Unlock)
        return;
    m_signInPage->setVisible(!show);
    m_recoveryPage->setVisible(show);
    m_error->hide();
    m_signIn->setText(show ? tr("Set the &Password and Sign In") : tr("&Sign In"));
    adjustSize();
    if (show) {
        if (m_recoveryUser->text().isEmpty())
            m_recoveryUser->setText(m_username->text().trimmed());
        m_recoveryKey->setFocus();
    } else {
        m_password->setFocus();
    }
}

void SignInDialog::setLockedByUser(bool byUser)
{
    if (m_mode != Mode::Unlock)
        return;
    const QString username = m_username ? m_username->text() : QString();
    m_intro->setText(byUser
            ? tr("You locked RedGrid. Enter the password of %1 to go on where you left off.").arg(username)
            : tr("RedGrid was locked because nobody used it for a while. Enter the password "
                 "of %1 to go on where you left off.")
                  .arg(username));
}

void SignInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::accept()
{
    if (showsRecovery() ? signInWithRecoveryKey() : signInWithPassword())
        QDialog::accept();
}

void SignInDialog::reject()
{
    if (m_mode == Mode::SignIn)
        QDialog::reject();
}

bool SignInDialog::signInWithPassword()
{
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return false;
    }
    ProcessStats::markSignInStarted();
    Result<std::shared_ptr<const security::Session>> signedIn = [&] {
        BusyCursor busy;
        return security::SignIn::withPassword(m_db, m_username->text().trimmed(), m_password->text());
    }();
    if (!signedIn) {
        showError(signedIn.error().toString());
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    ProcessStats::markSignedIn();
    m_password->clear();
    m_session = std::move(signedIn).value();
    return true;
}

bool SignInDialog::signInWithRecoveryKey()
{
    if (auto problem = m_newPassword->problem()) {
        showError(*problem);
        return false;
    }
    Result<std::shared_ptr<const security::Session>> signedIn = [&] {
        BusyCursor busy;
        return security::SignIn::withRecoveryKey(
            m_db, m_recoveryUser->text().trimmed(), m_recoveryKey->text(), m_newPassword->password());
    }();
    if (!signedIn) {
        showError(signedIn.error().toString());
        return false;
    }
    m_newPassword->clear();
    m_recoveryKey->clear();
    m_session = std::move(signedIn).value();
    return true;
}

}  // namespace redgrid::ui
