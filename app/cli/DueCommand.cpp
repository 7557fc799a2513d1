#include "DueCommand.h"

#include "due/DueList.h"
#include "organisation/OrgStore.h"
#include "storage/Connection.h"

#include <QJsonArray>

namespace redgrid::cli {

QString DueCommand::summary() const
{
    return tr(
        "List what is due (本月待办): this period's required meetings not yet held, and the overdue ones.");
}

void DueCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_json, m_scope, m_date });
}

int DueCommand::run(const QCommandLineParser& parser)
{
    QDate date = QDate::currentDate();
    if (parser.isSet(m_date)) {
        date = QDate::fromString(parser.value(m_date), Qt::ISODate);
        if (!date.isValid()) {
            printUsageError(tr("--date takes a date as yyyy-MM-dd"));
            return UsageError;
        }
    }
    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();
    RecordId below;
    if (parser.isSet(m_scope)) {
        auto found = organisation::OrgStore(*db).find(parser.value(m_scope));
        if (!found)
            return fail(found.error());
        below = found->id;
    }
    const QList<due::DueItem> items = due::DueList(*db).collect(date, below);
    if (parser.isSet(m_json)) {
        QJsonArray list;
        for (const due::DueItem& item : items)
            list.append(QJsonObject { { QStringLiteral("org"), item.orgCode },
                { QStringLiteral("org_name"), item.orgName }, { QStringLiteral("rule"), item.rule },
                { QStringLiteral("title"), item.title },
                { QStringLiteral("due_on"), item.dueOn.toString(Qt::ISODate) },
                { QStringLiteral("severity"), due::severityKey(item.severity) },
                { QStringLiteral("source"), item.source } });
        printJson(
            { { QStringLiteral("date"), date.toString(Qt::ISODate) }, { QStringLiteral("items"), list } });
        return Success;
    }
    QString lastOrg;
    for (const due::DueItem& item : items) {
        if (item.orgCode != lastOrg) {
            printLine(QStringLiteral("%1 %2").arg(item.orgCode, item.orgName));
            lastOrg = item.orgCode;
        }
        printLine(QStringLiteral("  %1\t%2\t%3\t%4")
                      .arg(due::DueWords::severityLabel(item.severity), item.dueOn.toString(Qt::ISODate),
                          item.title, item.source));
    }
    if (items.isEmpty())
        printLine(tr("Nothing is due on %1.").arg(date.toString(Qt::ISODate)));
    return Success;
}

}  // namespace redgrid::cli
