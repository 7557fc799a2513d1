// MemberRowPipeline: a first import reads and checks rows on a second thread. What it
// hands out must be what reading in step hands out, in the same order, with damage in
// the file and database errors arriving where they occur.
#include "importexport/MemberRowPipeline.h"
#include "importexport/MemberRowReader.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/MemberBulkLoad.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEncoder.h"
#include "roster/MemberStore.h"
#include "storage/Connection.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace redgrid;
using namespace redgrid::format;
using namespace redgrid::importexport;

namespace {

const QDate Today(2025, 6, 1);
const QString Branch = QStringLiteral("中共花园新村社区第一支部委员会");

QString idFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + roster::IdNumber::checkCharacter(first17);
}

SheetRow sheetRow(qint64 number, const QStringList& texts)
{
    SheetRow row;
    row.row = number;
    for (const QString& text : texts)
        row.cells.append({ text, text.isEmpty() ? CellType::Empty : CellType::Text });
    return row;
}

const QStringList Header { QStringLiteral("姓名"), QStringLiteral("所在党支部"),
    QStringLiteral("公民身份证号"), QStringLiteral("加入党组织日期"), QStringLiteral("转为正式党员日期") };

// A roster of `count` members below a title and a header (rows 1 and 2), with rows the
// checks reject and ID numbers that repeat spread through it.
QList<SheetRow> rosterRows(int count)
{
    QList<SheetRow> rows { sheetRow(1, { QStringLiteral("党员花名册") }), sheetRow(2, Header) };
    for (int i = 0; i < count; ++i) {
        const QDate birth = QDate(1960, 1, 1).addDays(i);
        QString id = idFor(birth, 123);
        QString joined = birth.addYears(25).toString(Qt::ISODate);
        QString name = QStringLiteral("党员%1").arg(i);
        QString org = Branch;
        if (i % 97 == 5)
            id = idFor(QDate(1960, 1, 1).addDays(i - 5), 123);  // repeats a member 5 rows up
        if (i % 101 == 7)
            id.chop(1);  // rejected: 17 characters
        if (i % 103 == 9)
            joined = QStringLiteral("2020-13-01");  // rejected: no month 13
        if (i % 211 == 11)
            org = QStringLiteral("没有这个支部");  // rejected: unknown organisation
        if (i % 307 == 13)
            name = QStringLiteral("覃%1").arg(i);
        rows.append(sheetRow(i + 3, { name, org, id, joined, birth.addYears(26).toString(Qt::ISODate) }));
    }
    return rows;
}

// Serves rows from a list; can fail part way as a damaged file does, and counts what
// was asked of it.
class ListSource final : public RowSource
{
public:
    explicit ListSource(QList<SheetRow> rows, qsizetype failAt = -1)
        : m_rows(std::move(rows))
        , m_failAt(failAt)
    {
    }
    Result<bool> next(SheetRow& row) override
    {
        const qsizetype at = m_served++;
        if (at == m_failAt)
            return Error { QStringLiteral("row %1: the bytes are not text").arg(at + 1),
                QStringLiteral("roster.csv"), at + 1 };
        if (at >= m_rows.size())
            return false;
        row = m_rows[at];
        return true;
    }
    double progress() const override { return std::min(1.0, double(m_served) / double(m_rows.size() + 1)); }
    qsizetype served() const { return m_served; }

private:
    QList<SheetRow> m_rows;
    qsizetype m_failAt;
    std::atomic<qsizetype> m_served = 0;
};

struct World
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db
        = test::createJiangbeiDatabase(dir.path(QStringLiteral("p.redgrid")));

    RecordId branch;

    World()
    {
        organisation::PartyOrg committee;
        committee.kind = organisation::OrgKind::Committee;
        committee.name = QStringLiteral("中共花园新村社区委员会");
        const auto top = organisation::OrgEditor(*db).add(committee);
        REQUIRE(top.ok());
        organisation::PartyOrg unit;
        unit.kind = organisation::OrgKind::Branch;
        unit.parentId = top->id;
        unit.name = Branch;
        const auto added = organisation::OrgEditor(*db).add(unit);
        REQUIRE(added.ok());
        branch = added->id;
    }

    MemberRowReader reader() { return MemberRowReader(*db, ColumnMapping::fromHeaders(Header), {}, Today); }
};

