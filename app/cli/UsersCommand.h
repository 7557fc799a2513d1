#pragma once

#include "CliCommand.h"

namespace redgrid::security {
class AccountStore;
}

namespace redgrid::cli {

// redgrid-cli users list|add|reset-password|lock|unlock DB [NAME] …
class UsersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return -1; }  // 2 or 3, by action

private:
    int list(storage::Connection& db, bool json);
    int add(storage::Connection& db, const QString& username, const QCommandLineParser& parser);
    int resetWithRecoveryKey(const QString& path, const QString& username, const QString& recoveryKey);
    // The new password for `add` and `reset-password`: REDGRID_NEW_PASSWORD or the next line of input.
    std::optional<QString> newPassword();

    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the accounts as JSON (list).") };
    QCommandLineOption m_role { QStringLiteral("role"),
        tr("The new account's role (add): district_admin, street_admin, community_secretary, grid_worker or "
           "auditor."),
        tr("ROLE") };
    QCommandLineOption m_area { QStringLiteral("area"),
        tr("The code of the hierarchy node the new account covers (add); an administrator of the whole "
           "database may leave it out for another such administrator."),
        tr("CODE") };
    QCommandLineOption m_displayName { QStringLiteral("display-name"), tr("The person's name (add)."),
        tr("TEXT") };
    QCommandLineOption m_recoveryKey { QStringLiteral("recovery-key"),
        tr("reset-password without signing in: the database's recovery key gives the administrator NAME a "
           "new "
           "password."),
        tr("KEY") };
};

}  // namespace redgrid::cli
