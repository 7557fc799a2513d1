#include "RosterQuery.h"

#include "security/Access.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

namespace redgrid::roster {

namespace {

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// The upper bound of a prefix range: every text starting with `prefix` sorts below it.
// Pinyin keys and numbers are ASCII, and '~' follows every letter and digit.
QString asciiRangeEnd(const QString& prefix)
{
    return prefix + QLatin1Char('~');
}
QString textRangeEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

QString orderColumn(RosterSortKey key)
{
    switch (key) {
    case RosterSortKey::Pinyin:
    case RosterSortKey::Relevance:
        return QStringLiteral("m.sort_pinyin");
    case RosterSortKey::Stroke:
        return QStringLiteral("m.sort_stroke");
    case RosterSortKey::Sex:
        return QStringLiteral("m.sex");
    case RosterSortKey::Ethnicity:
        return QStringLiteral("m.ethnicity");
    case RosterSortKey::BirthDate:
        return QStringLiteral("m.birth_date");
    case RosterSortKey::Education:
        return QStringLiteral("m.education");
    case RosterSortKey::Category:
        return QStringLiteral("m.category");
    case RosterSortKey::Organisation:
        return QStringLiteral("(SELECT o.code FROM party_org o WHERE o.id = m.org_id)");
    case RosterSortKey::JoinedOn:
        return QStringLiteral("m.joined_on");
    case RosterSortKey::ConvertedOn:
        return QStringLiteral("m.converted_on");
    case RosterSortKey::JobPost:
        return QStringLiteral("m.job_post");
    case RosterSortKey::Standing:
        return QStringLiteral("m.standing");
    case RosterSortKey::Status:
        return QStringLiteral("m.status");
    case RosterSortKey::LostContactOn:
        return QStringLiteral("m.lost_contact_on");
    case RosterSortKey::MobileDestination:
        return QStringLiteral("m.mobile_destination");
    case RosterSortKey::Address:
        // The address is sealed; its building in the hierarchy orders it instead.
        return QStringLiteral("(SELECT h.code FROM hierarchy_node h WHERE h.id = m.residence_node_id)");
    }
    return QStringLiteral("m.sort_pinyin");
}

}  // namespace

SearchTerm SearchTerm::parse(const QString& typed)
{
    QString text;
    for (QChar c : typed.trimmed())
        if (!c.isSpace() && c != QLatin1Char('\'') && c != QLatin1Char('-'))
            text.append(c);
    if (text.isEmpty())
        return {};
    bool han = false, digitsOnly = true, letters = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        han = han || isHan(c);
        const bool digit = c.unicode() < 128 && c.isDigit();
        // An ID number ends in X in full (18) and in its last 4 ("123X").
        const bool finalX = i == text.size() - 1 && (text.size() == 18 || text.size() == 4)
            && (c == QLatin1Char('x') || c == QLatin1Char('X'));
        digitsOnly = digitsOnly && (digit || finalX);
        letters = letters && c.unicode() < 128 && c.isLetter();
    }
    if (han)
        return { Kind::Name, text };
    if (digitsOnly && text.size() == 18)
        return { Kind::IdNumber, text.toUpper() };
    if (digitsOnly && text.size() == 11 && text.startsWith(QLatin1Char('1')))
        return { Kind::Phone, text };
    if (digitsOnly)
        return { Kind::Digits, text.toUpper() };
    if (letters)
        return { Kind::Pinyin, text.toLower() };
    return { Kind::Name, text };
}

RosterCursor::RosterCursor(storage::Connection& db, RosterFilter filter, RosterOrder order)
    : m_db(db)
    , m_filter(std::move(filter))
    , m_order(order)
{
    buildArms();
}

RosterCursor::~RosterCursor() = default;

