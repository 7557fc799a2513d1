#include "MemberStore.h"

#include "Masking.h"
#include "MemberAccess.h"
#include "MemberSecrets.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"

#include <utility>

namespace redgrid::roster {

namespace {

// 所在党支部 (item 8 of the member form) of a member registered in the organisation `o`: a
// 党小组's branch (支部工作条例 Art. 13), else the organisation itself, a branch or a 党委 or
// 党总支 that registers members directly. The one home of the rule: the exports, the screens
// and the printed documents read it as RosterRow::branchName or MemberStore::branchName.
#define BRANCH_NAME_OF_O                                                                                     \
    "CASE WHEN o.kind = 'group' THEN (SELECT p.name FROM party_org p WHERE p.id = o.parent_id) ELSE o.name " \
    "END"

#define MEMBER_COLUMNS                                                                                       \
    "m.rowid, m.id, m.org_id, m.name, m.sex, m.ethnicity, m.secrets_sealed, m.birth_date, m.education, "     \
    "m.degree, "                                                                                             \
    "m.category, m.joined_on, m.converted_on, m.probation_extension, m.job_post, m.mobile_sealed, "          \
    "m.landline_sealed, m.address_sealed, m.residence_node_id, m.native_place, m.work_unit, m.work_post, "   \
    "m.standing, m.status, "                                                                                 \
    "m.lost_contact_on, m.lost_contact_reason, m.is_mobile, m.mobile_destination, m.dual_node_id, "          \
    "m.dual_registered_on, m.skills, m.hardship, m.exempt, m.remarks, m.created_at, m.modified_at, "         \
    "o.name, o.code, " BRANCH_NAME_OF_O ", "                                                                 \
    "(SELECT d.name FROM hierarchy_node d WHERE d.id = m.dual_node_id) "

QDate dateAt(const storage::Statement& row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

}  // namespace

MemberStore::MemberStore(storage::Connection& connection)
    : m_db(connection)
{
}

MemberStore::~MemberStore() = default;

Member MemberStore::fromRow(const storage::Statement& row, Exposure exposure)
{
    Member m;
    m.id = row.id(1);
    m.orgId = row.id(2);
    m.name = row.text(3);
    m.sex = row.text(4);
    m.ethnicity = row.text(5);
    const PlainMemberFields plain = MemberSecrets::open(
        security::Session::of(m_db)->keys(), m.id, { row.blob(6), row.blob(15), row.blob(16), row.blob(17) });
    m.idNumber = plain.idNumber;
    m.birthDate = dateAt(row, 7);
    m.education = row.text(8);
    m.degree = row.text(9);
    m.category = row.text(10);
    m.joinedOn = dateAt(row, 11);
    m.convertedOn = dateAt(row, 12);
    m.probationExtensionMonths = row.integer(13);
    m.jobPost = row.text(14);
    m.mobile = plain.mobile;
    m.landline = plain.landline;
    m.address = plain.address;
    m.residenceNodeId = row.id(18);
    m.nativePlace = row.text(19);
    m.workUnit = row.text(20);
    m.workPost = row.text(21);
    m.standing = row.text(22);
    m.status = memberStatusFromKey(row.text(23));
    m.lostContactOn = dateAt(row, 24);
    m.lostContactReason = row.text(25);
    m.isMobile = row.integer(26) != 0;
    m.mobileDestination = row.text(27);
    m.dualNodeId = row.id(28);
    m.dualRegisteredOn = dateAt(row, 29);
    const QString skills = row.text(30);
    m.skills = skills.isEmpty() ? QStringList() : skills.split(SkillSeparator);
    m.hardship = row.integer(31) != 0;
    m.exempt = row.integer(32) != 0;
    m.remarks = row.text(33);
    m.createdAt = row.int64(34);
    m.modifiedAt = row.int64(35);
    return exposure == Exposure::Masked ? masked(std::move(m)) : m;
}

// Unmasked values leave the store only for an account allowed to see them.
Exposure MemberStore::allowedExposure(Exposure asked)
{
    if (asked == Exposure::Unmasked && !security::Access(m_db).allows(security::Permission::ViewUnmasked))
        return Exposure::Masked;
    return asked;
}

std::optional<Member> MemberStore::plainMember(const RecordId& id)
{
    auto st = m_db.cached(
        "SELECT " MEMBER_COLUMNS "FROM member m JOIN party_org o ON o.id = m.org_id WHERE m.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return fromRow(st, Exposure::Unmasked);
}

std::optional<Member> MemberStore::member(const RecordId& id, Exposure exposure)
{
    if (!requireMember(security::Access(m_db), m_db, security::Permission::ReadRoster, id))
        return std::nullopt;
    auto found = plainMember(id);
    if (!found)
        return std::nullopt;
    if (allowedExposure(exposure) == Exposure::Masked)
        return masked(*found);
    security::recordAudit(m_db,
        { audit::AuditAction::ViewedUnmasked, QStringLiteral("member"), id,
            { { QStringLiteral("name"), found->name },
                { QStringLiteral("fields"), QStringLiteral("id_number, mobile, landline, address") } } });
    return found;
}

Member MemberStore::masked(Member m)
{
    m.idNumber = maskIdNumber(m.idNumber);
    m.mobile = maskPhone(m.mobile);
    m.landline = maskPhone(m.landline);
    return m;
}

MemberStore::Lookup MemberStore::lookupByIdNumber(const QString& idNumber)
{
    const security::Access access(m_db);
    if (!access.session())
        return {};
    const QString normalised = idNumber.trimmed().toUpper();
    auto st = m_db.cached("SELECT id FROM member WHERE id_last4 = ? AND id_hash = ?");  // member_id_number
    st.bindAll(MemberSecrets::lastDigits(normalised), access.keys().idNumberHash(normalised));
    if (!st.step())
        return {};
    const RecordId id = st.id(0);
    st.reset();
    if (!memberInScope(access, m_db, id))
        return { std::nullopt, true };
    return { plainMember(id), false };
}

std::optional<Member> MemberStore::findByIdNumber(const QString& idNumber, Exposure exposure)
{
    if (!security::Access(m_db).allows(security::Permission::ReadRoster))
        return std::nullopt;
    const Lookup found = lookupByIdNumber(idNumber);
    if (!found.member)
        return std::nullopt;
    return allowedExposure(exposure) == Exposure::Masked ? masked(*found.member) : *found.member;
}

QList<RosterRow> MemberStore::rows(const std::vector<qint64>& rowIds, Exposure exposure)
{
    QList<RosterRow> result;
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadRoster))
        return result;
    exposure = allowedExposure(exposure);
    result.reserve(qsizetype(rowIds.size()));
    const QString scope = access.orgScopeCondition(QStringLiteral("m.org_id"));
    const QByteArray sql = QStringLiteral(
        "SELECT " MEMBER_COLUMNS "FROM member m JOIN party_org o ON o.id = m.org_id WHERE m.rowid = ?%1")
                               .arg(scope.isEmpty() ? QString() : QStringLiteral(" AND ") + scope)
                               .toUtf8();
    auto st = m_db.cached(sql.constData());
    for (qint64 rowId : rowIds) {
        st.bind(1, rowId);
        if (st.step()) {
            Member m = fromRow(st, Exposure::Unmasked);
            result.append({ rowId, exposure == Exposure::Masked ? masked(std::move(m)) : std::move(m),
                st.text(36), st.text(37), st.text(38), st.text(39) });
        }
        st.reset();
    }
    return result;
}

std::optional<MemberStore::SearchKeys> MemberStore::searchKeys(qint64 rowId)
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadRoster))
        return std::nullopt;
    const QString scope = access.orgScopeCondition(QStringLiteral("m.org_id"));
    const QByteArray sql = QStringLiteral("SELECT m.spell, m.initials FROM member m WHERE m.rowid = ?%1")
                               .arg(scope.isEmpty() ? QString() : QStringLiteral(" AND ") + scope)
                               .toUtf8();
    auto st = m_db.cached(sql.constData());
    st.bind(1, rowId);
    if (!st.step())
        return std::nullopt;
    return SearchKeys { st.text(0), st.text(1) };
}

QString MemberStore::branchName(const RecordId& orgId)
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadRoster))
        return {};
    const QString scope = access.orgScopeCondition(QStringLiteral("o.id"));
    const QByteArray sql = QStringLiteral("SELECT " BRANCH_NAME_OF_O " FROM party_org o WHERE o.id = ?%1")
                               .arg(scope.isEmpty() ? QString() : QStringLiteral(" AND ") + scope)
                               .toUtf8();
    auto st = m_db.cached(sql.constData());
    st.bind(1, orgId);
    return st.step() ? st.text(0) : QString();
}

qint64 MemberStore::count(std::optional<MemberStatus> status)
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadRoster))
        return 0;
    QString sql = QStringLiteral("SELECT count(*) FROM member m WHERE 1");
    if (const QString scope = access.orgScopeCondition(QStringLiteral("m.org_id")); !scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    if (status)
        sql += QStringLiteral(" AND m.status = ?");
    auto st = m_db.prepare(sql.toUtf8().constData());
    if (status)
        st.bind(1, memberStatusKey(*status));
    return st.step() ? st.int64(0) : 0;
}

}  // namespace redgrid::roster
