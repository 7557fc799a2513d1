#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace redgrid::storage {
class Connection;
}
namespace redgrid::security {
struct FirstAdministrator;
class Session;
}  // namespace redgrid::security
namespace redgrid::roster {
class CodeTable;
}

namespace redgrid::cli {

// Exit statuses of redgrid-cli, the same for every command.
enum ExitCode {
    Success = 0,
    UsageError = 1,  // bad arguments: nothing was done
    DataError = 2,  // a file or data problem: nothing was written
    PartialImport = 3,  // an import finished, but some rows were rejected
    NotSignedIn = 4,  // no account, a wrong password, or an account that may not do this
};

// One sub-command of redgrid-cli ("init", "info", …), like keepassxc-cli's commands:
// it parses its own options, calls core, and prints for people or as JSON.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;  // one line for `redgrid-cli --help`
    // Whether it draws pages (document/): main then starts Qt's offscreen platform for it.
    virtual bool draws() const { return false; }

    // `arguments` starts with the command name. Returns an ExitCode.
    int execute(const QStringList& arguments);

protected:
    // Declares options and positional arguments on the parser.
    virtual void describe(QCommandLineParser& parser) = 0;
    // Runs with the parsed arguments; the parser has already checked --help and arity.
    virtual int run(const QCommandLineParser& parser) = 0;
    virtual int requiredPositionals() const = 0;

    static void printLine(const QString& text);  // to stdout
    // One line to stderr. A failure of the file itself that names no file is said of the
    // database the command works on.
    void printError(const Error& error) const;
    static void printUsageError(const QString& message);
    // Prints `error` and returns its exit status: NotSignedIn for a refusal of the account
    // (Error::isDenied), DataError for anything else core refused or failed at.
    int fail(const Error& error) const;
    static void printJson(const QJsonObject& object);
    // Every value a code table accepts, as "code label, …", for messages that ask for one.
    static QString acceptedValues(const roster::CodeTable& table);
    // Opens a RedGrid database and signs in as --user (or REDGRID_USER) with the password
    // from REDGRID_PASSWORD or standard input, printing the reason on failure (null; then
    // openFailure() is the exit status to return). The command keeps the connection until it
    // ends, and then remembers the audit log's newest entry outside the file.
    // `beforeWriting` runs once the password is right, before the sign-in writes anything.
    storage::Connection* openDatabase(const QString& path,
        const std::function<void(storage::Connection&, const security::Session&)>& beforeWriting = {});
    int openFailure() const { return m_openFailure; }
    // Names the database a command opens or creates without openDatabase(), so that a
    // failure of that file is reported as `FILE: reason` too.
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    // The account and password a new database's first administrator gets (init, demo).
    std::optional<security::FirstAdministrator> firstAdministrator();
    // The account name and password given to this command, or a message saying what is missing.
    bool readCredentials(QString& username, QString& password);
    static void printRecoveryKey(const QString& administrator, const QString& recoveryKey);

private:
    int runGuarded(const QCommandLineParser& parser);

    QString m_helpText;
    QString m_databasePath;  // for failures: the file named by openDatabase or setDatabasePath
    QString m_user;  // --user
    std::unique_ptr<storage::Connection> m_db;  // from openDatabase
    int m_openFailure = DataError;
};

}  // namespace redgrid::cli
