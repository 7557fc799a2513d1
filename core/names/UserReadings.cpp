#include "UserReadings.h"

#include "common/Clock.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"

namespace redgrid::names {

std::unique_ptr<NameReadings> loadReadings(storage::Connection& db)
{
    auto readings = std::make_unique<NameReadings>();
    auto st = db.cached("SELECT text, reading, kind FROM name_reading ORDER BY text");
    while (st.step()) {
        const NameKind kind = st.text(2) == QLatin1String("place") ? NameKind::Place : NameKind::Person;
        // A row another program wrote badly is skipped rather than blocking the roster.
        (void)readings->addReading(st.text(0), st.text(1), kind);
    }
    return readings;
}

Status saveUserReading(storage::Connection& db, const QString& text, const QString& reading, NameKind kind)
{
    NameReadings check;
    if (Status valid = check.addReading(text, reading, kind); !valid)
        return valid;
    return storage::guardedWrite([&]() -> Status {
        const qint64 now = nowMs();
        db.cached("INSERT INTO name_reading (text, reading, kind, created_at, modified_at) VALUES (?1, ?2, "
                  "?3, ?4, ?4) "
                  "ON CONFLICT (text) DO UPDATE SET reading = ?2, kind = ?3, modified_at = ?4")
            .bindAll(text.trimmed(), reading.trimmed().toLower(),
                kind == NameKind::Place ? QStringLiteral("place") : QStringLiteral("person"), now)
            .run();
        return Status::success();
    });
}

QString searchSpell(const NameReadings& readings, const QString& text, NameKind kind)
{
    const NameKeys keys = readings.keysFor(text, kind);
    QStringList parts = keys.spellings + keys.initials;
    parts.removeDuplicates();
    return parts.join(QLatin1Char(' '));
}

}  // namespace redgrid::names