// What a pipeline handed out, row by row, as text to compare; then how it ended.
QStringList drain(MemberRowPipeline& pipeline)
{
    QStringList seen;
    CheckedMemberRow checked;
    for (;;) {
        auto more = pipeline.next(checked);
        if (!more) {
            seen.append(QStringLiteral("error: %1 (%2, row %3)")
                            .arg(more.error().message, more.error().file)
                            .arg(more.error().row));
            continue;  // then the end
        }
        if (!*more)
            return seen;
        const roster::Member& m = checked.result.member;
        seen.append(
            QStringLiteral("%1 | %2 | %3 %4 %5 %6 | %7 | %8")
                .arg(checked.row)
                .arg(checked.result.errors.join(QLatin1Char(';')), m.name, m.idNumber, m.orgId.toString(),
                    m.joinedOn.toString(Qt::ISODate), checked.result.warnings.join(QLatin1Char(';')),
                    checked.cells.join(QLatin1Char(','))));
    }
}

}  // namespace

TEST_CASE(
    "Import pipeline: reading ahead hands out what reading in step does, in order", "[import][pipeline]")
{
    World w;
    const QList<SheetRow> rows = rosterRows(3000);  // a dozen batches
    ListSource inStep(rows), ahead(rows);
    auto stepReader = w.reader(), aheadReader = w.reader();
    // One after the other: the two share the connection, and only the reading ahead
    // pipeline's reader takes its lock.
    MemberRowPipeline one(inStep, 2, stepReader, MemberRowPipeline::ReadAhead::No);
    const QStringList expected = drain(one);
    MemberRowPipeline two(ahead, 2, aheadReader, MemberRowPipeline::ReadAhead::OnWorkerThread);
    const QStringList got = drain(two);

    REQUIRE(expected.size() == 3000);
    CHECK(got == expected);
    // The rows the checks refuse carry their cells for the rejects file; the others none.
    CHECK(expected[5].contains(QStringLiteral("repeats row 3")));
    CHECK(expected[5].endsWith(idFor(QDate(1960, 1, 1), 123) + QStringLiteral(",1985-01-06,1986-01-06")));
    CHECK(expected[0].endsWith(QStringLiteral("| ")));
    CHECK(expected[7].contains(QStringLiteral("公民身份证号")));
    CHECK(expected[11].contains(QStringLiteral("没有这个支部")));
    CHECK(one.progress() == 1.0);  // asked after the last row
    CHECK(two.progress() == 1.0);
}

TEST_CASE("Import pipeline: damage part way comes after the rows before it", "[import][pipeline]")
{
    World w;
    const QList<SheetRow> rows = rosterRows(1000);
    for (const auto readAhead :
        { MemberRowPipeline::ReadAhead::No, MemberRowPipeline::ReadAhead::OnWorkerThread }) {
        ListSource source(rows, 700);
        auto reader = w.reader();
        MemberRowPipeline pipeline(source, 2, reader, readAhead);
        const QStringList seen = drain(pipeline);
        REQUIRE(seen.size() == 699);  // 698 data rows, then the damage
        CHECK(seen[697].startsWith(QStringLiteral("700 |")));
        CHECK(seen.back() == QStringLiteral("error: row 701: the bytes are not text (roster.csv, row 701)"));
    }
}

TEST_CASE(
    "Import pipeline: a database error of the reader is thrown in the caller's thread", "[import][pipeline]")
{
    World w;
    auto reader = w.reader();
    // The worker's first lookup of the branch fails.
    w.db->exec("ALTER TABLE party_org RENAME TO party_org_gone");
    ListSource source(rosterRows(1000));
    MemberRowPipeline pipeline(source, 2, reader, MemberRowPipeline::ReadAhead::OnWorkerThread);
    CheckedMemberRow checked;
    CHECK_THROWS_AS(
        [&] {
            for (;;) {
                auto more = pipeline.next(checked);
                REQUIRE(more.ok());
                if (!*more)
                    break;
            }
        }(),
        storage::SqliteError);
}

