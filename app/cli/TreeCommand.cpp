#include "TreeCommand.h"

#include "hierarchy/HierarchyStore.h"
#include "storage/Connection.h"

#include <QTextStream>

#include <cstdio>

namespace redgrid::cli {

using namespace hierarchy;

namespace {

void printSubtree(
    HierarchyStore& store, QTextStream& out, const HierarchyNode& node, int indent, int depthLeft)
{
    out << QString(indent * 2, QLatin1Char(' ')) << node.name << QStringLiteral("  ") << node.code
        << QStringLiteral("  ") << NodeLabels::kind(node.kind);
    if (node.households)
        out << QStringLiteral("  ") << TreeCommand::tr("%n household(s)", nullptr, *node.households);
    out << '\n';
    if (depthLeft == 0)
        return;
    for (const HierarchyNode& child : store.children(node.id))
        printSubtree(store, out, child, indent + 1, depthLeft - 1);
}

}  // namespace

QString TreeCommand::summary() const
{
    return tr("Print the hierarchy as an indented tree: name, code and kind of each node.");
}

void TreeCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_depth, m_from });
}

int TreeCommand::run(const QCommandLineParser& parser)
{
    int depth = -1;
    if (parser.isSet(m_depth)) {
        bool ok = false;
        depth = parser.value(m_depth).toInt(&ok);
        if (!ok || depth < 0) {
            printUsageError(tr("--depth must be a whole number, 0 or more"));
            return UsageError;
        }
    }
    const QString path = parser.positionalArguments().constFirst();
    auto db = openDatabase(path);
    if (!db)
        return openFailure();
    HierarchyStore store(*db);
    const auto start = parser.isSet(m_from) ? store.nodeByCode(parser.value(m_from).trimmed()) : store.root();
    if (!start) {
        printError(Error::inFile(path,
            parser.isSet(m_from) ? tr("no node has the code %1").arg(parser.value(m_from))
                                 : tr("the database has no district yet")));
        return DataError;
    }
    QTextStream out(stdout);
    printSubtree(store, out, *start, 0, depth);
    return Success;
}

}  // namespace redgrid::cli
