// Files being written (issue 24 §3): a writer that fails or is cancelled leaves nothing
// beside its target, and the sweep at start removes what a killed process left, never what a
// running one is writing nor a file RedGrid did not name.
#include "format/TableWriter.h"
#include "format/XlsxWriter.h"
#include "importexport/MemberExporter.h"
#include "storage/UnfinishedFile.h"
#include "storage/UnfinishedFileRegistry.h"
#include "support/AreaDemo.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

QStringList everything(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Notes an entry for a process that has ended, as a killed writer leaves it.
void noteForEndedProcess(const QString& path)
{
    static int entries = 0;
    QProcess ended;
    ended.start(QStringLiteral("/bin/true"), QStringList {});
    REQUIRE(ended.waitForStarted(10000));
    const qint64 pid = ended.processId();
    REQUIRE(ended.waitForFinished(10000));
    const QString entry
        = storage::UnfinishedFileRegistry::folder() + QStringLiteral("/%1-test%2").arg(pid).arg(++entries);
    REQUIRE(QDir().mkpath(storage::UnfinishedFileRegistry::folder()));
    test::writeText(entry, QStringLiteral("%1\n12345\n%2\n").arg(pid).arg(path));
}

}  // namespace

TEST_CASE("A writer that is cancelled or fails leaves nothing beside its target", "[files]")
{
    test::TempDir dir;
    const QString out = dir.path(QStringLiteral("导出"));
    REQUIRE(QDir().mkpath(out));

    SECTION("a table discarded part way, as CSV and as a workbook")
    {
        for (const QString& name : { QStringLiteral("名单.csv"), QStringLiteral("名单.xlsx") }) {
            auto writer = format::TableWriter::create(QDir(out).filePath(name), QStringLiteral("党员"));
            REQUIRE(writer.ok());
            REQUIRE((*writer)->writeRow({ QStringLiteral("姓名"), QStringLiteral("公民身份号码") }));
            REQUIRE((*writer)->writeRow({ QStringLiteral("张三"), QStringLiteral("11010519491231002X") }));
            CHECK_FALSE(everything(out).isEmpty());  // the unfinished file, and a workbook's scratch folder
            (*writer)->discard();
            CHECK(everything(out).isEmpty());
        }
    }
    SECTION("a workbook whose target turns into a folder before it is put in place")
    {
        const QString target = QDir(out).filePath(QStringLiteral("名单.xlsx"));
        auto writer = format::XlsxWriter::create(target);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->addSheet(QStringLiteral("党员"), { QStringLiteral("姓名") }));
        REQUIRE((*writer)->addRow({ QStringLiteral("张三") }));
        REQUIRE(QDir().mkdir(target));
        const Status finished = (*writer)->finish();
        REQUIRE_FALSE(finished.ok());
        CHECK(finished.error().file == QDir::toNativeSeparators(target));
        writer->reset();
        CHECK(everything(out) == QStringList { QStringLiteral("名单.xlsx") });
    }
    SECTION("an export cancelled part way, unmasked")
    {
        test::AreaDemo demo;
        auto& db = demo.admin;
        importexport::MemberExportOptions options;
        options.exposure = roster::Exposure::Unmasked;
        for (const QString& name : { QStringLiteral("名单.csv"), QStringLiteral("名单.xlsx") }) {
            const auto exported = importexport::MemberExporter(*db).run(
                QDir(out).filePath(name), options, [](qint64, qint64) { return false; });
            REQUIRE_FALSE(exported.ok());
            CHECK(everything(out).isEmpty());
        }
    }
}

TEST_CASE("The sweep removes what ended processes left, nothing else", "[files]")
{
    test::TempDir dir;
    QDir(storage::UnfinishedFileRegistry::folder()).removeRecursively();

    // Left by a killed export: a file and a scratch folder with a sheet in it.
    const QString leftFile = dir.path(QStringLiteral(".名单.xlsx.a1b2c3.part"));
    test::writeText(leftFile, QStringLiteral("11010519491231002X"));
    const QString leftFolder = dir.path(QStringLiteral(".名单.xlsx.d4e5f6.part"));
    REQUIRE(QDir().mkpath(leftFolder));
    test::writeText(leftFolder + QStringLiteral("/tmp.sheet1"), QStringLiteral("11010519491231002X"));
    // Left by a killed demo, with its log.
    const QString creating = dir.path(QStringLiteral("演示.redgrid.creating"));
    test::writeText(creating, QStringLiteral("SQLite format 3"));
    test::writeText(creating + QStringLiteral("-wal"), QStringLiteral("log"));
    // An entry that names a file RedGrid never names so: a damaged or forged entry.
    const QString userFile = dir.path(QStringLiteral("工作总结.docx"));
    test::writeText(userFile, QStringLiteral("the user's own file"));
    for (const QString& path : { leftFile, leftFolder, creating, userFile })
        noteForEndedProcess(path);

    // Being written by this process, which runs.
    auto running = storage::UnfinishedFile::create(dir.path(QStringLiteral("进行中.csv")));
    REQUIRE(running.ok());

    CHECK(storage::UnfinishedFileRegistry::sweep() == 3);
    CHECK_FALSE(QFileInfo::exists(leftFile));
    CHECK_FALSE(QFileInfo::exists(leftFolder));
    CHECK_FALSE(QFileInfo::exists(creating));
    CHECK_FALSE(QFileInfo::exists(creating + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(userFile));
    CHECK(QFileInfo::exists((*running)->path()));
    // The ended processes' entries are gone; the running one's stays until it is done.
    CHECK(QDir(storage::UnfinishedFileRegistry::folder()).entryList(QDir::Files).size() == 1);
    running->reset();
    CHECK(QDir(storage::UnfinishedFileRegistry::folder()).entryList(QDir::Files).isEmpty());
    CHECK(everything(dir.root()) == QStringList { QStringLiteral("工作总结.docx") });
}
