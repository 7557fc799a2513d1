#include "MemberWords.h"

#include "CodeTable.h"
#include "audit/AuditWording.h"

#include <QStringList>

namespace redgrid::roster {

namespace {

// A status in the interface language, and as the official forms and the exports write it
// whatever the interface language (the zh_CN translation says the same).
struct StatusWords
{
    MemberStatus status;
    const char* words;  // translated
    const char16_t* official;
};
constexpr StatusWords Statuses[] = {
    { MemberStatus::Active, QT_TRANSLATE_NOOP("MemberWords", "Active"), u"在册" },
    { MemberStatus::TransferredOut, QT_TRANSLATE_NOOP("MemberWords", "Transferred out"), u"已转出" },
    { MemberStatus::Departed, QT_TRANSLATE_NOOP("MemberWords", "Left the Party"), u"已出党" },
    { MemberStatus::Deceased, QT_TRANSLATE_NOOP("MemberWords", "Deceased"), u"已去世" },
};

const StatusWords* wordsOf(MemberStatus status)
{
    for (const StatusWords& words : Statuses)
        if (words.status == status)
            return &words;
    return nullptr;
}

}  // namespace

QString MemberWords::status(MemberStatus status)
{
    const StatusWords* words = wordsOf(status);
    return words ? tr(words->words) : QString();
}

QString MemberWords::officialStatus(MemberStatus status)
{
    const StatusWords* words = wordsOf(status);
    return words ? QString::fromUtf16(words->official) : QString();
}

QString MemberWords::eventKind(MemberEvent::Kind kind)
{
    switch (kind) {
    case MemberEvent::Kind::Created:
        return tr("Entered");
    case MemberEvent::Kind::Changed:
        return tr("Changed");
    case MemberEvent::Kind::Moved:
        return tr("Moved");
    case MemberEvent::Kind::TransferOut:
        return tr("Transferred out");
    case MemberEvent::Kind::TransferIn:
        return tr("Transferred in");
    case MemberEvent::Kind::Suspended:
        return tr("Membership suspended");
    case MemberEvent::Kind::Restored:
        return tr("Membership restored");
    case MemberEvent::Kind::Departed:
        return tr("Left the Party");
    case MemberEvent::Kind::Deceased:
        return tr("Died");
    }
    return {};
}

QString MemberWords::field(const QString& key)
{
    // The stored column names of MemberEditor's change records, with the items' names of the
    // 党员基本信息采集表.
    static const struct
    {
        const char* key;
        const char* label;
    } Fields[] = {
        { "org", QT_TR_NOOP("branch") },
        { "name", QT_TR_NOOP("name") },
        { "sex", QT_TR_NOOP("sex") },
        { "ethnicity", QT_TR_NOOP("ethnicity") },
        { "id_number", QT_TR_NOOP("ID number") },
        { "birth_date", QT_TR_NOOP("date of birth") },
        { "education", QT_TR_NOOP("education") },
        { "degree", QT_TR_NOOP("degree") },
        { "category", QT_TR_NOOP("category") },
        { "joined_on", QT_TR_NOOP("joined the Party") },
        { "converted_on", QT_TR_NOOP("full member since") },
        { "probation_extension", QT_TR_NOOP("probation extended (months)") },
        { "job_post", QT_TR_NOOP("job") },
        { "mobile", QT_TR_NOOP("mobile phone") },
        { "landline", QT_TR_NOOP("landline") },
        { "address", QT_TR_NOOP("address") },
        { "residence", QT_TR_NOOP("residence") },
        { "native_place", QT_TR_NOOP("native place") },
        { "work_unit", QT_TR_NOOP("work unit") },
        { "work_post", QT_TR_NOOP("post") },
        { "standing", QT_TR_NOOP("standing") },
        { "status", QT_TR_NOOP("status") },
        { "lost_contact_on", QT_TR_NOOP("lost contact on") },
        { "lost_contact_reason", QT_TR_NOOP("how contact was lost") },
        { "is_mobile", QT_TR_NOOP("mobile member") },
        { "mobile_destination", QT_TR_NOOP("where the mobile member went") },
        { "dual_node", QT_TR_NOOP("dual-registered in the community") },
        { "destination", QT_TR_NOOP("transferred to") },
        { "letter_valid_until", QT_TR_NOOP("letter valid until") },
        { "dues_paid_to", QT_TR_NOOP("dues paid up to") },
        { "from", QT_TR_NOOP("from") },
        { "to", QT_TR_NOOP("to") },
        { "event", QT_TR_NOOP("event") },
        { "on", QT_TR_NOOP("on") },
        { "form", QT_TR_NOOP("document") },
        { "fields", QT_TR_NOOP("items") },
    };
    for (const auto& known : Fields)
        if (key == QLatin1String(known.key))
            return tr(known.label);
    return {};
}

void MemberWords::registerAuditWords()
{
    using audit::AuditWording;
    const QString member = QStringLiteral("member");
    AuditWording::addRecords(
        member, [] { return tr("member"); }, "name");
    const auto coded = [](const CodeTable& table) {
        return [&table](const QString& code) { return table.labelFor(code); };
    };
    const QStringList keys { QStringLiteral("org"), QStringLiteral("name"), QStringLiteral("sex"),
        QStringLiteral("ethnicity"), QStringLiteral("id_number"), QStringLiteral("birth_date"),
        QStringLiteral("education"), QStringLiteral("degree"), QStringLiteral("category"),
        QStringLiteral("joined_on"), QStringLiteral("converted_on"), QStringLiteral("probation_extension"),
        QStringLiteral("job_post"), QStringLiteral("mobile"), QStringLiteral("landline"),
        QStringLiteral("address"), QStringLiteral("residence"), QStringLiteral("native_place"),
        QStringLiteral("work_unit"), QStringLiteral("work_post"), QStringLiteral("standing"),
        QStringLiteral("status"), QStringLiteral("lost_contact_on"), QStringLiteral("lost_contact_reason"),
        QStringLiteral("is_mobile"), QStringLiteral("mobile_destination"), QStringLiteral("dual_node"),
        QStringLiteral("destination"), QStringLiteral("letter_valid_until"), QStringLiteral("dues_paid_to"),
        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("event"), QStringLiteral("on"),
        QStringLiteral("fields") };
    for (const QString& key : keys) {
        AuditWording::ValueText value;
        if (key == QLatin1String("sex"))
            value = coded(CodeTable::sex());
        else if (key == QLatin1String("ethnicity"))
            value = coded(CodeTable::ethnicity());
        else if (key == QLatin1String("education"))
            value = coded(CodeTable::education());
        else if (key == QLatin1String("degree"))
            value = coded(CodeTable::degree());
        else if (key == QLatin1String("category"))
            value = coded(CodeTable::memberCategory());
        else if (key == QLatin1String("job_post"))
            value = coded(CodeTable::jobPost());
        else if (key == QLatin1String("standing"))
            value = coded(CodeTable::partyStanding());
        else if (key == QLatin1String("lost_contact_reason"))
            value = coded(CodeTable::lostContactReason());
        else if (key == QLatin1String("status"))
            value = [](const QString& stored) { return status(memberStatusFromKey(stored)); };
        else if (key == QLatin1String("event"))
            value = [](const QString& stored) { return eventKind(eventKindFromKey(stored)); };
        else if (key == QLatin1String("is_mobile"))
            value = [](const QString& stored) {
                return stored == QLatin1String("1") ? tr("yes")
                    : stored == QLatin1String("0")  ? tr("no")
                                                    : QString();
            };
        else if (key == QLatin1String("fields"))  // "id_number, mobile, …" shown in full
            value = [](const QString& stored) {
                QStringList labels;
                for (const QString& one : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const QString label = field(one.trimmed());
                    labels << (label.isEmpty() ? one.trimmed() : label);
                }
                return labels.join(QStringLiteral("、"));
            };
        AuditWording::addKey(
            member, key, [key] { return field(key); }, value);
    }
    AuditWording::addKey(
        member, QStringLiteral("category"), [] { return tr("category"); },
        [](const QString& code) {
            // 出党 stores its own category; a member's category is 正式/预备.
            const QString membership = CodeTable::memberCategory().labelFor(code);
            return membership.isEmpty() ? CodeTable::departureKind().labelFor(code) : membership;
        });
    // The documents the roster prints (report::PrintAudit's "form").
    AuditWording::addKey(
        {}, QStringLiteral("form"), [] { return field(QStringLiteral("form")); },
        [](const QString& form) -> QString {
            // Official names, the same in every language.
            const QString memberForm = QStringLiteral("党员基本信息采集表");
            if (form == QLatin1String("member_form"))
                return memberForm;
            if (form == QLatin1String("member_forms"))
                return tr("%1 (every member of an organisation)").arg(memberForm);
            if (form == QLatin1String("roster"))
                return QStringLiteral("党员基本信息汇总表");
            return {};
        });
}

}  // namespace redgrid::roster