QString RosterCursor::filterSql(std::vector<Value>& values) const
{
    QStringList where;
    const RosterFilter& f = m_filter;
    // Only the members of the account's area, and none without the permission to read them.
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadRoster))
        return QStringLiteral("0");
    if (const QString scope = access.orgScopeCondition(QStringLiteral("m.org_id")); !scope.isEmpty())
        where << scope;
    if (!f.orgId.isNull()) {
        where << QStringLiteral(
            "m.org_id IN (WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
            "SELECT c.id FROM party_org c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree)");
        values.emplace_back(f.orgId);
    }
    if (f.status) {
        where << QStringLiteral("m.status = ?");
        values.emplace_back(memberStatusKey(*f.status));
    }
    if (!f.category.isEmpty()) {
        where << QStringLiteral("m.category = ?");
        values.emplace_back(f.category);
    }
    if (!f.standing.isEmpty()) {
        where << QStringLiteral("m.standing = ?");
        values.emplace_back(f.standing);
    }
    // Age a..b means born after today-(b+1) years and on or before today-a years.
    if (f.minAge >= 0) {
        where << QStringLiteral("m.birth_date <= ?");
        values.emplace_back(f.today.addYears(-f.minAge).toString(Qt::ISODate));
    }
    if (f.maxAge >= 0) {
        where << QStringLiteral("m.birth_date > ?");
        values.emplace_back(f.today.addYears(-(f.maxAge + 1)).toString(Qt::ISODate));
    }
    if (!f.educationPrefix.isEmpty()) {
        where << QStringLiteral("substr(m.education, 1, ?) = ?");
        values.emplace_back(qint64(f.educationPrefix.size()));
        values.emplace_back(f.educationPrefix);
    }
    if (f.isMobile) {
        where << QStringLiteral("m.is_mobile = ?");
        values.emplace_back(qint64(*f.isMobile ? 1 : 0));
    }
    if (f.lostContact)
        where << (*f.lostContact ? QStringLiteral("m.lost_contact_on IS NOT NULL")
                                 : QStringLiteral("m.lost_contact_on IS NULL"));
    if (f.dualRegistered)
        where << (*f.dualRegistered ? QStringLiteral("m.dual_node_id IS NOT NULL")
                                    : QStringLiteral("m.dual_node_id IS NULL"));
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}