TEST_CASE("Import pipeline: stopped part way, the worker ends", "[import][pipeline]")
{
    World w;
    auto reader = w.reader();
    ListSource source(rosterRows(20000));
    {
        MemberRowPipeline pipeline(source, 2, reader, MemberRowPipeline::ReadAhead::OnWorkerThread);
        CheckedMemberRow checked;
        REQUIRE(pipeline.next(checked).ok());
        CHECK(checked.row == 3);
    }  // cancelled: the pipeline goes while the worker is reading
    CHECK(source.served() < 20002);
}

TEST_CASE("Import pipeline: a re-import reads each row when asked", "[import][pipeline]")
{
    World w;
    // A member on record: each row is looked up, and must see the writes before it.
    roster::Member member;
    member.name = QStringLiteral("张三");
    member.orgId = w.branch;
    member.idNumber = idFor(QDate(1950, 1, 1), 123);
    member.joinedOn = QDate(1980, 1, 1);
    member.convertedOn = QDate(1981, 1, 1);
    REQUIRE(roster::MemberEditor(*w.db).add(member).ok());
    auto reader = w.reader();
    ListSource source(rosterRows(2000));
    MemberRowPipeline pipeline(source, 2, reader, MemberRowPipeline::ReadAhead::OnWorkerThread);
    CheckedMemberRow checked;
    REQUIRE(pipeline.next(checked).ok());
    CHECK(source.served() == 3);  // the title, the header and the first data row
}

TEST_CASE("Import pipeline: members encoded by either thread are stored alike", "[import][pipeline]")
{
    World w;
    auto reader = w.reader();
    const QList<SheetRow> rows = rosterRows(4000);
    ListSource source(rows);
    roster::MemberEncoder encoder(*w.db);
    roster::MemberStore store(*w.db);
    roster::MemberEditor editor(*w.db);
    qint64 encodedByReader = 0, encodedByWriter = 0, written = 0;
    {
        storage::Transaction transaction(*w.db);
        roster::MemberBulkLoad bulk(editor);  // rows written 16 to a statement, the rest one by one
        MemberRowPipeline pipeline(source, 2, reader, MemberRowPipeline::ReadAhead::OnWorkerThread,
            MemberRowPipeline::KeptCells::OfRejectedRows, &encoder);
        CheckedMemberRow checked;
        for (;;) {
            auto more = pipeline.next(checked);
            REQUIRE(more.ok());
            if (!*more)
                break;
            // A slow writer at first: the reading thread gets ahead, and then encodes.
            if (checked.row == 3) {
                QElapsedTimer waited;
                waited.start();
                while (source.served() < 2600 && waited.elapsed() < 20000)
                    QThread::msleep(5);
            }
            if (!checked.result.ok())
                continue;
            (checked.result.encoded ? encodedByReader : encodedByWriter) += 1;
            const std::lock_guard lock(pipeline.connectionLock());
            bulk.insert(checked.result.member, checked.result.encoded ? &*checked.result.encoded : nullptr);
            ++written;
        }
        CHECK(written % 16 != 0);  // the last rows are written one by one
        const std::lock_guard lock(pipeline.connectionLock());
        bulk.finish();
        transaction.commit();
    }
    CHECK(encodedByWriter >= 256);  // the first batch, read while nothing waited
    CHECK(encodedByReader > 0);
    CHECK(store.count() == written);
    // Every member opens with its own ID number and is found by it, whoever sealed it.
    QSet<QString> seen;
    for (const SheetRow& row : rows.mid(2)) {
        const QString id = row.cells[2].text;
        if (id.size() != 18 || seen.contains(id))
            continue;  // rejected, or a repeat of a member checked already
        seen.insert(id);
        const auto found = store.lookupByIdNumber(id);
        if (!found.member)
            continue;  // a repeat or a rejected row
        CHECK(found.member->idNumber == id);
        CHECK(found.member->name == row.cells[0].text);
    }
    CHECK(store.lookupByIdNumber(idFor(QDate(1960, 1, 1).addDays(3999), 123)).member.has_value());
}
