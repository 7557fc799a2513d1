#include "storage/BoundValues.h"
#include "storage/Connection.h"
#include "storage/RollbackJournal.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::storage;

namespace {
std::unique_ptr<Connection> tableOfPeople()
{
    auto db = Connection::openInMemory();
    db->exec("CREATE TABLE person (id BLOB PRIMARY KEY, name TEXT NOT NULL UNIQUE, age INTEGER, score REAL, "
             "photo BLOB)");
    return db;
}
}  // namespace

TEST_CASE("Statement binds and reads every type, including Chinese text and NULL", "[core][storage]")
{
    auto db = tableOfPeople();
    const RecordId id = RecordId::generate();
    db->prepare("INSERT INTO person VALUES (?, ?, ?, ?, ?)")
        .bindAll(id, QStringLiteral("张三丰"), qint64(5'000'000'000), 97.5, QByteArray("\x00\x01\xff", 3))
        .run();
    db->prepare("INSERT INTO person (id, name, age) VALUES (?, ?, ?)")
        .bindAll(RecordId::generate(), QStringLiteral("单雄信"), std::optional<int>())
        .run();

    auto st = db->prepare("SELECT id, name, age, score, photo FROM person ORDER BY rowid");
    REQUIRE(st.step());
    CHECK(st.id(0) == id);
    CHECK(st.text(1) == QStringLiteral("张三丰"));
    CHECK(st.int64(2) == 5'000'000'000);
    CHECK(st.real(3) == 97.5);
    CHECK(st.blob(4) == QByteArray("\x00\x01\xff", 3));
    REQUIRE(st.step());
    CHECK(st.text(1) == QStringLiteral("单雄信"));
    CHECK(st.isNull(2));
    CHECK_FALSE(st.optionalInt(2).has_value());
    CHECK(st.text(3).isNull());
    CHECK_FALSE(st.step());
}

TEST_CASE("Cached statements are reused and can be borrowed twice at once", "[core][storage]")
{
    auto db = tableOfPeople();
    for (const char* name : { "甲", "乙", "丙" })
        db->cached("INSERT INTO person (id, name) VALUES (?, ?)").bindAll(RecordId::generate(), name).run();
    CHECK(db->scalar("SELECT count(*) FROM person") == 3);

    const char* sql = "SELECT name FROM person WHERE name <> ? ORDER BY name";
    auto outer = db->cached(sql);
    outer.bind(1, "甲");
    int pairs = 0;
    while (outer.step()) {
        auto inner = db->cached(sql);  // the same SQL while the first is still stepping
        inner.bind(1, outer.text(0));
        while (inner.step())
            ++pairs;
    }
    CHECK(pairs == 4);
}

TEST_CASE("SQL errors are thrown with SQLite's message", "[core][storage]")
{
    auto db = tableOfPeople();
    CHECK_THROWS_AS(db->prepare("SELEC nonsense"), SqliteError);
    db->prepare("INSERT INTO person (id, name) VALUES (x'01', '王五')").run();
    try {
        db->prepare("INSERT INTO person (id, name) VALUES (x'02', '王五')").run();
        FAIL("a duplicate name must be refused");
    } catch (const SqliteError& e) {
        CHECK(e.isConstraint());
        CHECK(e.message().contains(QStringLiteral("UNIQUE")));
    }
}

TEST_CASE("Transaction commits, rolls back when left, and nests as savepoints", "[core][storage]")
{
    auto db = tableOfPeople();
    const auto count = [&] { return db->scalar("SELECT count(*) FROM person"); };

    {
        Transaction tx(*db);
        db->exec("INSERT INTO person (id, name) VALUES (x'01', 'a')");
        tx.commit();
    }
    CHECK(count() == 1);
    CHECK_FALSE(db->inTransaction());

    {
        Transaction tx(*db);
        db->exec("INSERT INTO person (id, name) VALUES (x'02', 'b')");
    }  // not committed
    CHECK(count() == 1);

    try {
        Transaction tx(*db);
        db->exec("INSERT INTO person (id, name) VALUES (x'03', 'c')");
        db->exec("INSERT INTO person (id, name) VALUES (x'04', 'c')");  // throws: name is unique
        tx.commit();
    } catch (const SqliteError&) {
    }
    CHECK(count() == 1);
    CHECK_FALSE(db->inTransaction());

    {
        Transaction outer(*db);
        db->exec("INSERT INTO person (id, name) VALUES (x'05', 'kept')");
        {
            Transaction inner(*db);
            db->exec("INSERT INTO person (id, name) VALUES (x'06', 'dropped')");
        }  // the savepoint rolls back alone
        {
            Transaction inner(*db);
            db->exec("INSERT INTO person (id, name) VALUES (x'07', 'nested')");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(count() == 3);
    CHECK(db->scalar("SELECT count(*) FROM person WHERE name = 'dropped'") == 0);
}

TEST_CASE("A second connection's write lock makes BEGIN IMMEDIATE fail as busy", "[core][storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("lock.sqlite"));
    auto first = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
    first->exec("PRAGMA journal_mode = WAL; CREATE TABLE t (id INTEGER PRIMARY KEY)");
    auto second = Connection::open(path, Connection::OpenMode::ReadWrite);
    second->setBusyTimeout(50);

    Transaction holding(*first);
    try {
        Transaction tx(*second);
        FAIL("the second writer must be refused");
    } catch (const SqliteError& e) {
        CHECK(e.isBusy());
    }
    CHECK_FALSE(second->inTransaction());
}

TEST_CASE("Bound values keep Statement's rules: '' is text, NULL only when asked; Chinese text as UTF-8",
    "[core][storage]")
{
    auto db = tableOfPeople();
    BoundValues values;
    values.add(QStringLiteral("曾勇"));
    values.add(std::optional<qint64>());  // age: NULL
    values.add(QByteArray());  // photo: an empty blob, not NULL
    {
        auto st = db->prepare("INSERT INTO person (id, name, age, photo) VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, RecordId::generate());
        values.bindTo(st, 2);
        st.run();
    }
    BoundValues second;
    second.add(QString());  // a null QString is '' as with Statement::bind
    second.add(qint64(70));
    second.add(RecordId());  // the null id is NULL
    {
        auto st = db->prepare("INSERT INTO person (id, name, age, photo) VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, RecordId::generate());
        second.bindTo(st, 2);
        st.run();
    }
    auto read = db->prepare("SELECT name, age IS NULL, typeof(photo), length(name) FROM person ORDER BY age");
    REQUIRE(read.step());
    CHECK(read.text(0) == QStringLiteral("曾勇"));
    CHECK(read.int64(1) == 1);
    CHECK(read.text(2) == QStringLiteral("blob"));
    CHECK(read.int64(3) == 2);  // characters, so stored as UTF-8 text
    REQUIRE(read.step());
    CHECK(read.text(0).isEmpty());
    CHECK(read.int64(1) == 0);
    CHECK(read.text(2) == QStringLiteral("null"));
}

TEST_CASE("Bound values share one buffer: each value keeps its own bytes however the buffer grows",
    "[core][storage]")
{
    auto db = tableOfPeople();
    const RecordId id = RecordId::generate();
    const QString longName = QStringLiteral("重庆市江北区观音桥街道建新北路社区").repeated(20);
    const QByteArray photo("\x00\xff\x01photo\x00", 9);
    BoundValues values;
    values.reserve(5, 4);  // far too small: the buffer moves while values are added
    values.add(id);
    values.add(longName);
    values.add(qint64(42));
    values.add(QStringLiteral("x"));  // score: text in a REAL column stays text
    values.add(photo);
    {
        auto st = db->prepare("INSERT INTO person (id, name, age, score, photo) VALUES (?, ?, ?, ?, ?)");
        values.bindTo(st, 1);
        st.run();
    }
    auto read = db->prepare("SELECT id, name, age, score, photo FROM person");
    REQUIRE(read.step());
    CHECK(read.id(0) == id);
    CHECK(read.text(1) == longName);
    CHECK(read.int64(2) == 42);
    CHECK(read.text(3) == QStringLiteral("x"));
    CHECK(read.blob(4) == photo);
}

TEST_CASE("A rollback journal for a bulk write: only on the sole connection, WAL mode again afterwards",
    "[core][storage]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bulk.sqlite"));
    auto db = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
    db->exec("PRAGMA journal_mode = WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    const auto journalMode = [&] {
        auto st = db->prepare("PRAGMA journal_mode");
        REQUIRE(st.step());
        return st.text(0);
    };

    {
        RollbackJournal journal(*db);
        CHECK(journal.active());
        CHECK(journalMode() == QStringLiteral("delete"));
        Transaction tx(*db);
        db->exec("INSERT INTO t (v) VALUES ('一'), ('二')");
        tx.commit();
    }
    CHECK(journalMode() == QStringLiteral("wal"));
    CHECK(db->scalar("SELECT count(*) FROM t") == 2);

    // Another connection (a reader of the GUI) keeps the file in WAL mode: the write is made
    // there, as safely.
    auto reader = Connection::open(path, Connection::OpenMode::ReadOnly);
    CHECK(reader->scalar("SELECT count(*) FROM t") == 2);
    {
        RollbackJournal journal(*db);
        CHECK_FALSE(journal.active());
        CHECK(journalMode() == QStringLiteral("wal"));
        Transaction tx(*db);
        db->exec("INSERT INTO t (v) VALUES ('三')");
        tx.commit();
    }
    CHECK(journalMode() == QStringLiteral("wal"));
    CHECK(reader->scalar("SELECT count(*) FROM t") == 3);

    // Inside a transaction the mode cannot change: nothing is tried.
    reader.reset();
    Transaction tx(*db);
    RollbackJournal inside(*db);
    CHECK_FALSE(inside.active());
}
