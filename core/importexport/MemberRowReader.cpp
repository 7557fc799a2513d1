#include "MemberRowReader.h"

#include "common/InvisibleCharacters.h"
#include "format/CellGuard.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/CodeTable.h"
#include "roster/IdNumber.h"
#include "roster/MemberStore.h"
#include "roster/MemberValidator.h"
#include "roster/PhoneNumber.h"
#include "roster/RosterCounts.h"
#include "roster/RosterDate.h"
#include "security/Access.h"
#include "storage/Connection.h"

namespace redgrid::importexport {

using roster::CellForm;
using roster::CodeTable;
using roster::RosterDate;

MemberRowReader::MemberRowReader(
    storage::Connection& db, ColumnMapping mapping, const RecordId& defaultOrgId, const QDate& today)
    : m_db(db)
    , m_defaultOrg(defaultOrgId)
    , m_today(today)
    , m_rosterWasEmpty(roster::RosterCounts(m_db).isEmpty())
{
    for (int column = 0; column < mapping.columns.size(); ++column) {
        if (!mapping.columns[column])
            continue;
        const auto field = std::size_t(*mapping.columns[column]);
        if (field >= m_columns.size())
            m_columns.resize(field + 1, -1);
        if (m_columns[field] < 0)  // the first column that holds it, as ColumnMapping::columnOf
            m_columns[field] = column;
    }
}

int MemberRowReader::columnOf(RosterField field) const
{
    const auto index = std::size_t(field);
    return index < m_columns.size() ? m_columns[index] : -1;
}

std::unique_lock<std::mutex> MemberRowReader::useConnection() const
{
    return m_connectionLock ? std::unique_lock(*m_connectionLock) : std::unique_lock<std::mutex>();
}

QString MemberRowReader::cell(const format::SheetRow& row, RosterField field) const
{
    const int column = columnOf(field);
    if (column < 0 || column >= row.cells.size())
        return {};
    // A file RedGrid exported has an apostrophe before text that starts like a formula.
    return format::restoreNeutralised(row.cells.at(column).text.trimmed());
}

bool MemberRowReader::isNumberCell(const format::SheetRow& row, RosterField field) const
{
    const int column = columnOf(field);
    return column >= 0 && column < row.cells.size() && row.cells.at(column).type == format::CellType::Number;
}

std::optional<bool> MemberRowReader::yesNo(const QString& text) const
{
    static const QStringList yes { QStringLiteral("是"), QStringLiteral("1"), QStringLiteral("9"),
        QStringLiteral("Y"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("TRUE"),
        QStringLiteral("√") };
    static const QStringList no { QStringLiteral("否"), QStringLiteral("0"), QStringLiteral("N"),
        QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("FALSE"), QString() };
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

RecordId MemberRowReader::orgFor(const QString& text, MemberRowResult& result)
{
    QStringList& errors = result.errors;
    if (text.isEmpty()) {
        if (m_defaultOrg.isNull())
            errors << tr("所在党支部 is empty and no organisation was chosen for the import");
        return m_defaultOrg;
    }
    if (const auto known = m_orgs.find(text); known != m_orgs.end())
        return known->second;
    const auto lock = useConnection();
    organisation::OrgStore store(m_db);
    const auto found = store.find(text);
    if (!found) {
        // Only a name that no organisation has, in the account's area or not, is missing.
        if (!store.exists(text)) {
            if (m_createOrgsUnder)
                return createOrg(text, result);
            result.missingOrg = text;
        }
        errors << tr("所在党支部 \"%1\": %2").arg(text, found.error().message);
        return {};
    }
    if (!security::Access(m_db).orgInScope(found->id)) {
        errors << tr("所在党支部 \"%1\" lies outside your area").arg(text);
        return {};
    }
    m_orgs.emplace(text, found->id);
    return found->id;
}

// Called with the connection in use (orgFor).
RecordId MemberRowReader::createOrg(const QString& name, MemberRowResult& result)
{
    if (const auto refused = m_orgsNotCreated.constFind(name); refused != m_orgsNotCreated.cend()) {
        result.errors << *refused;
        return {};
    }
    organisation::PartyOrg org;
    org.parentId = *m_createOrgsUnder;
    org.name = name;
    org.kind = organisation::orgKindForName(name);
    const auto added = organisation::OrgEditor(m_db).add(org);
    if (!added) {
        const QString why = tr("所在党支部 \"%1\" does not exist and could not be created: %2")
                                .arg(name, added.error().message);
        m_orgsNotCreated.insert(name, why);
        result.errors << why;
        return {};
    }
    m_orgs.emplace(name, added->id);
    result.createdOrg = name;
    return added->id;
}

// 双报到社区: a community or village of the hierarchy, by its name or code.
RecordId MemberRowReader::communityFor(const QString& text, QStringList& errors)
{
    if (const auto known = m_communities.constFind(text); known != m_communities.cend())
        return *known;
    QList<RecordId> found;
    {
        const auto lock = useConnection();
        auto st = m_db.cached(
            "SELECT id FROM hierarchy_node WHERE level = 3 AND (name = ?1 OR code = ?1) LIMIT 2");
        st.bind(1, text);
        while (st.step())
            found.append(st.id(0));
    }
    if (found.size() != 1) {
        errors << (found.isEmpty() ? tr("%1: no community or village is called \"%2\"")
                                   : tr("%1: several communities are called \"%2\"; give the code"))
                      .arg(fieldInfo(RosterField::DualCommunity).header, text);
        return {};
    }
    m_communities.insert(text, found.front());
    return found.front();
}

MemberRowResult MemberRowReader::read(const format::SheetRow& row)
{
    MemberRowResult result;
    QStringList& errors = result.errors;

    // The ID number first: it decides whether this is a new member or one on record.
    const QString idText = cell(row, RosterField::IdNumber);
    const auto id = roster::IdNumber::check(
        idText, isNumberCell(row, RosterField::IdNumber) ? CellForm::Number : CellForm::Text, m_today);
    if (idText.isEmpty()) {
        errors << tr("公民身份证号 is empty");
        return result;
    }
    if (!id.ok()) {
        errors << tr("公民身份证号: %1").arg(id.error);
        return result;
    }
    if (!id.warning.isEmpty())
        result.warnings << tr("公民身份证号: %1").arg(id.warning);
    if (!m_rosterWasEmpty) {  // a first import meets no one on record (repeats are the importer's check)
        const auto lock = useConnection();
        auto found = roster::MemberStore(m_db).lookupByIdNumber(id.normalised);
        if (found.outsideScope) {
            // Where the number is registered is not this account's to learn (issue 24 §6).
            errors << tr(
                "公民身份证号: this ID number cannot be added in your area; your street office can say why");
            return result;
        }
        result.existing = std::move(found.member);
    }
    roster::Member& m = result.member;
    if (result.existing)
        m = *result.existing;
    m.idNumber = id.normalised;

    // A value its table does not know is left out, with a warning, unless the user chose a
    // code for it: a row is refused for what makes it wrong as a member, never for a label.
    // `instead`: what a new member gets when the value is left out (default: nothing).
    const auto code = [&](RosterField field, const CodeTable& table, QString& target,
                          const QString& instead = QString()) {
        if (!has(field))
            return;
        const QString text = cell(row, field);
        if (text.isEmpty()) {
            target.clear();
            return;
        }
        if (const auto found = table.codeFor(text)) {
            target = *found;
            return;
        }
        result.unknownValues.append({ field, text });
        const auto chosen = m_valueMapping.codeFor(field, text);
        if (chosen && !chosen->isEmpty()) {
            target = *chosen;
            return;
        }
        if (!result.existing)
            target.clear();
        if (chosen)
            return;  // the user chose to leave it out
        const QString header = fieldInfo(field).header;
        const QString kept = result.existing ? tr("the value on record was kept")
            : instead.isEmpty()              ? tr("the item was left empty")
                                             : instead;
        if (table.isAmbiguous(text)) {
            QStringList codes;
            for (const roster::CodeEntry& entry : table.entriesLabelled(text))
                codes << QStringLiteral("%1 %2").arg(entry.code, table.pathFor(entry.code));
            result.warnings << tr("%1: \"%2\" is the name of several codes (%3); %4")
                                   .arg(header, text, codes.join(QStringLiteral("; ")), kept);
        } else {
            result.warnings << tr("%1: \"%2\" is not a value of the code table; %3").arg(header, text, kept);
        }
    };
    const auto date = [&](RosterField field, QDate& target) {
        if (!has(field))
            return;
        const QString text = cell(row, field);
        if (text.isEmpty()) {
            target = QDate();
            return;
        }
        const auto parsed
            = RosterDate::parse(text, isNumberCell(row, field) ? CellForm::Number : CellForm::Text);
        if (parsed)
            target = parsed->date();
        else
            errors << tr("%1: %2").arg(fieldInfo(field).header, parsed.error().message);
    };
    const auto text = [&](RosterField field, QString& target) {
        if (has(field))
            target = cell(row, field);
    };
    // A yes/no the reader cannot read is left out too, with a warning.
    const auto flag = [&](RosterField field, bool& target) {
        if (!has(field))
            return;
        if (const auto value = yesNo(cell(row, field)))
            target = *value;
        else
            result.warnings << tr("%1: \"%2\" should be 是 or 否; %3")
                                   .arg(fieldInfo(field).header, cell(row, field),
                                       result.existing ? tr("the value on record was kept")
                                                       : tr("the item was left empty"));
    };

    if (has(RosterField::Name)) {
        const QString name = cell(row, RosterField::Name);
        m.name = withoutInvisibleCharacters(name);
        if (m.name != name)
            result.warnings << tr(
                "姓名: invisible characters (zero-width spaces, direction marks) were removed");
    }
    if (has(RosterField::Org) || !result.existing) {
        const RecordId org = orgFor(cell(row, RosterField::Org), result);
        // 所在党支部 names the branch; a member of one of its 党小组 stays in the group.
        bool inGroupOfBranch = false;
        if (result.existing && !org.isNull()) {
            const auto lock = useConnection();
            inGroupOfBranch
                = m_db.scalar(
                      "SELECT count(*) FROM party_org WHERE id = ? AND parent_id = ? AND kind = 'group'",
                      result.existing->orgId, org)
                > 0;
        }
        if (!org.isNull() && !inGroupOfBranch)
            m.orgId = org;
    }
    code(RosterField::Sex, CodeTable::sex(), m.sex, tr("the sex was taken from the ID number"));
    if (m.sex.isEmpty())
        m.sex = QString::number(id.sex);
    code(RosterField::Ethnicity, CodeTable::ethnicity(), m.ethnicity);
    date(RosterField::BirthDate, m.birthDate);
    if (!m.birthDate.isValid())
        m.birthDate = id.birthDate;
    code(RosterField::Education, CodeTable::education(), m.education);
    code(RosterField::Category, CodeTable::memberCategory(), m.category,
        tr("the category was taken from the dates of joining and conversion"));
    date(RosterField::JoinedOn, m.joinedOn);
    date(RosterField::ConvertedOn, m.convertedOn);
    if (has(RosterField::Category) && m.category.isEmpty())  // not stated (or unknown): as the dates say
        m.category = m.convertedOn.isValid() ? QStringLiteral("1") : QStringLiteral("2");
    code(RosterField::JobPost, CodeTable::jobPost(), m.jobPost);

    // One phone column often holds either kind ("联系电话"): a landline goes where it belongs.
    // An empty cell clears its item, unless the other phone column of this row filled it
    // (a landline in 手机号 and an empty 固定电话).
    bool mobileSet = false, landlineSet = false;
    const auto phone = [&](RosterField field, QString& target) {
        if (!has(field))
            return;
        const QString value = cell(row, field);
        if (value.isEmpty()) {
            if (!(&target == &m.mobile ? mobileSet : landlineSet))
                target.clear();
            return;
        }
        const auto checked = roster::PhoneNumber::check(value);
        if (!checked.ok()) {
            errors << tr("%1: %2").arg(fieldInfo(field).header, checked.error);
            return;
        }
        if (checked.kind == roster::PhoneKind::Landline) {
            m.landline = checked.normalised;
            landlineSet = true;
        } else {
            m.mobile = checked.normalised;
            mobileSet = true;
        }
    };
    phone(RosterField::Mobile, m.mobile);
    phone(RosterField::Landline, m.landline);
    text(RosterField::Address, m.address);
    code(RosterField::Standing, CodeTable::partyStanding(), m.standing, tr("the standing was taken as 正常"));
    if (m.standing.isEmpty())
        m.standing = QStringLiteral("1");

    bool lost = m.isLostContact();
    flag(RosterField::LostContact, lost);
    date(RosterField::LostContactOn, m.lostContactOn);
    if (lost && !m.lostContactOn.isValid())
        errors << tr("是否为失联党员 is 是 but 失去联系日期 is empty");
    if (!lost)
        m.lostContactOn = QDate();
    flag(RosterField::IsMobile, m.isMobile);
    text(RosterField::MobileDestination, m.mobileDestination);
    text(RosterField::Remarks, m.remarks);

    code(RosterField::Degree, CodeTable::degree(), m.degree);
    text(RosterField::NativePlace, m.nativePlace);
    text(RosterField::WorkUnit, m.workUnit);
    text(RosterField::WorkPost, m.workPost);
    if (has(RosterField::ProbationExtension)) {
        const QString months = cell(row, RosterField::ProbationExtension);
        bool number = true;
        m.probationExtensionMonths = months.isEmpty() ? 0 : months.toInt(&number);
        if (!number)
            errors << tr("延长预备期月数: \"%1\" is not a number of months").arg(months);
    }
    code(RosterField::LostContactReason, CodeTable::lostContactReason(), m.lostContactReason);
    if (has(RosterField::DualCommunity)) {
        const QString community = cell(row, RosterField::DualCommunity);
        m.dualNodeId = community.isEmpty() ? RecordId() : communityFor(community, errors);
    }
    date(RosterField::DualRegisteredOn, m.dualRegisteredOn);
    if (has(RosterField::Skills)) {
        QString skills = cell(row, RosterField::Skills);
        skills.replace(QLatin1Char(','), QChar(0x3001))
            .replace(QChar(0xFF0C), QChar(0x3001))
            .replace(QLatin1Char(';'), QChar(0x3001));
        m.skills = skills.split(QChar(0x3001), Qt::SkipEmptyParts);
        for (QString& skill : m.skills)
            skill = skill.trimmed();
    }
    flag(RosterField::Hardship, m.hardship);
    flag(RosterField::Exempt, m.exempt);

    if (!errors.isEmpty())
        return result;
    // The ID number was checked above, and so were a new member's phones (a member on
    // record keeps the phones the file does not give), their problems named by column.
    const bool phonesChecked = !result.existing;
    for (const roster::FieldProblem& problem :
        roster::MemberValidator::check(m, m_today, { &id, phonesChecked }))
        (problem.warning ? result.warnings : errors) << problem.message;
    return result;
}

}  // namespace redgrid::importexport
