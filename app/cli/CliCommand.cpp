#include "CliCommand.h"

#include "CommandFailure.h"
#include "common/Clock.h"
#include "roster/CodeTable.h"
#include "security/AuditTrail.h"
#include "security/SecuredFile.h"
#include "security/SecuritySetup.h"
#include "security/SignIn.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "storage/SqliteError.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace redgrid::cli {

int CliCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption user(QStringLiteral("user"),
        tr("The account to sign in as (default: $REDGRID_USER). The password is read from "
           "$REDGRID_PASSWORD, or else from standard input."),
        tr("NAME"));
    parser.addOption(user);
    describe(parser);
    if (!parser.parse(arguments)) {
        printUsageError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program by argv[0]; show "redgrid-cli COMMAND".
        QString text = parser.helpText();
        text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("redgrid-cli ") + name());
        text.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst(),
            QStringLiteral("Usage: redgrid-cli ") + name());
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return Success;
    }
    if (requiredPositionals() >= 0 && parser.positionalArguments().size() != requiredPositionals()) {
        printUsageError(tr("'%1' takes %2 argument(s), got %3; see redgrid-cli %1 --help")
                            .arg(name())
                            .arg(requiredPositionals())
                            .arg(parser.positionalArguments().size()));
        return UsageError;
    }
    m_user = parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("REDGRID_USER");
    return runGuarded(parser);
}

// The one place where what a command throws is caught: core throws storage::SqliteError
// when the file fails under a read (damaged pages, a lock taken by another program, the
// file gone), and anything else that escapes is a bug. Either way the user gets one line
// and exit status 2, never `terminate called` and a core dump. The Transaction guards
// have rolled back on the way out.
int CliCommand::runGuarded(const QCommandLineParser& parser)
{
    try {
        int status = run(parser);
        if (m_db) {
            security::rememberChainHead(*m_db);
            // What was read from a damaged file is given, but the run is not a success.
            if (status == Success && !m_db->damage().isEmpty())
                status = DataError;
        }
        m_db.reset();
        return status;
    } catch (const storage::SqliteError& e) {
        printError(CommandFailure::of(e, m_databasePath));
    } catch (const std::exception& e) {
        printError(CommandFailure::of(e, m_databasePath));
    } catch (...) {
        printError(CommandFailure::unknown(m_databasePath));
    }
    m_db.reset();
    return DataError;
}

namespace {

// One line from standard input; on a terminal, asked for and not echoed.
QString readPassword()
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        std::fputs(QCoreApplication::translate("CliCommand", "Password: ").toLocal8Bit().constData(), stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

}  // namespace

bool CliCommand::readCredentials(QString& username, QString& password)
{
    username = m_user.trimmed();
    if (username.isEmpty()) {
        printUsageError(tr("name the account with --user NAME or the environment variable REDGRID_USER"));
        return false;
    }
    password = qEnvironmentVariableIsSet("REDGRID_PASSWORD") ? qEnvironmentVariable("REDGRID_PASSWORD")
                                                             : readPassword();
    if (password.isEmpty()) {
        printUsageError(tr("no password: give it on standard input or in REDGRID_PASSWORD"));
        return false;
    }
    return true;
}

void CliCommand::printRecoveryKey(const QString& administrator, const QString& recoveryKey)
{
    printLine(tr("First administrator: %1").arg(administrator));
    printLine(tr("Recovery key (shown only now; store it on paper in a safe place: it opens the database "
                 "when every password is lost):"));
    printLine(QStringLiteral("    ") + recoveryKey);
}

std::optional<security::FirstAdministrator> CliCommand::firstAdministrator()
{
    QString username, password;
    if (!readCredentials(username, password))
        return std::nullopt;
    return security::FirstAdministrator { username, {}, password };
}

void CliCommand::printLine(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
}

void CliCommand::printError(const Error& error) const
{
    Error said = error;
    if (said.file.isEmpty() && said.isStorageFailure() && !m_databasePath.isEmpty())
        said.file = m_databasePath;
    std::fputs((said.toString() + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

int CliCommand::fail(const Error& error) const
{
    printError(error);
    return error.isDenied() ? NotSignedIn : DataError;
}

void CliCommand::printUsageError(const QString& message)
{
    std::fputs(
        (QStringLiteral("redgrid-cli: ") + message + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

void CliCommand::printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

QString CliCommand::acceptedValues(const roster::CodeTable& table)
{
    QStringList values;
    for (const roster::CodeEntry& entry : table.entries())
        values.append(QStringLiteral("%1 %2").arg(entry.code, entry.label));
    return values.join(QStringLiteral(", "));
}

storage::Connection* CliCommand::openDatabase(const QString& path,
    const std::function<void(storage::Connection&, const security::Session&)>& beforeWriting)
{
    m_openFailure = DataError;
    m_databasePath = path;
    if (security::SecuredFile::needsFirstAdministrator(path)) {
        printError(Error::inFile(path,
            tr("this database was made before RedGrid had accounts; run `redgrid-cli secure %1 --user NAME` "
               "to name its first administrator and encrypt its ID numbers and phones")
                .arg(path)));
        return nullptr;
    }
    auto opened = storage::DatabaseFile::open(path);
    if (!opened) {
        printError(opened.error());
        return nullptr;
    }
    QString username, password;
    if (!readCredentials(username, password)) {
        m_openFailure = NotSignedIn;
        return nullptr;
    }
    auto session = security::SignIn::withPassword(**opened, username, password, nowMs(), beforeWriting);
    if (!session) {
        // Only a refusal of the account is 4; the file failing under the sign-in (damaged
        // pages, a lock taken meanwhile) is 2.
        m_openFailure = fail(session.error().of(path));
        return nullptr;
    }
    m_db = std::move(opened).value();
    // A damaged file opened read-only, or a full disk: reading goes on, said first.
    if (const QString refused = m_db->writesRefused(); !refused.isEmpty())
        printError(Error::plain(tr("warning: %1").arg(refused)));
    return m_db.get();
}

}  // namespace redgrid::cli
