#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redgrid::importexport {

// The items of a roster spreadsheet. Their Chinese headers are the official labels of
// the 党员基本信息汇总表 (domain rules 2.1) and stay Chinese in every interface language:
// they are data that other systems read.
enum class RosterField {
    Serial,  // 序号
    Name,
    Org,  // 所在党支部
    IdNumber,
    Sex,
    Ethnicity,
    BirthDate,
    Education,
    Category,
    JoinedOn,
    ConvertedOn,
    JobPost,
    Mobile,
    Landline,
    Address,
    Standing,
    LostContact,  // 是否为失联党员
    LostContactOn,
    IsMobile,  // 是否为流动党员
    MobileDestination,
    Remarks,
    // The full layout adds what a community keeps beyond the national items.
    Degree,
    NativePlace,
    WorkUnit,
    WorkPost,
    ProbationExtension,
    Status,
    LostContactReason,
    DualCommunity,
    DualRegisteredOn,
    Skills,
    Hardship,
    Exempt,
    PartyAge,  // computed, export only
    Age,  // computed, export only
};

struct RosterFieldInfo
{
    RosterField field;
    QString header;  // the official label
    QString key;  // for --json and CSV headers of tools: "id_number"
    QStringList synonyms;  // other headers seen in real rosters
    bool exportOnly = false;
};

const QList<RosterFieldInfo>& rosterFields();
const RosterFieldInfo& fieldInfo(RosterField field);
// The 21 columns of the national 汇总表, in its order.
QList<RosterField> nationalLayout();
// Every column RedGrid keeps.
QList<RosterField> fullLayout();

// A header cell as people write it: "身份证号码", "公民身份号码（18位）", "*姓名", "入党 时间".
std::optional<RosterField> fieldForHeader(const QString& header);

// Which item each column of a file holds (nullopt: ignored).
struct ColumnMapping
{
    QList<std::optional<RosterField>> columns;

    static ColumnMapping fromHeaders(const QStringList& headers);
    int columnOf(RosterField field) const;  // -1 if no column holds it
    bool has(RosterField field) const { return columnOf(field) >= 0; }
    int mappedCount() const;
};

}  // namespace redgrid::importexport
