#include "SecuredFile.h"

#include "SecuritySchema.h"
#include "Session.h"
#include "common/RecordId.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"

namespace redgrid::security {

bool SecuredFile::needsFirstAdministrator(const QString& path)
{
    const auto header = storage::DatabaseFile::readHeader(path);
    return header && header->isSqlite && header->applicationId == storage::DatabaseFile::ApplicationId
        && header->userVersion < FirstSecuredVersion;
}

Result<std::unique_ptr<storage::Connection>> SecuredFile::open(
    const QString& path, const FirstAdministrator* firstAdministrator, SecuredDatabase* secured)
{
    SecuredDatabase made;  // given to the caller only when the whole upgrade has committed
    auto opened = storage::DatabaseFile::open(path, { firstAdministrator, &made });
    if (opened && secured && made.session)
        *secured = made;
    return opened;
}

Result<std::unique_ptr<storage::Connection>> SecuredFile::create(const QString& path,
    const FirstAdministrator& firstAdministrator, const storage::DatabaseFile::Populate& populate,
    SecuredDatabase* secured)
{
    SecuredDatabase made;
    const auto populateSecured = [&populate](storage::Connection& db) -> Status {
        // Names this database among all offices' databases (for later data exchange) and its
        // audit chain on this computer (AuditTrail).
        settings::SettingStore(db).setValue(
            settings::SettingKey::InstallationId, RecordId::generate().toString());
        return populate ? populate(db) : Status::success();
    };
    auto created = storage::DatabaseFile::create(path, populateSecured, { &firstAdministrator, &made });
    if (created) {
        attachSession(**created, made.session);
        if (secured)
            *secured = made;
    }
    return created;
}

}  // namespace redgrid::security
