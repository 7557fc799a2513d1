// The folders of core/ are layers: no folder may reach itself again through the #include
// lines of its files. Issue 22 removed the loops names → importexport → roster → names (the
// name readings read their CSV through the importer's folder) and security → hierarchy →
// security (the levels a role's area lies at now live in common/NodeKind.h); this keeps
// such loops away.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <catch2/catch.hpp>

#include <functional>

namespace {

// Folder → folder it includes → the first line that does it ("core/names/NameReadings.cpp:4").
using FolderGraph = QMap<QString, QMap<QString, QString>>;

FolderGraph includeGraph(const QString& root)
{
    const QDir rootDir(root);
    const QStringList folders = rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QSet<QString> known(folders.begin(), folders.end());
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*"([A-Za-z0-9_]+)/)"));
    FolderGraph graph;
    for (const QString& folder : folders) {
        graph[folder];
        QDirIterator files(rootDir.filePath(folder), { QStringLiteral("*.h"), QStringLiteral("*.cpp") },
            QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const QString target = include.match(line).captured(1);
                if (target.isEmpty() || target == folder || !known.contains(target))
                    continue;
                QString& where = graph[folder][target];
                if (where.isEmpty())
                    where = QStringLiteral("%1:%2").arg(rootDir.relativeFilePath(path)).arg(lineNumber);
            }
        }
    }
    return graph;
}

// A loop of folders as "a → b → a" with the include line of each step, or empty if none.
QString findLoop(const FolderGraph& graph)
{
    enum class Mark { New, OnPath, Done };
    QMap<QString, Mark> marks;
    QStringList path;
    QString loop;
    std::function<bool(const QString&)> visit = [&](const QString& folder) {
        marks[folder] = Mark::OnPath;
        path.append(folder);
        const QMap<QString, QString> targets = graph.value(folder);
        for (auto to = targets.constBegin(); to != targets.constEnd(); ++to) {
            const Mark mark = marks.value(to.key(), Mark::New);
            if (mark == Mark::OnPath) {
                const QStringList cycle = path.mid(path.indexOf(to.key())) << to.key();
                QStringList steps;
                for (qsizetype i = 0; i + 1 < cycle.size(); ++i)
                    steps << QStringLiteral("%1 → %2 (%3)")
                                 .arg(cycle[i], cycle[i + 1], graph.value(cycle[i]).value(cycle[i + 1]));
                loop = steps.join(QStringLiteral("; "));
                return true;
            }
            if (mark == Mark::New && visit(to.key()))
                return true;
        }
        path.removeLast();
        marks[folder] = Mark::Done;
        return false;
    };
    for (auto folder = graph.constBegin(); folder != graph.constEnd(); ++folder)
        if (marks.value(folder.key(), Mark::New) == Mark::New && visit(folder.key()))
            return loop;
    return {};
}

}  // namespace

TEST_CASE("Folder loops: the check finds a loop and names its include lines", "[core][layers]")
{
    FolderGraph graph;
    graph[QStringLiteral("names")][QStringLiteral("importexport")]
        = QStringLiteral("names/NameReadings.cpp:4");
    graph[QStringLiteral("importexport")][QStringLiteral("roster")] = QStringLiteral("importexport/A.cpp:7");
    graph[QStringLiteral("roster")][QStringLiteral("names")] = QStringLiteral("roster/B.cpp:9");
    graph[QStringLiteral("roster")][QStringLiteral("common")] = QStringLiteral("roster/B.cpp:3");
    graph[QStringLiteral("common")];
    const QString loop = findLoop(graph);
    CHECK(loop.contains(QStringLiteral("names → importexport (names/NameReadings.cpp:4)")));
    CHECK(loop.contains(QStringLiteral("importexport → roster (importexport/A.cpp:7)")));
    CHECK(loop.contains(QStringLiteral("roster → names (roster/B.cpp:9)")));

    graph[QStringLiteral("names")].remove(QStringLiteral("importexport"));
    CHECK(findLoop(graph).isEmpty());
}

TEST_CASE("Folder loops: no folder of core/ reaches itself through its includes", "[core][layers]")
{
    const FolderGraph graph = includeGraph(QStringLiteral(REDGRID_SOURCE_DIR "/core"));
    REQUIRE(graph.contains(QStringLiteral("roster")));
    REQUIRE(graph.value(QStringLiteral("roster")).contains(QStringLiteral("storage")));  // the scan reads

    const QString loop = findLoop(graph);
    INFO(loop.toStdString());
    CHECK(loop.isEmpty());
}

TEST_CASE("Folder loops: core/format includes no domain folder", "[core][layers][format]")
{
    const FolderGraph graph = includeGraph(QStringLiteral(REDGRID_SOURCE_DIR "/core"));
    const QSet<QString> allowed { QStringLiteral("common"), QStringLiteral("storage") };
    const QMap<QString, QString> targets = graph.value(QStringLiteral("format"));
    REQUIRE_FALSE(targets.isEmpty());  // it reads Result from common
    for (auto to = targets.constBegin(); to != targets.constEnd(); ++to) {
        INFO("format includes " << to.key().toStdString() << " at " << to.value().toStdString());
        CHECK(allowed.contains(to.key()));
    }
}
