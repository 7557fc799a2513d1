#include "InitCommand.h"

#include "hierarchy/HierarchyEditor.h"
#include "security/SecuredFile.h"
#include "security/SecuritySetup.h"
#include "storage/DatabaseFile.h"

namespace redgrid::cli {

QString InitCommand::summary() const
{
    return tr("Create a new, empty RedGrid database for one district, with --user as its first "
              "administrator.");
}

void InitCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The database file to create; it must not exist."));
    parser.addOptions({ m_code, m_name, m_kind });
}

int InitCommand::run(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_code) || !parser.isSet(m_name)) {
        printUsageError(tr("init needs --district-code and --district-name"));
        return UsageError;
    }
    const QString kindName = parser.value(m_kind);
    if (kindName != QLatin1String("district") && kindName != QLatin1String("county")) {
        printUsageError(tr("--kind must be district or county"));
        return UsageError;
    }
    const auto kind
        = kindName == QLatin1String("county") ? hierarchy::NodeKind::County : hierarchy::NodeKind::District;
    const QString path = parser.positionalArguments().constFirst();
    setDatabasePath(path);
    const auto administrator = firstAdministrator();
    if (!administrator)
        return UsageError;
    security::SecuredDatabase secured;
    auto created = security::SecuredFile::create(
        path, *administrator,
        [&](storage::Connection& db) -> Status {
            auto root
                = hierarchy::HierarchyEditor(db).createRoot(kind, parser.value(m_code), parser.value(m_name));
            return root ? Status::success() : Status(root.error());
        },
        &secured);
    if (!created) {
        return fail(created.error());
    }
    printLine(tr("Created %1 for %2 (%3).")
                  .arg(path, parser.value(m_name).trimmed(), parser.value(m_code).trimmed()));
    printRecoveryKey(administrator->username, secured.recoveryKey);
    return Success;
}

}  // namespace redgrid::cli
