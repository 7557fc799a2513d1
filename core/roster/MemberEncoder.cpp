#include "MemberEncoder.h"

#include "Member.h"
#include "common/Clock.h"
#include "names/UserReadings.h"
#include "security/Session.h"
#include "storage/Connection.h"

namespace redgrid::roster {
namespace {

// yyyy-MM-dd without QDate::toString's formatting machinery: a first import writes
// several dates per row, a million rows at a time.
std::optional<QString> dateText(const QDate& date)
{
    if (!date.isValid())
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);  // one calendar conversion, not one per part
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    char16_t text[10];
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = char16_t(u'0' + year % 10);
    text[4] = text[7] = u'-';
    text[5] = char16_t(u'0' + month / 10);
    text[6] = char16_t(u'0' + month % 10);
    text[8] = char16_t(u'0' + day / 10);
    text[9] = char16_t(u'0' + day % 10);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

std::optional<QByteArray> nullIfEmpty(const QByteArray& bytes)
{
    return bytes.isEmpty() ? std::nullopt : std::optional<QByteArray>(bytes);
}

std::optional<QString> second(const QStringList& list)
{
    return list.size() > 1 ? std::optional<QString>(list.at(1)) : std::nullopt;
}

}  // namespace

MemberEncoder::MemberEncoder(storage::Connection& db)
    : m_session(security::Session::shared(db))
    , m_readings(names::loadReadings(db))
{
}

MemberEncoder::~MemberEncoder() = default;

EncodedMember MemberEncoder::encode(const Member& m)
{
    const QString name = m.name.trimmed();
    const names::NameKeys keys = m_readings->keysFor(name, names::NameKind::Person);
    const SealedMemberFields sealed
        = MemberSecrets::seal(m_session->keys(), m.id, { m.idNumber, m.mobile, m.landline, m.address });
    EncodedMember encoded { m.id, {} };
    storage::BoundValues& v = encoded.values;
    v.reserve(45, 640);
    v.add(m.orgId);
    v.add(name);
    v.add(m.sex);
    v.add(m.ethnicity);
    v.add(sealed.idHash);
    v.add(sealed.sealed);
    v.add(sealed.idLast4);
    v.add(dateText(m.birthDate));
    v.add(m.education);
    v.add(m.degree);
    v.add(m.category);
    v.add(dateText(m.joinedOn));
    v.add(dateText(m.convertedOn));
    v.add(m.probationExtensionMonths);
    v.add(m.jobPost);
    v.add(nullptr);  // mobile_sealed, landline_sealed, address_sealed: the older form
    v.add(nullIfEmpty(sealed.mobileHash));
    v.add(sealed.mobileLast4);
    v.add(nullptr);
    v.add(nullIfEmpty(sealed.landlineHash));
    v.add(sealed.landlineLast4);
    v.add(nullptr);
    v.add(m.residenceNodeId);
    v.add(m.nativePlace);
    v.add(m.workUnit);
    v.add(m.workPost);
    v.add(m.standing);
    v.add(memberStatusKey(m.status));
    v.add(dateText(m.lostContactOn));
    v.add(m.lostContactReason);
    v.add(m.isMobile);
    v.add(m.mobileDestination);
    v.add(m.dualNodeId);
    v.add(dateText(m.dualRegisteredOn));
    v.add(m.skills.join(SkillSeparator));
    v.add(m.hardship);
    v.add(m.exempt);
    v.add(m.remarks);
    // Ties in pinyin order fall to the characters, so namesakes stay together.
    v.add(keys.sortKey + QChar(1) + name);
    v.add(keys.strokeKey);
    v.add(keys.spellings.value(0));
    v.add(keys.initials.value(0));
    v.add(second(keys.spellings));
    v.add(second(keys.initials));
    v.add(nowMs());
    return encoded;
}

}  // namespace redgrid::roster