void RosterCursor::buildArms()
{
    const QString filter = filterSql(m_values);
    const SearchTerm term = SearchTerm::parse(m_filter.search);
    const QString direction = m_order.descending ? QStringLiteral(" DESC") : QString();

    // The search as a list of conditions, each with the index order that serves it.
    struct Condition
    {
        QString where;
        QString order;
    };
    QList<Condition> conditions;
    const auto quoted = [](const QString& text) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    };
    // Search values are literals in the SQL (they are escaped), so that every arm shares the
    // filter's parameter list; the statements are prepared per search, not cached.
    const auto hashLiteral = [&](const QString& number, bool idNumber) {
        const security::Access access(m_db);
        if (!access.session())
            return QStringLiteral("NULL");
        const QByteArray hash
            = idNumber ? access.keys().idNumberHash(number) : access.keys().phoneHash(number);
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(hash.toHex()));
    };
    const auto range = [&](const QString& column, const QString& low, const QString& high) {
        return QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(column, quoted(low), quoted(high));
    };
    switch (term.kind) {
    case SearchTerm::Kind::None:
        break;
    case SearchTerm::Kind::Pinyin: {
        const QString end = asciiRangeEnd(term.text);
        conditions << Condition { range(QStringLiteral("m.spell"), term.text, end),
            QStringLiteral("m.spell") }
                   << Condition { range(QStringLiteral("m.initials"), term.text, end),
                          QStringLiteral("m.initials, m.spell") }
                   << Condition { range(QStringLiteral("m.spell_alt"), term.text, end),
                          QStringLiteral("m.spell_alt") }
                   << Condition { range(QStringLiteral("m.initials_alt"), term.text, end),
                          QStringLiteral("m.initials_alt, m.spell_alt") };
        break;
    }
    case SearchTerm::Kind::Name:
        conditions << Condition { range(QStringLiteral("m.name"), term.text, textRangeEnd(term.text)),
            QStringLiteral("m.name") };
        break;
    // Full numbers are sealed: their last 4 digits find the candidates through an index, and
    // the keyed hash of the typed number picks the one that matches.
    case SearchTerm::Kind::IdNumber:
        conditions << Condition { QStringLiteral("(m.id_last4 = %1 AND m.id_hash = %2)")
                                      .arg(quoted(term.text.right(4)), hashLiteral(term.text, true)),
            QStringLiteral("m.id_last4") };
        break;
    case SearchTerm::Kind::Phone:
        conditions << Condition { QStringLiteral("(m.mobile_last4 = %1 AND m.mobile_hash = %2)")
                                      .arg(quoted(term.text.right(4)), hashLiteral(term.text, false)),
            QStringLiteral("m.mobile_last4") };
        break;
    case SearchTerm::Kind::Digits:
        if (term.text.size() == 4) {
            conditions << Condition { QStringLiteral("m.id_last4 = %1").arg(quoted(term.text)),
                QStringLiteral("m.id_last4") }
                       << Condition { QStringLiteral("m.mobile_last4 = %1").arg(quoted(term.text)),
                              QStringLiteral("m.mobile_last4") }
                       << Condition { QStringLiteral("(m.landline_last4 = %1 AND m.landline_last4 <> '')")
                                          .arg(quoted(term.text)),
                              QStringLiteral("m.landline_last4") };
        } else {
            // A landline typed without separators (an ID number is found in full or by its last 4).
            if (term.text.size() >= 7)
                conditions << Condition { QStringLiteral("(m.landline_last4 = %1 AND m.landline_last4 <> '' "
                                                         "AND m.landline_hash = %2)")
                                              .arg(quoted(term.text.right(4)), hashLiteral(term.text, false)),
                    QStringLiteral("m.landline_last4") };
        }
        break;
    }

    const QString tail = QStringLiteral(", m.rowid") + direction;
    if (conditions.isEmpty()) {
        const QString order = orderColumn(m_order.key) + direction
            + (m_order.key == RosterSortKey::Pinyin || m_order.key == RosterSortKey::Stroke
                    ? QString()
                    : QStringLiteral(", m.sort_pinyin") + direction)
            + tail;
        m_arms.push_back(
            { QStringLiteral("SELECT m.rowid FROM member m WHERE %1 ORDER BY %2").arg(filter, order),
                QStringLiteral("SELECT count(*) FROM member m WHERE %1").arg(filter) });
        return;
    }
    if (m_order.key != RosterSortKey::Relevance) {
        // A chosen column: all matches, sorted in SQL.
        QStringList any;
        for (const Condition& c : conditions)
            any << c.where;
        const QString where = QStringLiteral("(%1) AND %2").arg(any.join(QStringLiteral(" OR ")), filter);
        const QString order = orderColumn(m_order.key) + direction
            + (m_order.key == RosterSortKey::Pinyin ? QString()
                                                    : QStringLiteral(", m.sort_pinyin") + direction)
            + tail;
        m_arms.push_back(
            { QStringLiteral("SELECT m.rowid FROM member m WHERE %1 ORDER BY %2").arg(where, order),
                QStringLiteral("SELECT count(*) FROM member m WHERE %1").arg(where) });
        return;
    }
    // (The landline conditions repeat "<> ''" so that SQLite may use its partial index.)
    // Relevance: one arm per condition, each in its own index's order (ties fall in the
    // index's own order), without the rows an earlier arm returned.
    QStringList earlier;
    for (const Condition& c : conditions) {
        QString where = c.where;
        for (const QString& before : earlier)
            where += QStringLiteral(" AND NOT coalesce(%1, 0)").arg(before);
        where += QStringLiteral(" AND ") + filter;
        m_arms.push_back(
            { QStringLiteral("SELECT m.rowid FROM member m WHERE %1 ORDER BY %2").arg(where, c.order),
                QStringLiteral("SELECT count(*) FROM member m WHERE %1").arg(where) });
        earlier << c.where;
    }
}

void RosterCursor::bindValues(storage::Statement& st, const std::vector<Value>& values) const
{
    int index = 0;
    for (const Value& value : values)
        std::visit([&](const auto& v) { st.bind(++index, v); }, value);
}

qint64 RosterCursor::count()
{
    qint64 total = 0;
    for (const Arm& arm : m_arms) {
        storage::Statement st = m_db.prepare(arm.countSql.toUtf8().constData());
        bindValues(st, m_values);
        if (st.step())
            total += st.int64(0);
    }
    return total;
}

bool RosterCursor::fetch(std::vector<qint64>& rowIds, int n)
{
    while (n > 0 && m_arm < m_arms.size()) {
        if (!m_current) {
            m_current
                = std::make_unique<storage::Statement>(m_db.prepare(m_arms[m_arm].sql.toUtf8().constData()));
            bindValues(*m_current, m_values);
        }
        while (n > 0 && m_current->step()) {
            rowIds.push_back(m_current->int64(0));
            --n;
        }
        if (n > 0) {  // this arm is exhausted
            m_current.reset();
            ++m_arm;
        }
    }
    return !atEnd();
}

}  // namespace redgrid::roster
