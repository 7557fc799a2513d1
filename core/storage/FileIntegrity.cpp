#include "FileIntegrity.h"

#include "Connection.h"
#include "SqliteError.h"
#include "Statement.h"

#include <QDeadlineTimer>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace redgrid::storage {

namespace {

// Interrupts the statement running on `connection` once `deadline` has passed, through
// SQLite's progress handler; removed again when it goes out of scope.
class Deadline
{
public:
    Deadline(Connection& connection, int milliseconds)
        : m_connection(connection)
        , m_deadline(milliseconds)
    {
        sqlite3_progress_handler(connection.handle(), 1000, &Deadline::passed, this);
    }
    ~Deadline() { sqlite3_progress_handler(m_connection.handle(), 0, nullptr, nullptr); }
    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;

private:
    static int passed(void* self) { return static_cast<Deadline*>(self)->m_deadline.hasExpired() ? 1 : 0; }

    Connection& m_connection;
    QDeadlineTimer m_deadline;
};

// One row of SQLite's check, a finding a line ("ok" when there is none); the line naming the
// schema checked ("*** in database main ***") says nothing to a user.
QStringList findings(const QString& row)
{
    QStringList found;
    for (const QString& line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
            found << line.trimmed();
    }
    return found;
}

// SQLite's findings of one quick_check; nothing when it ran out of time.
std::optional<QStringList> quickCheck(Connection& connection, const QByteArray& pragma, int budgetMs)
{
    QStringList found;
    try {
        Deadline deadline(connection, budgetMs);
        Statement check = connection.prepare(pragma.constData());
        while (check.step())
            found << findings(check.text(0));
    } catch (const SqliteError& e) {
        if (e.code() == SQLITE_INTERRUPT)
            return std::nullopt;
        if (!e.isDamage())
            throw;
        // Pages so damaged that the check itself stops on them.
        found << e.message();
    }
    return found;
}

QByteArray quoted(const QString& name)
{
    QString inner = name;
    return '"' + inner.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
}

}  // namespace

QStringList FileIntegrity::problems(Connection& connection, Depth depth, int limit)
{
    QStringList found;
    const QByteArray pages = (depth == Depth::Full ? QByteArrayLiteral("PRAGMA integrity_check(")
                                                   : QByteArrayLiteral("PRAGMA quick_check("))
        + QByteArray::number(limit) + ')';
    Statement check = connection.prepare(pages.constData());
    while (check.step()) {
        for (const QString& finding : findings(check.text(0)))
            found << tr("damaged: %1").arg(finding);
    }
    Statement references = connection.prepare("PRAGMA foreign_key_check");
    while (references.step() && found.size() < limit)
        found << tr("table %1, row %2 refers to a missing row of %3")
                     .arg(references.text(0))
                     .arg(references.int64(1))
                     .arg(references.text(2));
    return found;
}

FileIntegrity::OpenCheck FileIntegrity::onOpen(Connection& connection, int budgetMs)
{
    constexpr int Limit = 20;
    OpenCheck result;
    if (auto whole
        = quickCheck(connection, "PRAGMA quick_check(" + QByteArray::number(Limit) + ')', budgetMs)) {
        result.problems = *whole;
        return result;
    }
    // Too big to check whole on open: each table with its indexes, a share of the budget each.
    QStringList tables;
    Statement list = connection.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rootpage");
    while (list.step())
        tables << list.text(0);
    const int share = std::max(50, budgetMs / std::max<int>(1, int(tables.size())));
    for (const QString& table : std::as_const(tables)) {
        auto found = quickCheck(connection, "PRAGMA quick_check(" + quoted(table) + ')', share);
        if (!found)
            result.unchecked << table;
        else
            result.problems << *found;
        if (result.problems.size() >= Limit)
            break;
    }
    return result;
}

}  // namespace redgrid::storage
