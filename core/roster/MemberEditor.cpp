#include "MemberEditor.h"

#include "Masking.h"
#include "MemberAccess.h"
#include "MemberEvents.h"
#include "common/Clock.h"
#include "common/InvisibleCharacters.h"
#include "names/NameReadings.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace redgrid::roster {

namespace {

#define MEMBER_INSERT                                                                                        \
    "INSERT INTO member (id, " REDGRID_MEMBER_ENCODED_COLUMNS ", created_at) VALUES "                        \
    "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,"   \
    "?28,?29,?30,?31,?32,?33,?34,?35,?36,?37,?38,?39,?40,?41,?42,?43,?44,?45,?46,?46)"
#define MEMBER_UPDATE                                                                                        \
    "UPDATE member SET (" REDGRID_MEMBER_ENCODED_COLUMNS ") = "                                              \
    "(?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,"      \
    "?28,?29,?30,?31,?32,?33,?34,?35,?36,?37,?38,?39,?40,?41,?42,?43,?44,?45,?46) WHERE id = ?1"

bool isMasked(const QString& value)
{
    return value.contains(QLatin1Char('*'));
}

// The fields a person sees, for the history of a change. ID numbers and phones are
// named but their values are not copied into the history.
QJsonObject differences(const Member& a, const Member& b)
{
    QJsonObject changed;
    const auto field = [&](const char* name, const QString& before, const QString& after) {
        if (before != after)
            changed.insert(QLatin1String(name),
                QJsonObject { { QStringLiteral("from"), before }, { QStringLiteral("to"), after } });
    };
    const auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const auto id = [](const RecordId& r) { return r.isNull() ? QString() : r.toString(); };
    field("org", id(a.orgId), id(b.orgId));
    field("name", a.name, b.name);
    field("sex", a.sex, b.sex);
    field("ethnicity", a.ethnicity, b.ethnicity);
    if (a.idNumber != b.idNumber)
        changed.insert(QStringLiteral("id_number"),
            QJsonObject { { QStringLiteral("masked"), maskIdNumber(b.idNumber) } });
    field("birth_date", date(a.birthDate), date(b.birthDate));
    field("education", a.education, b.education);
    field("degree", a.degree, b.degree);
    field("category", a.category, b.category);
    field("joined_on", date(a.joinedOn), date(b.joinedOn));
    field("converted_on", date(a.convertedOn), date(b.convertedOn));
    field("probation_extension", QString::number(a.probationExtensionMonths),
        QString::number(b.probationExtensionMonths));
    field("job_post", a.jobPost, b.jobPost);
    if (a.mobile != b.mobile)
        changed.insert(
            QStringLiteral("mobile"), QJsonObject { { QStringLiteral("masked"), maskPhone(b.mobile) } });
    if (a.landline != b.landline)
        changed.insert(
            QStringLiteral("landline"), QJsonObject { { QStringLiteral("masked"), maskPhone(b.landline) } });
    if (a.address != b.address)
        changed.insert(
            QStringLiteral("address"), QJsonObject { { QStringLiteral("masked"), maskAddress(b.address) } });
    field("residence", id(a.residenceNodeId), id(b.residenceNodeId));
    field("native_place", a.nativePlace, b.nativePlace);
    field("work_unit", a.workUnit, b.workUnit);
    field("work_post", a.workPost, b.workPost);
    field("standing", a.standing, b.standing);
    field("status", memberStatusKey(a.status), memberStatusKey(b.status));
    field("lost_contact_on", date(a.lostContactOn), date(b.lostContactOn));
    field("lost_contact_reason", a.lostContactReason, b.lostContactReason);
    field("is_mobile", QString::number(a.isMobile), QString::number(b.isMobile));
    field("mobile_destination", a.mobileDestination, b.mobileDestination);
    field("dual_node", id(a.dualNodeId), id(b.dualNodeId));
    field("dual_registered_on", date(a.dualRegisteredOn), date(b.dualRegisteredOn));
    field("skills", a.skills.join(SkillSeparator), b.skills.join(SkillSeparator));
    field("hardship", QString::number(a.hardship), QString::number(b.hardship));
    field("exempt", QString::number(a.exempt), QString::number(b.exempt));
    field("remarks", a.remarks, b.remarks);
    return changed;
}

}  // namespace

