#include "MembersCommand.h"

#include "importexport/MemberExporter.h"
#include "organisation/OrgStore.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"
#include "storage/Connection.h"

#include <QJsonArray>

namespace redgrid::cli {

using importexport::RosterField;

QString MembersCommand::summary() const
{
    return tr("List party members, searched and sorted as in the roster (ID numbers and phones masked).");
}

void MembersCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_search, m_org, m_sort, m_limit, m_json });
}

int MembersCommand::run(const QCommandLineParser& parser)
{
    roster::RosterOrder order;
    const QString sort = parser.value(m_sort);
    if (sort == QLatin1String("stroke"))
        order.key = roster::RosterSortKey::Stroke;
    else if (!sort.isEmpty() && sort != QLatin1String("pinyin")) {
        printUsageError(tr("--sort takes pinyin or stroke"));
        return UsageError;
    }
    bool numeric = true;
    const int limit = parser.isSet(m_limit) ? parser.value(m_limit).toInt(&numeric) : 50;
    if (!numeric || limit < 0) {
        printUsageError(tr("--limit needs a number"));
        return UsageError;
    }
    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();

    roster::RosterFilter filter;
    filter.search = parser.value(m_search);
    if (parser.isSet(m_org)) {
        auto org = organisation::OrgStore(*db).find(parser.value(m_org));
        if (!org) {
            return fail(org.error());
        }
        filter.orgId = org->id;
    }
    // An explicit --sort orders the matches; otherwise a search lists its best matches first.
    if (!filter.search.trimmed().isEmpty() && sort.isEmpty())
        order.key = roster::RosterSortKey::Relevance;

    std::vector<qint64> rowIds;
    roster::RosterCursor cursor(*db, filter, order);
    const qint64 total = cursor.count();
    cursor.fetch(rowIds, limit == 0 ? int(qMin<qint64>(total, std::numeric_limits<int>::max())) : limit);
    const auto rows = roster::MemberStore(*db).rows(rowIds, roster::Exposure::Masked);

    const QList<RosterField> fields { RosterField::Name, RosterField::Sex, RosterField::BirthDate,
        RosterField::Category, RosterField::Org, RosterField::IdNumber, RosterField::Mobile };
    const QDate today = QDate::currentDate();
    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const auto& row : rows) {
            QJsonObject object;
            for (RosterField field : fields)
                object.insert(importexport::fieldInfo(field).key,
                    importexport::MemberExporter::cell(row, field, 0, today));
            object.insert(QStringLiteral("org_code"), row.orgCode);
            list.append(object);
        }
        printJson({ { QStringLiteral("total"), total }, { QStringLiteral("shown"), qint64(rows.size()) },
            { QStringLiteral("members"), list } });
        return Success;
    }
    for (const auto& row : rows)
        printLine(importexport::MemberExporter::cells(row, fields, 0, today).join(QLatin1Char('\t')));
    printLine(tr("%1 of %2 member(s)").arg(rows.size()).arg(total));
    return Success;
}

}  // namespace redgrid::cli
