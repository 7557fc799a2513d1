#include "RosterColumns.h"

#include "common/Utf16.h"

namespace redgrid::importexport {

namespace {
QStringList list(std::initializer_list<const char16_t*> texts)
{
    QStringList result;
    for (const char16_t* text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

// Header cells are compared without spaces, asterisks of required columns, and
// bracketed notes: "公民身份号码（18位）" is 公民身份号码.
QString normalised(const QString& header)
{
    QString text;
    int depth = 0;
    for (QChar c : header) {
        if (c == QLatin1Char('(') || c == QChar(0xFF08) || c == QChar(0x3010)) {
            ++depth;
            continue;
        }
        if (c == QLatin1Char(')') || c == QChar(0xFF09) || c == QChar(0x3011)) {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (depth > 0 || c.isSpace() || c == QLatin1Char('*') || c == QChar(0xFF0A) || c == QChar(0xFEFF))
            continue;
        text.append(c);
    }
    return text.toLower();
}
}  // namespace

const QList<RosterFieldInfo>& rosterFields()
{
    static const QList<RosterFieldInfo> fields {
        { RosterField::Serial, s(u"序号"), QStringLiteral("serial"), list({ u"编号", u"no", u"no." }) },
        { RosterField::Name, s(u"姓名"), QStringLiteral("name"), list({ u"党员姓名", u"名字" }) },
        { RosterField::Org, s(u"所在党支部"), QStringLiteral("org"),
            list({ u"所属党支部", u"党支部", u"所在支部", u"支部", u"所在党组织", u"所属党组织",
                u"编入党支部", u"党组织" }) },
        { RosterField::IdNumber, s(u"公民身份证号"), QStringLiteral("id_number"),
            list({ u"公民身份号码", u"身份证号", u"身份证号码", u"身份证", u"证件号码", u"身份证件号码",
                u"公民身份证号码" }) },
        { RosterField::Sex, s(u"性别"), QStringLiteral("sex"), {} },
        { RosterField::Ethnicity, s(u"民族"), QStringLiteral("ethnicity"), {} },
        { RosterField::BirthDate, s(u"出生日期"), QStringLiteral("birth_date"),
            list({ u"出生年月", u"生日", u"出生年月日" }) },
        { RosterField::Education, s(u"学历"), QStringLiteral("education"),
            list({ u"文化程度", u"最高学历" }) },
        { RosterField::Category, s(u"人员类别"), QStringLiteral("category"),
            list({ u"党员类别", u"党员类型", u"类别" }) },
        { RosterField::JoinedOn, s(u"加入党组织日期"), QStringLiteral("joined_on"),
            list({ u"入党时间", u"入党日期", u"入党年月", u"加入党组织时间" }) },
        { RosterField::ConvertedOn, s(u"转为正式党员日期"), QStringLiteral("converted_on"),
            list({ u"转正时间", u"转正日期", u"转为正式党员时间" }) },
        { RosterField::JobPost, s(u"工作岗位"), QStringLiteral("job_post"), list({ u"岗位" }) },
        { RosterField::Mobile, s(u"手机号"), QStringLiteral("mobile"),
            list({ u"手机号码", u"手机", u"联系电话", u"电话", u"移动电话", u"联系方式" }) },
        { RosterField::Landline, s(u"固定电话"), QStringLiteral("landline"),
            list({ u"座机", u"办公电话", u"家庭电话" }) },
        { RosterField::Address, s(u"家庭住址"), QStringLiteral("address"),
            list({ u"现居住地", u"居住地址", u"住址", u"家庭地址", u"现住址" }) },
        { RosterField::Standing, s(u"党籍状态"), QStringLiteral("standing"), {} },
        { RosterField::LostContact, s(u"是否为失联党员"), QStringLiteral("lost_contact"),
            list({ u"是否失联", u"失联党员", u"是否失联党员" }) },
        { RosterField::LostContactOn, s(u"失去联系日期"), QStringLiteral("lost_contact_on"),
            list({ u"失联日期", u"失联时间" }) },
        { RosterField::IsMobile, s(u"是否为流动党员"), QStringLiteral("is_mobile"),
            list({ u"是否流动党员", u"流动党员" }) },
        { RosterField::MobileDestination, s(u"外出流向"), QStringLiteral("mobile_destination"),
            list({ u"流向", u"流动去向" }) },
        { RosterField::Remarks, s(u"备注"), QStringLiteral("remarks"), {} },
        { RosterField::Degree, s(u"学位"), QStringLiteral("degree"), {} },
        { RosterField::NativePlace, s(u"籍贯"), QStringLiteral("native_place"), {} },
        { RosterField::WorkUnit, s(u"工作单位"), QStringLiteral("work_unit"),
            list({ u"工作/学习单位", u"单位" }) },
        { RosterField::WorkPost, s(u"职务"), QStringLiteral("work_post"), list({ u"工作职务" }) },
        { RosterField::ProbationExtension, s(u"延长预备期月数"), QStringLiteral("probation_extension"),
            list({ u"延长预备期时间", u"延长预备期" }) },
        { RosterField::Status, s(u"在册状态"), QStringLiteral("status"), {} },
        { RosterField::LostContactReason, s(u"失联情形"), QStringLiteral("lost_contact_reason"),
            list({ u"失去联系情形" }) },
        { RosterField::DualCommunity, s(u"双报到社区"), QStringLiteral("dual_community"),
            list({ u"报到社区" }) },
        { RosterField::DualRegisteredOn, s(u"双报到日期"), QStringLiteral("dual_registered_on"),
            list({ u"报到日期" }) },
        { RosterField::Skills, s(u"特长"), QStringLiteral("skills"), list({ u"技能特长" }) },
        { RosterField::Hardship, s(u"是否困难党员"), QStringLiteral("hardship"), list({ u"困难党员" }) },
        { RosterField::Exempt, s(u"是否免于参加活动"), QStringLiteral("exempt"),
            list({ u"免于参加组织生活" }) },
        { RosterField::PartyAge, s(u"党龄"), QStringLiteral("party_age"), {}, true },
        { RosterField::Age, s(u"年龄"), QStringLiteral("age"), {}, true },
    };
    return fields;
}

const RosterFieldInfo& fieldInfo(RosterField field)
{
    for (const RosterFieldInfo& info : rosterFields())
        if (info.field == field)
            return info;
    return rosterFields().front();
}

QList<RosterField> nationalLayout()
{
    return { RosterField::Serial, RosterField::Name, RosterField::Org, RosterField::IdNumber,
        RosterField::Sex, RosterField::Ethnicity, RosterField::BirthDate, RosterField::Education,
        RosterField::Category, RosterField::JoinedOn, RosterField::ConvertedOn, RosterField::JobPost,
        RosterField::Mobile, RosterField::Landline, RosterField::Address, RosterField::Standing,
        RosterField::LostContact, RosterField::LostContactOn, RosterField::IsMobile,
        RosterField::MobileDestination, RosterField::Remarks };
}

QList<RosterField> fullLayout()
{
    QList<RosterField> fields;
    for (const RosterFieldInfo& info : rosterFields())
        fields.append(info.field);
    return fields;
}

std::optional<RosterField> fieldForHeader(const QString& header)
{
    const QString text = normalised(header);
    if (text.isEmpty())
        return std::nullopt;
    for (const RosterFieldInfo& info : rosterFields()) {
        if (normalised(info.header) == text || info.key == text)
            return info.field;
        for (const QString& synonym : info.synonyms)
            if (normalised(synonym) == text)
                return info.field;
    }
    return std::nullopt;
}

ColumnMapping ColumnMapping::fromHeaders(const QStringList& headers)
{
    ColumnMapping mapping;
    for (const QString& header : headers) {
        std::optional<RosterField> field = fieldForHeader(header);
        if (field && mapping.has(*field))
            field.reset();  // the first column of a name wins; a repeat is ignored
        mapping.columns.append(field);
    }
    return mapping;
}

int ColumnMapping::columnOf(RosterField field) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i) == field)
            return i;
    return -1;
}

int ColumnMapping::mappedCount() const
{
    int count = 0;
    for (const auto& column : columns)
        count += column.has_value();
    return count;
}

}  // namespace redgrid::importexport
