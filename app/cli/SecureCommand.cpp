#include "SecureCommand.h"

#include "security/SecuredFile.h"
#include "security/SecuritySetup.h"
#include "storage/DatabaseFile.h"

namespace redgrid::cli {

QString SecureCommand::summary() const
{
    return tr("Give a database made before accounts existed its first administrator (--user) and "
              "encrypt its ID numbers, phones and addresses.");
}

void SecureCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The database file, changed in place."));
}

int SecureCommand::run(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().constFirst();
    setDatabasePath(path);
    if (!security::SecuredFile::needsFirstAdministrator(path)) {
        if (auto opened = storage::DatabaseFile::open(path); !opened) {
            return fail(opened.error());
        }
        printError(Error::inFile(path, tr("this database already has accounts; sign in with one of them")));
        return DataError;
    }
    const auto administrator = firstAdministrator();
    if (!administrator)
        return UsageError;
    security::SecuredDatabase secured;
    auto opened = security::SecuredFile::open(path, &*administrator, &secured);
    if (!opened) {
        return fail(opened.error());
    }
    printLine(tr("Secured %1: ID numbers, phones and addresses are now encrypted.").arg(path));
    printRecoveryKey(administrator->username, secured.recoveryKey);
    return Success;
}

}  // namespace redgrid::cli
