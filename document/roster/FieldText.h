#pragma once

#include "roster/Member.h"

#include <QDate>
#include <QString>

namespace redgrid::roster {
class CodeTable;
}

namespace redgrid::document {

// How the printed forms write a member's values. The forms are the national (Chinese)
// forms whatever the interface language, so these texts are not translated.

QString dayText(const QDate& date);  // 1985年3月12日; empty when unknown
QString compactDayText(const QDate& date);  // 1985.03.12, for narrow table columns
QString monthText(const QDate& date);  // 2020年7月 (失去联系日期 is a month)

// The code table's label; an unknown code is printed as stored rather than hidden.
QString codeLabel(const roster::CodeTable& table, const QString& code);

// Item 12 联系电话: the mobile, and the landline when there is one.
QString phoneText(const roster::Member& member);
// Items 15 and 16: 是/否, with 失去联系日期 or 外出流向 when 是.
QString lostContactText(const roster::Member& member);
QString mobileMemberText(const roster::Member& member);

}  // namespace redgrid::document