MemberEditor::MemberEditor(storage::Connection& connection)
    : m_db(connection)
    , m_store(connection)
{
}

MemberEditor::~MemberEditor() = default;

MemberEncoder& MemberEditor::encoder()
{
    if (!m_encoder)
        m_encoder = std::make_unique<MemberEncoder>(m_db);
    return *m_encoder;
}

void MemberEditor::writeRow(const char* sql, const Member& m)
{
    writeRow(sql, encoder().encode(m));  // the encoded values live until the statement has run
}

void MemberEditor::writeRow(const char* sql, const EncodedMember& encoded)
{
    auto st = m_db.cached(sql);
    st.bind(1, encoded.memberId);
    encoded.values.bindTo(st, 2);  // read in place: `encoded` outlives the run
    st.run();
}

Result<Member> MemberEditor::add(const Member& fields)
{
    if (Status allowed = security::Access(m_db).requireOrg(security::Permission::EditRoster, fields.orgId);
        !allowed)
        return allowed.error();
    Member m = fields;
    m.id = RecordId::generate();
    m.name = withoutInvisibleCharacters(m.name);  // MemberValidator warns of them
    m.idNumber = m.idNumber.trimmed().toUpper();
    if (m.idNumber.isEmpty() || isMasked(m.idNumber))
        return Error::plain(tr("the ID number is missing"));
    if (const MemberStore::Lookup existing = m_store.lookupByIdNumber(m.idNumber);
        existing.member || existing.outsideScope)
        // Where a number outside the area is registered is not this account's to learn.
        return Error::plain(existing.member
                ? tr("a member with the ID number %1 is already on record").arg(maskIdNumber(m.idNumber))
                : tr("the ID number %1 cannot be added in your area; your street office can say why")
                      .arg(maskIdNumber(m.idNumber)));
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        writeRow(MEMBER_INSERT, m);
        MemberEvents::record(m_db, m.id, MemberEvent::Kind::Created, QDate::currentDate(), {});
        security::recordAudit(m_db,
            { audit::AuditAction::Created, QStringLiteral("member"), m.id,
                { { QStringLiteral("name"), m.name.trimmed() } } });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return *m_store.member(m.id);
}

Result<WriteOutcome> MemberEditor::update(const Member& fields, const QString& source)
{
    const security::Access access(m_db);
    if (Status allowed = requireMember(access, m_db, security::Permission::EditRoster, fields.id); !allowed)
        return allowed.error();
    if (!access.orgInScope(fields.orgId))
        return Error::denied(tr("the organisation chosen lies outside your area"));
    const auto before = m_store.plainMember(fields.id);
    if (!before)
        return Error::plain(tr("the member no longer exists"));
    Member after = fields;
    after.name = withoutInvisibleCharacters(fields.name);
    after.idNumber = isMasked(fields.idNumber) ? before->idNumber : fields.idNumber.trimmed().toUpper();
    after.mobile = isMasked(fields.mobile) ? before->mobile : fields.mobile;
    after.landline = isMasked(fields.landline) ? before->landline : fields.landline;
    if (after.idNumber != before->idNumber) {
        if (const MemberStore::Lookup other = m_store.lookupByIdNumber(after.idNumber);
            other.outsideScope || (other.member && other.member->id != after.id))
            return Error::plain(other.member
                    ? tr("another member already has the ID number %1").arg(maskIdNumber(after.idNumber))
                    : tr("the ID number %1 cannot be added in your area; your street office can say why")
                          .arg(maskIdNumber(after.idNumber)));
    }
    QJsonObject changed = differences(*before, after);
    if (changed.isEmpty())
        return WriteOutcome::Unchanged;
    const Status written = storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        writeRow(MEMBER_UPDATE, after);
        QJsonObject details { { QStringLiteral("fields"), changed } };
        if (!source.isEmpty())
            details.insert(QStringLiteral("source"), source);
        MemberEvents::record(m_db, after.id, MemberEvent::Kind::Changed, QDate::currentDate(), details);
        security::recordAudit(
            m_db, { audit::AuditAction::Changed, QStringLiteral("member"), after.id, details });
        transaction.commit();
        return Status::success();
    });
    if (!written)
        return written.error();
    return WriteOutcome::Updated;
}

