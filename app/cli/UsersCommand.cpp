#include "UsersCommand.h"

#include "hierarchy/HierarchyStore.h"
#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"

#include <QDateTime>
#include <QJsonArray>

#include <iostream>
#include <string>

namespace redgrid::cli {
namespace {

const QStringList Actions { QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("reset-password"),
    QStringLiteral("lock"), QStringLiteral("unlock") };

}  // namespace

QString UsersCommand::summary() const
{
    return tr("List, add, lock and unlock accounts, and reset their passwords (administrators).");
}

void UsersCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add, reset-password, lock or unlock."));
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The database file."));
    parser.addPositionalArgument(
        QStringLiteral("NAME"), tr("The account (all actions but list)."), QStringLiteral("[NAME]"));
    parser.addOptions({ m_json, m_role, m_area, m_displayName, m_recoveryKey });
}

std::optional<QString> UsersCommand::newPassword()
{
    if (qEnvironmentVariableIsSet("REDGRID_NEW_PASSWORD"))
        return qEnvironmentVariable("REDGRID_NEW_PASSWORD");
    std::string line;
    if (!std::getline(std::cin, line) || line.empty()) {
        printUsageError(tr("no new password: give it in REDGRID_NEW_PASSWORD or on the next line of input"));
        return std::nullopt;
    }
    if (line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

int UsersCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (!Actions.contains(action)) {
        printUsageError(tr("users needs an action: %1").arg(Actions.join(QStringLiteral(", "))));
        return UsageError;
    }
    const int expected = action == QLatin1String("list") ? 2 : 3;
    if (args.size() != expected) {
        printUsageError(tr("'users %1' takes %2 argument(s), got %3; see redgrid-cli users --help")
                            .arg(action)
                            .arg(expected)
                            .arg(args.size()));
        return UsageError;
    }
    const QString path = args.at(1);
    const QString username = args.value(2);
    if (action == QLatin1String("reset-password") && parser.isSet(m_recoveryKey))
        return resetWithRecoveryKey(path, username, parser.value(m_recoveryKey));

    auto db = openDatabase(path);
    if (!db)
        return openFailure();
    if (action == QLatin1String("list"))
        return list(*db, parser.isSet(m_json));
    if (action == QLatin1String("add"))
        return add(*db, username, parser);

    security::AccountStore accounts(*db);
    Status done;
    QString report;
    if (action == QLatin1String("reset-password")) {
        const auto password = newPassword();
        if (!password)
            return UsageError;
        done = accounts.resetPassword(username, *password);
        report = tr("The password of %1 was reset.").arg(username);
    } else if (action == QLatin1String("lock")) {
        done = accounts.lock(username);
        report = tr("%1 is locked.").arg(username);
    } else {
        done = accounts.unlock(username);
        report = tr("%1 is unlocked.").arg(username);
    }
    if (!done) {
        return fail(done.error().of(path));
    }
    printLine(report);
    return Success;
}

int UsersCommand::list(storage::Connection& db, bool json)
{
    auto accounts = security::AccountStore(db).list();
    if (!accounts) {
        return fail(accounts.error());
    }
    hierarchy::HierarchyStore nodes(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray array;
    for (const security::Account& a : *accounts) {
        QString area = tr("whole database");
        QString areaCode;
        if (!a.scopeNodeId.isNull()) {
            const auto node = nodes.node(a.scopeNodeId);
            areaCode = node ? node->code : QString();
            area = node ? node->name : QStringLiteral("?");
        }
        const QString state = a.disabled ? tr("locked by an administrator")
            : a.isLockedOut(now)
            ? tr("locked until %1")
                  .arg(QDateTime::fromMSecsSinceEpoch(a.lockedUntilMs).toString(QStringLiteral("HH:mm")))
            : tr("active");
        if (json) {
            array.append(QJsonObject { { QStringLiteral("username"), a.username },
                { QStringLiteral("displayName"), a.displayName },
                { QStringLiteral("role"), security::Roles::code(a.role) },
                { QStringLiteral("areaCode"), areaCode }, { QStringLiteral("area"), area },
                { QStringLiteral("disabled"), a.disabled },
                { QStringLiteral("lockedOut"), a.isLockedOut(now) },
                { QStringLiteral("failedLogins"), a.failedLogins } });
        } else {
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(a.username, a.displayName, security::Roles::label(a.role),
                              areaCode.isEmpty() ? area : areaCode + QLatin1Char(' ') + area, state));
        }
    }
    if (json)
        printJson({ { QStringLiteral("accounts"), array } });
    return Success;
}

int UsersCommand::add(storage::Connection& db, const QString& username, const QCommandLineParser& parser)
{
    const auto role = security::Roles::fromCode(parser.value(m_role));
    if (!role) {
        printUsageError(tr(
            "add needs --role: district_admin, street_admin, community_secretary, grid_worker or auditor"));
        return UsageError;
    }
    RecordId area;
    if (parser.isSet(m_area)) {
        const auto node = hierarchy::HierarchyStore(db).nodeByCode(parser.value(m_area).trimmed());
        if (!node) {
            printUsageError(tr("--area %1: no hierarchy node has this code").arg(parser.value(m_area)));
            return UsageError;
        }
        area = node->id;
    }
    const auto password = newPassword();
    if (!password)
        return UsageError;
    auto added
        = security::AccountStore(db).add({ username, parser.value(m_displayName), *role, area, *password });
    if (!added) {
        return fail(added.error().of(db.path()));
    }
    printLine(tr("Added %1 (%2).").arg(added->username, security::Roles::label(added->role)));
    return Success;
}

int UsersCommand::resetWithRecoveryKey(
    const QString& path, const QString& username, const QString& recoveryKey)
{
    setDatabasePath(path);
    auto opened = storage::DatabaseFile::open(path);
    if (!opened) {
        return fail(opened.error());
    }
    const auto password = newPassword();
    if (!password)
        return UsageError;
    auto session = security::SignIn::withRecoveryKey(**opened, username, recoveryKey, *password);
    if (!session) {
        return fail(session.error().of(path));
    }
    printLine(tr("The recovery key opened the database; %1 has a new password.").arg(username));
    return Success;
}

}  // namespace redgrid::cli
