#include "FieldText.h"

#include "common/Utf16.h"
#include "roster/CodeTable.h"

namespace redgrid::document {

QString dayText(const QDate& date)
{
    if (!date.isValid())
        return {};
    return s(u"%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString compactDayText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy.MM.dd")) : QString();
}

QString monthText(const QDate& date)
{
    if (!date.isValid())
        return {};
    return s(u"%1年%2月").arg(date.year()).arg(date.month());
}

QString codeLabel(const roster::CodeTable& table, const QString& code)
{
    if (code.isEmpty())
        return {};
    const QString label = table.labelFor(code);
    return label.isEmpty() ? code : label;
}

QString phoneText(const roster::Member& member)
{
    if (member.landline.isEmpty())
        return member.mobile;
    if (member.mobile.isEmpty())
        return s(u"固定电话：") + member.landline;
    return s(u"手机：%1　固定电话：%2").arg(member.mobile, member.landline);
}

QString lostContactText(const roster::Member& member)
{
    if (!member.isLostContact())
        return s(u"否");
    return s(u"是（失去联系日期：%1）").arg(monthText(member.lostContactOn));
}

QString mobileMemberText(const roster::Member& member)
{
    if (!member.isMobile)
        return s(u"否");
    if (member.mobileDestination.trimmed().isEmpty())
        return s(u"是");
    return s(u"是（外出流向：%1）").arg(member.mobileDestination.trimmed());
}

}  // namespace redgrid::document
