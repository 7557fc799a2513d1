#include "DivisionImporter.h"

#include "common/Digits.h"
#include "format/CsvReader.h"
#include "format/TextDecoder.h"
#include "hierarchy/DivisionCode.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/FileKind.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <optional>
#include <variant>

namespace redgrid::importexport {

using hierarchy::DivisionCode;
using hierarchy::HierarchyNode;
using hierarchy::NodeKind;
using hierarchy::NodeLevel;

namespace {

constexpr int StatisticalCodeLength = 12;

enum Column { CodeColumn, NameColumn, ParentColumn, LevelColumn, ColumnCount };

// Header names, compared lower-case without spaces, '_' and '-'.
const std::array<QStringList, ColumnCount> columnNames {
    QStringList { QStringLiteral("code"), QStringLiteral("代码"), QStringLiteral("区划代码"),
        QStringLiteral("统计用区划代码") },
    QStringList { QStringLiteral("name"), QStringLiteral("名称"), QStringLiteral("区划名称") },
    QStringList { QStringLiteral("parentcode"), QStringLiteral("上级代码"), QStringLiteral("父级代码"),
        QStringLiteral("上级区划代码") },
    QStringList { QStringLiteral("level"), QStringLiteral("级别"), QStringLiteral("层级") },
};
const std::array<const char*, ColumnCount> columnKeys { "code", "name", "parent_code", "level" };

QString normalizedHeader(const QString& field)
{
    QString key = field.trimmed().toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return key;
}

// Where each column is, and how many fields a row has.
struct Layout
{
    Q_DECLARE_TR_FUNCTIONS(DivisionImporter)

public:
    std::array<int, ColumnCount> index { 0, 1, 2, 3 };
    int fieldCount = ColumnCount;
    bool hasHeader = false;