WriteOutcome MemberEditor::upsertByIdNumber(const Member& incoming, const QString& source)
{
    return write(incoming, m_store.lookupByIdNumber(incoming.idNumber).member, source);
}

WriteOutcome MemberEditor::write(
    const Member& incoming, const std::optional<Member>& existing, const QString& source)
{
    // The importer has checked the permission and the scope of every row (MemberImporter).
    if (!existing) {
        // Imports insert without a 'created' event: created_at records it, and a million
        // extra rows would double the cost of a first import.
        Member m = incoming;
        m.id = RecordId::generate();
        writeRow(MEMBER_INSERT, m);
        return WriteOutcome::Inserted;
    }
    Member merged = incoming;
    merged.id = existing->id;
    const QJsonObject changed = differences(*existing, merged);
    if (changed.isEmpty())
        return WriteOutcome::Unchanged;
    writeRow(MEMBER_UPDATE, merged);
    MemberEvents::record(m_db, merged.id, MemberEvent::Kind::Changed, QDate::currentDate(),
        { { QStringLiteral("fields"), changed }, { QStringLiteral("source"), source } });
    return WriteOutcome::Updated;
}

Status MemberEditor::moveTo(const QList<RecordId>& memberIds, const RecordId& orgId)
{
    const security::Access access(m_db);
    if (Status allowed = access.requireOrg(security::Permission::EditRoster, orgId); !allowed)
        return allowed.error();
    if (m_db.scalar("SELECT count(*) FROM party_org WHERE id = ?", orgId) == 0)
        return Error::plain(tr("the destination organisation no longer exists"));
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        for (const RecordId& id : memberIds) {
            if (!memberInScope(access, m_db, id))
                return Error::denied(tr("a selected member lies outside your area; nothing was moved"));
            auto read = m_db.cached("SELECT org_id FROM member WHERE id = ?");
            read.bind(1, id);
            if (!read.step())
                return Error::plain(tr("a selected member no longer exists; nothing was moved"));
            const RecordId previous = read.id(0);
            read.reset();
            if (previous == orgId)
                continue;
            m_db.cached("UPDATE member SET org_id = ?2, modified_at = ?3 WHERE id = ?1")
                .bindAll(id, orgId, nowMs())
                .run();
            const QJsonObject details { { QStringLiteral("from"), previous.toString() },
                { QStringLiteral("to"), orgId.toString() } };
            MemberEvents::record(m_db, id, MemberEvent::Kind::Moved, QDate::currentDate(), details);
            security::recordAudit(m_db, { audit::AuditAction::Moved, QStringLiteral("member"), id, details });
        }
        transaction.commit();
        return Status::success();
    });
}

void MemberEditor::insertRow(const EncodedMember& encoded)
{
    writeRow(MEMBER_INSERT, encoded);
}

qint64 MemberEditor::refreshNameKeys()
{
    m_encoder.reset();  // reads the user's readings again
    qint64 changed = 0;
    storage::Transaction transaction(m_db);
    auto read = m_db.prepare("SELECT rowid, name FROM member");
    auto write
        = m_db.prepare("UPDATE member SET sort_pinyin = ?2, sort_stroke = ?3, spell = ?4, initials = ?5, "
                       "spell_alt = ?6, initials_alt = ?7 WHERE rowid = ?1");
    while (read.step()) {
        const QString name = read.text(1);
        const names::NameKeys keys = encoder().readings().keysFor(name, names::NameKind::Person);
        const auto second = [](const QStringList& list) {
            return list.size() > 1 ? std::optional<QString>(list.at(1)) : std::nullopt;
        };
        write.bindAll(read.int64(0), keys.sortKey + QChar(1) + name, keys.strokeKey, keys.spellings.value(0),
            keys.initials.value(0), second(keys.spellings), second(keys.initials));
        write.run();
        write.reset();
        changed += m_db.changes();
    }
    transaction.commit();
    return changed;
}

}  // namespace redgrid::roster
