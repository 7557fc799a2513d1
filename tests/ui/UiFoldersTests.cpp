// The folders of ui/ depend on each other in one direction only (a feature folder may use
// ui/common and the folders below it, never one that uses it back), and each lists its own
// sources in a CMakeLists.txt, as core/'s folders do. Read from the #include lines of the
// sources, as a newcomer would check it with grep.
#include "UiTestSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

using FolderIncludes = QMap<QString, QSet<QString>>;  // folder → the folders it includes

// ui/X/… including "ui/Y/…" (or "../Y/…") makes X depend on Y.
FolderIncludes folderIncludes(const QString& uiDir)
{
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*"(?:ui/|\.\./)([A-Za-z_]+)/)"),
        QRegularExpression::MultilineOption);
    FolderIncludes edges;
    QDirIterator it(
        uiDir, { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString folder = QDir(uiDir).relativeFilePath(file).section(QLatin1Char('/'), 0, 0);
        if (!file.mid(uiDir.size() + 1).contains(QLatin1Char('/')))
            continue;  // a file of ui/ itself
        QFile source(file);
        REQUIRE(source.open(QIODevice::ReadOnly));
        edges[folder];  // a folder that includes nothing is still a folder
        auto matches = include.globalMatch(QString::fromUtf8(source.readAll()));
        while (matches.hasNext()) {
            const QString included = matches.next().captured(1);
            if (included != folder)
                edges[folder].insert(included);
        }
    }
    return edges;
}

// A loop of folders (its first folder repeated at its end), or nothing.
QStringList findLoop(const FolderIncludes& edges)
{
    enum class Mark { New, OnPath, Done };
    QHash<QString, Mark> marks;
    QStringList path;
    std::function<QStringList(const QString&)> visit = [&](const QString& folder) -> QStringList {
        marks[folder] = Mark::OnPath;
        path.append(folder);
        QStringList next(edges.value(folder).begin(), edges.value(folder).end());
        next.sort();
        for (const QString& to : std::as_const(next)) {
            if (marks.value(to) == Mark::OnPath)
                return path.mid(path.indexOf(to)) << to;
            if (marks.value(to) == Mark::New) {
                if (QStringList loop = visit(to); !loop.isEmpty())
                    return loop;
            }
        }
        path.removeLast();
        marks[folder] = Mark::Done;
        return {};
    };
    for (auto it = edges.begin(); it != edges.end(); ++it) {
        if (marks.value(it.key()) == Mark::New) {
            if (QStringList loop = visit(it.key()); !loop.isEmpty())
                return loop;
        }
    }
    return {};
}

QString describe(const FolderIncludes& edges)
{
    QStringList lines;
    for (auto it = edges.begin(); it != edges.end(); ++it) {
        QStringList to(it.value().begin(), it.value().end());
        to.sort();
        lines << it.key() + QStringLiteral(" → ") + to.join(QStringLiteral(", "));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

TEST_CASE("The loop check finds two folders that include each other, and a longer loop", "[ui][folders]")
{
    test::TempDir dir;
    const QString ui = dir.path(QStringLiteral("ui"));
    const auto write = [&](const QString& file, const QString& text) {
        QDir().mkpath(QFileInfo(ui + QLatin1Char('/') + file).absolutePath());
        test::writeText(ui + QLatin1Char('/') + file, text);
    };
    write(QStringLiteral("common/Field.h"), QStringLiteral("#pragma once\n"));
    write(QStringLiteral("organisation/OrgDialog.cpp"),
        QStringLiteral("#include \"ui/common/Field.h\"\n#include \"ui/roster/DateField.h\"\n"));
    write(QStringLiteral("roster/MemberForm.cpp"),
        QStringLiteral("#include \"ui/organisation/OrgComboBox.h\"\n"));
    CHECK(findLoop(folderIncludes(ui))
        == QStringList {
            QStringLiteral("organisation"), QStringLiteral("roster"), QStringLiteral("organisation") });

    // Through a third folder and a relative include; commented-out lines do not count.
    write(QStringLiteral("organisation/OrgDialog.cpp"),
        QStringLiteral("#include \"../security/Picker.h\"\n// #include \"ui/roster/DateField.h\"\n"));
    write(
        QStringLiteral("security/Picker.cpp"), QStringLiteral("  #  include \"ui/roster/NodeChooser.h\"\n"));
    CHECK(findLoop(folderIncludes(ui)).size() == 4);

    write(QStringLiteral("roster/MemberForm.cpp"), QStringLiteral("#include \"ui/common/Field.h\"\n"));
    CHECK(findLoop(folderIncludes(ui)).isEmpty());
}

TEST_CASE("No folder of ui/ includes another that includes it back", "[ui][folders]")
{
    const FolderIncludes edges = folderIncludes(QStringLiteral(REDGRID_SOURCE_DIR "/ui"));
    INFO(describe(edges).toStdString());
    REQUIRE(edges.contains(QStringLiteral("roster")));
    REQUIRE(edges.contains(QStringLiteral("organisation")));
    CHECK(findLoop(edges).join(QStringLiteral(" → ")) == QString());
    // The two the issue names: a member's organisation is chosen in ui/organisation's widgets,
    // which know nothing of the roster.
    CHECK_FALSE(edges.value(QStringLiteral("organisation")).contains(QStringLiteral("roster")));
    // Shared widgets depend on no feature.
    CHECK(edges.value(QStringLiteral("common")).isEmpty());
}

TEST_CASE("Every folder of ui/ lists its own sources in a CMakeLists.txt", "[ui][folders]")
{
    const QDir ui(QStringLiteral(REDGRID_SOURCE_DIR "/ui"));
    const QStringList folders = ui.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(folders.size() >= 7);
    // ui/CMakeLists.txt adds every folder that has a CMakeLists.txt: a new feature needs no line there.
    const QString top = QString::fromUtf8(test::readBytes(ui.filePath(QStringLiteral("CMakeLists.txt"))));
    CHECK(top.contains(QStringLiteral("*/CMakeLists.txt")));
    for (const QString& folder : folders) {
        INFO(folder.toStdString());
        const QString lists = ui.filePath(folder + QStringLiteral("/CMakeLists.txt"));
        REQUIRE(QFileInfo::exists(lists));
        // Every source of the folder is named in its list, and no other folder's.
        const QString listed = QString::fromUtf8(test::readBytes(lists));
        const QStringList sources
            = QDir(ui.filePath(folder))
                  .entryList({ QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files);
        for (const QString& source : sources) {
            INFO(source.toStdString());
            CHECK(listed.contains(QRegularExpression(
                QStringLiteral("(^|\\s)%1(\\s|\\))").arg(QRegularExpression::escape(source)))));
        }
        CHECK_FALSE(listed.contains(QStringLiteral("../")));
    }
}