    // From the first record: a header unless its first field is a code.
    static Result<Layout> of(const format::CsvRecord& first);
};

Result<Layout> Layout::of(const format::CsvRecord& first)
{
    Layout layout;
    layout.hasHeader = !allDigits(first.fields.first().trimmed());
    if (!layout.hasHeader)
        return layout;
    auto failed = [&](const QString& message) { return Error { message, {}, first.row }; };
    layout.index.fill(-1);
    layout.fieldCount = static_cast<int>(first.fields.size());
    for (int i = 0; i < layout.fieldCount; ++i) {
        const QString key = normalizedHeader(first.fields[i]);
        for (int column = 0; column < ColumnCount; ++column) {
            if (!columnNames[column].contains(key))
                continue;
            if (layout.index[column] >= 0)
                return failed(
                    tr("the header names the column %1 twice").arg(QLatin1String(columnKeys[column])));
            layout.index[column] = i;
        }
    }
    QStringList missing;
    for (int column = 0; column < ColumnCount; ++column) {
        if (layout.index[column] < 0)
            missing.append(QLatin1String(columnKeys[column]));
    }
    if (missing.size() == ColumnCount)
        return failed(tr("the first row names none of the columns code, name, parent_code, level"));
    if (!missing.isEmpty())
        return failed(tr("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))));
    return layout;
}

enum class Outcome { Pending, Inserted, Updated, Unchanged, Rejected };

struct Row
{
    qint64 row = 0;
    QString code, name, parentCode;  // trimmed, as in the file
    int level = 0;  // 1-5 once valid
    Outcome outcome = Outcome::Pending;
    QString reason;
    RecordId nodeId;  // the node the row stands for, once accepted (null for levels 1-2)
};

// A failure of the database itself in the middle of the import: it ends the whole
// import, and the transaction rolls everything back.
struct StorageFailure
{
    QString message;
};

// The user cancelled: the import stops and the transaction rolls everything back.
struct Cancelled
{
};

// One import: the rows of one file against one database, inside the caller's transaction.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(DivisionImporter)

public:
    ImportRun(storage::Connection& db, HierarchyNode root)
        : m_store(db)
        , m_editor(db)
        , m_root(std::move(root))
    {
    }

    void addRow(const format::CsvRecord& record, const Layout& layout);
    void run(const DivisionImporter::Progress& progress);
    void fillReport(DivisionImportReport& report) const;

private:
    std::optional<QString> rowProblem(
        const Row& row, const QString& level, qsizetype fieldCount, int expectedFields);
    void processAncestorOrDistrict(Row& row);
    void processDivision(Row& row);
    // The parent node of a level-4 or level-5 row; or why it has none.
    std::variant<HierarchyNode, QString> parentOf(const Row& row);
    void rename(Row& row, const HierarchyNode& node, const QString& name, NodeKind kind);
    void reject(Row& row, const QString& reason)
    {
        row.outcome = Outcome::Rejected;
        row.reason = reason;
    }
    QString editorProblem(const Error& error)
    {
        if (error.isStorageFailure())  // not a bad row: the whole import must stop
            throw StorageFailure { error.message };
        return error.message;
    }
    QString districtLabel() const { return m_root.code + QLatin1Char(' ') + m_root.name; }

    hierarchy::HierarchyStore m_store;
    hierarchy::HierarchyEditor m_editor;
    HierarchyNode m_root;
    QList<Row> m_rows;  // in file order
    QHash<QString, qsizetype> m_rowOfCode;  // the first row with each well-formed code
};

void ImportRun::addRow(const format::CsvRecord& record, const Layout& layout)
{
    Row row;
    row.row = record.row;
    auto field = [&](Column column) {
        const int index = layout.index[column];
        return index < record.fields.size() ? record.fields[index].trimmed() : QString();
    };
    row.code = field(CodeColumn);
    row.name = field(NameColumn);
    row.parentCode = field(ParentColumn);
    const QString level = field(LevelColumn);
    if (auto problem = rowProblem(row, level, record.fields.size(), layout.fieldCount))
        reject(row, *problem);
    else
        row.level = level.toInt();
    m_rows.append(row);
}

// The checks a row passes on its own, in the order the user would fix them.
std::optional<QString> ImportRun::rowProblem(
    const Row& row, const QString& level, qsizetype fieldCount, int expectedFields)
{
    if (fieldCount != expectedFields)
        return tr("the row has %1 fields instead of %2").arg(fieldCount).arg(expectedFields);
    if (row.code.isEmpty())
        return tr("the code is empty");
    if (!allDigits(row.code))
        return tr("the code \"%1\" must contain digits only").arg(row.code);
    if (row.code.size() != StatisticalCodeLength)
        return tr("the code \"%1\" has %2 digits; division codes have %3")
            .arg(row.code)
            .arg(row.code.size())
            .arg(StatisticalCodeLength);
    const auto first = m_rowOfCode.constFind(row.code);
    if (first == m_rowOfCode.constEnd())
        m_rowOfCode.insert(row.code, m_rows.size());
    if (row.name.isEmpty())
        return tr("the name is empty");
    if (!allDigits(level) || level.toInt() < 1 || level.toInt() > 5)
        return tr("the level \"%1\" is not a whole number from 1 to 5").arg(level);
    if (first != m_rowOfCode.constEnd())
        return tr("duplicate of row %1").arg(m_rows[*first].row);
    return std::nullopt;
}

void ImportRun::run(const DivisionImporter::Progress& progress)
{
    // Parents before children, whatever their order in the file.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].outcome == Outcome::Pending)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
        [this](qsizetype a, qsizetype b) { return m_rows[a].level < m_rows[b].level; });
    constexpr qsizetype ReportEvery = 100;
    for (qsizetype done = 0; done < order.size(); ++done) {
        if (progress && done % ReportEvery == 0 && !progress(done, order.size()))
            throw Cancelled {};
        const qsizetype i = order[done];
        Row& row = m_rows[i];
        if (row.level <= 3)
            processAncestorOrDistrict(row);
        else
            processDivision(row);
        Q_ASSERT(row.outcome != Outcome::Pending);
    }
}

// Levels 1-3: the district's province and prefecture are acknowledged, the district's
// own row may rename it, and anything else belongs to another district.
void ImportRun::processAncestorOrDistrict(Row& row)
{
    const QString province = m_root.code.left(2) + QStringLiteral("0000000000");
    const QString prefecture = m_root.code.left(4) + QStringLiteral("00000000");
    const QString district = m_root.code + QStringLiteral("000000");
    if ((row.level == 1 && row.code == province) || (row.level == 2 && row.code == prefecture)) {
        row.outcome = Outcome::Unchanged;
    } else if (row.level == 3 && row.code == district) {
        row.nodeId = m_root.id;
        if (row.name == m_root.name)
            row.outcome = Outcome::Unchanged;
        else
            rename(row, m_root, row.name, m_root.kind);
    } else if (row.level == 3) {
        reject(row,
            tr("belongs to district %1, not to this database's district %2")
                .arg(row.code.left(6), districtLabel()));
    } else {
        reject(
            row, tr("is not the province or prefecture of this database's district %1").arg(districtLabel()));
    }
}

void ImportRun::processDivision(Row& row)
{
    if (row.code.left(6) != m_root.code) {
        reject(row,
            tr("belongs to district %1, not to this database's district %2")
                .arg(row.code.left(6), districtLabel()));
        return;
    }
    auto parentOrProblem = parentOf(row);
    if (auto* problem = std::get_if<QString>(&parentOrProblem)) {
        reject(row, *problem);
        return;
    }
    const auto& parent = std::get<HierarchyNode>(parentOrProblem);
    const QString name = DivisionImporter::everydayName(row.level, row.name);
    const NodeKind kind = DivisionImporter::kindOf(row.level, row.name);

    if (const auto existing = m_store.nodeByCode(row.code)) {
        if (existing->parentId != parent.id) {
            const auto otherParent = m_store.node(existing->parentId);
            reject(row,
                tr("the code %1 is already used by \"%2\" under \"%3\"")
                    .arg(row.code, existing->name, otherParent ? otherParent->name : QString()));
            return;
        }
        row.nodeId = existing->id;
        if (existing->name == name)
            row.outcome = Outcome::Unchanged;
        else
            rename(row, *existing, name, kind);
        return;
    }
    // The editor checks the code against the parent's (DivisionCode::problem).
    auto added = m_editor.add(parent.id, { kind, name, row.code });
    if (!added) {
        reject(row, editorProblem(added.error()));
        return;
    }
    row.nodeId = added->id;
    row.outcome = Outcome::Inserted;
}

std::variant<HierarchyNode, QString> ImportRun::parentOf(const Row& row)
{
    if (row.parentCode.isEmpty())
        return tr("the parent code is empty");
    const auto inFile = m_rowOfCode.constFind(row.parentCode);
    if (inFile != m_rowOfCode.constEnd()) {
        const Row& parentRow = m_rows[*inFile];
        // Its level is known unless the row was rejected before it was read.
        if (parentRow.level != 0 && parentRow.level != row.level - 1)
            return tr("a level-%1 row belongs below a level-%2 row, but its parent, row %3, is at level %4")
                .arg(row.level)
                .arg(row.level - 1)
                .arg(parentRow.row)
                .arg(parentRow.level);
        if (parentRow.outcome == Outcome::Rejected)
            return tr("its parent, row %1, was rejected").arg(parentRow.row);
        Q_ASSERT(parentRow.outcome != Outcome::Pending && !parentRow.nodeId.isNull());
        return *m_store.node(parentRow.nodeId);
    }

    std::optional<HierarchyNode> parent;
    if (DivisionCode::districtFromStatistical(row.parentCode) == m_root.code)
        parent = m_root;
    else
        parent = m_store.nodeByCode(row.parentCode);
    if (!parent)
        return tr("the parent code %1 is neither in the file nor in the database").arg(row.parentCode);
    const auto expected = row.level == 4 ? NodeLevel::District : NodeLevel::Street;
    if (parent->level != expected)
        return tr("a level-%1 row belongs below a %2, but its parent %3 \"%4\" is a %5")
            .arg(row.level)
            .arg(hierarchy::NodeLabels::level(expected).toLower(), row.parentCode, parent->name,
                hierarchy::NodeLabels::kind(parent->kind).toLower());
    return *parent;
}

// A new name for an existing node. Its kind follows the name, as when a 镇 becomes a 街道.
void ImportRun::rename(Row& row, const HierarchyNode& node, const QString& name, NodeKind kind)
{
    hierarchy::NodeFields fields { kind, name, node.code, node.sortOrder, node.households, node.remarks };
    auto updated = m_editor.update(node.id, fields);
    if (!updated) {
        reject(row, editorProblem(updated.error()));
        return;
    }
    if (node.id == m_root.id)
        m_root = updated.value();  // later messages name the district by its new name
    row.outcome = Outcome::Updated;
}

void ImportRun::fillReport(DivisionImportReport& report) const
{
    for (const Row& row : m_rows) {
        ++report.read;
        switch (row.outcome) {
        case Outcome::Inserted:
            ++report.inserted;
            break;
        case Outcome::Updated:
            ++report.updated;
            break;
        case Outcome::Unchanged:
            ++report.unchanged;
            break;
        case Outcome::Rejected:
        case Outcome::Pending:
            ++report.rejected;
            report.rejectedRows.append({ row.row, row.code, row.name, row.reason });
            break;
        }
    }
    Q_ASSERT(report.read == report.imported() + report.rejected);
}

}  // namespace

DivisionImporter::DivisionImporter(storage::Connection& connection)
    : m_db(connection)
{
}

QString DivisionImporter::everydayName(int fileLevel, const QString& name)
{
    const QString trimmed = name.trimmed();
    const QString community = QStringLiteral("社区");
    const QString village = QStringLiteral("村");
    auto stemOf = [&](const QString& suffix) -> std::optional<QString> {
        if (trimmed.size() > suffix.size() && trimmed.endsWith(suffix))
            return trimmed.chopped(suffix.size());
        return std::nullopt;
    };
    if (fileLevel == 4) {
        if (auto stem = stemOf(QStringLiteral("办事处")); stem && stem->endsWith(QStringLiteral("街道")))
            return *stem;  // 观音桥街道办事处
        return trimmed;
    }
    if (fileLevel != 5)
        return trimmed;
    // 村民委员会: the name keeps one 村 (石子村村民委员会, 真武村民委员会 → 石子村, 真武村).
    // A village committee called 社区 stays a 村: 石角镇 (500110108) has both 石角社区居民委员会
    // and 石角社区村民委员会, which become 石角社区 and 石角社区村.
    for (const QString& suffix : { QStringLiteral("村民委员会"), QStringLiteral("村委会") }) {
        if (auto stem = stemOf(suffix))
            return stem->endsWith(village) ? *stem : *stem + village;
    }
    // 桥北社区居民委员会, 化龙桥社区工作站 → 桥北社区, 化龙桥社区.
    for (const QString& suffix :
        { QStringLiteral("居民委员会"), QStringLiteral("居委会"), QStringLiteral("工作站") }) {
        if (auto stem = stemOf(suffix); stem && stem->endsWith(community))
            return *stem;
    }
    return trimmed;
}

NodeKind DivisionImporter::kindOf(int fileLevel, const QString& name)
{
    const QString trimmed = name.trimmed();
    const QString everyday = everydayName(fileLevel, trimmed);
    auto endsWith
        = [](const QString& text, const char16_t* suffix) { return text.endsWith(QStringView(suffix)); };
    if (fileLevel <= 3)
        return endsWith(everyday, u"县") ? NodeKind::County : NodeKind::District;
    if (fileLevel == 4) {
        if (endsWith(everyday, u"街道"))
            return NodeKind::Street;
        if (endsWith(everyday, u"镇"))
            return NodeKind::Town;
        if (endsWith(everyday, u"乡"))  // also 民族乡
            return NodeKind::Township;
        return NodeKind::Street;
    }
    // The committee says what it is; without one, the name does.
    if (endsWith(trimmed, u"村民委员会") || endsWith(trimmed, u"村委会"))
        return NodeKind::Village;
    if (endsWith(trimmed, u"居民委员会") || endsWith(trimmed, u"居委会") || endsWith(trimmed, u"工作站"))
        return NodeKind::Community;
    return endsWith(everyday, u"村") ? NodeKind::Village : NodeKind::Community;
}

Result<DivisionImportReport> DivisionImporter::importFile(
    const QString& path, bool dryRun, const Progress& progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (Status regular = storage::FileKind::input(path); !regular)
        return regular.error();  // a named pipe would block the read
    const QFileInfo info(path);
    if (info.size() > MaxFileSize)
        return Error::inFile(shown,
            tr("the file is larger than %1 MB, too large for a list of divisions")
                .arg(MaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::inFile(shown, tr("the file cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::inFile(shown, tr("the file cannot be read: %1").arg(file.errorString()));
    return importBytes(bytes, shown, dryRun, progress);
}

Result<DivisionImportReport> DivisionImporter::importBytes(
    const QByteArray& bytes, const QString& sourceName, bool dryRun, const Progress& progress)
{
    auto failed = [&](const QString& message, qint64 row = 0) { return Error { message, sourceName, row }; };
    // The list adds streets and communities below the district: for an account over all of it.
    const security::Access access(m_db);
    if (Status allowed = access.require(security::Permission::EditHierarchy); !allowed)
        return failed(allowed.error().message);
    if (!access.coversWholeDatabase())
        return failed(tr("only an administrator of the whole district may import its division list"));
    if (bytes.isEmpty())
        return failed(tr("the file is empty"));
    auto decoded = format::TextDecoder::decode(bytes);
    if (!decoded)
        return failed(decoded.error().message);
    auto table = format::CsvReader::read(decoded->text);
    if (!table)
        return failed(table.error().message, table.error().row);
    const QList<format::CsvRecord>& records = table->records;
    if (records.isEmpty())
        return failed(tr("the file is empty"));

    const auto layout = Layout::of(records.first());
    if (!layout)
        return failed(layout.error().message, layout.error().row);
    if (records.size() == (layout->hasHeader ? 1 : 0))
        return failed(tr("the file has no data rows"));

    try {
        storage::Transaction transaction(m_db);
        auto root = hierarchy::HierarchyStore(m_db).root();
        if (!root)
            return failed(tr("this database has no district yet; create it before importing divisions"));
        ImportRun run(m_db, *root);
        for (qsizetype i = layout->hasHeader ? 1 : 0; i < records.size(); ++i)
            run.addRow(records[i], *layout);
        run.run(progress);
        DivisionImportReport report;
        report.file = sourceName;
        run.fillReport(report);
        if (!dryRun) {
            security::recordAudit(m_db,
                { audit::AuditAction::Imported, QStringLiteral("hierarchy_node"), {},
                    { { QStringLiteral("file"), QFileInfo(sourceName).fileName() },
                        { QStringLiteral("read"), report.read },
                        { QStringLiteral("inserted"), report.inserted },
                        { QStringLiteral("updated"), report.updated },
                        { QStringLiteral("rejected"), report.rejected } } });
            transaction.commit();
        }
        return report;
    } catch (const Cancelled&) {
        return failed(tr("cancelled; nothing was imported"));
    } catch (const StorageFailure& failure) {
        return failed(tr("the import was stopped and nothing was changed: %1").arg(failure.message));
    } catch (const storage::SqliteError& e) {
        if (e.isBusy())
            return failed(tr("the database is busy in another program; nothing was changed"));
        return failed(tr("the database refused the import; nothing was changed: %1").arg(e.message()));
    }
}

}  // namespace redgrid::importexport
