#include "TemplateFile.h"

#include "storage/FileKind.h"
#include "storage/OutputPath.h"
#include "storage/UnfinishedFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redgrid::assessment {

namespace {

const QString FormatName = QStringLiteral("redgrid-assessment-template");

// Enum values as written in the file: stable words, never translated.
const QList<std::pair<ScoringMethod, QString>> Methods = {
    { ScoringMethod::Sum, QStringLiteral("sum") },
    { ScoringMethod::Manual, QStringLiteral("manual") },
    { ScoringMethod::Deductions, QStringLiteral("deductions") },
    { ScoringMethod::Computed, QStringLiteral("computed") },
};
const QList<std::pair<IndicatorKind, QString>> Kinds = {
    { IndicatorKind::Regular, QStringLiteral("regular") },
    { IndicatorKind::Bonus, QStringLiteral("bonus") },
    { IndicatorKind::Penalty, QStringLiteral("penalty") },
};
const QList<std::pair<TargetKind, QString>> Targets = {
    { TargetKind::Community, QStringLiteral("community") },
    { TargetKind::Branch, QStringLiteral("branch") },
};

template<class Enum>
QString word(const QList<std::pair<Enum, QString>>& words, Enum value)
{
    for (const auto& [each, text] : words)
        if (each == value)
            return text;
    return {};
}

QJsonObject scaleToJson(const LevelScale& scale)
{
    QJsonArray levels;
    for (const Level& level : scale.levels)
        levels.append(QJsonObject { { QStringLiteral("name"), level.name },
            { QStringLiteral("from"), level.from.toString() },
            { QStringLiteral("needsInnovation"), level.needsInnovation },
            { QStringLiteral("quotaPercent"), level.quotaPercent } });
    return QJsonObject { { QStringLiteral("levels"), levels } };
}

QJsonObject indicatorToJson(const Indicator& node)
{
    QJsonObject object { { QStringLiteral("key"), node.key }, { QStringLiteral("name"), node.name },
        { QStringLiteral("standard"), node.standard }, { QStringLiteral("max"), node.max.toString() },
        { QStringLiteral("kind"), word(Kinds, node.kind) },
        { QStringLiteral("method"), word(Methods, node.method) } };
    if (!node.deductions.isEmpty()) {
        QJsonArray rules;
        for (const DeductionRule& rule : node.deductions)
            rules.append(QJsonObject { { QStringLiteral("key"), rule.key },
                { QStringLiteral("finding"), rule.finding },
                { QStringLiteral("perFinding"), rule.perFinding.toString() } });
        object.insert(QStringLiteral("deductions"), rules);
    }
    if (!node.source.isEmpty())
        object.insert(QStringLiteral("source"), node.source);
    if (node.innovation)
        object.insert(QStringLiteral("innovation"), true);
    if (!node.children.isEmpty()) {
        QJsonArray children;
        for (const Indicator& child : node.children)
            children.append(indicatorToJson(child));
        object.insert(QStringLiteral("children"), children);
    }
    return object;
}

// Reads one JSON object into the template, remembering the first thing that is wrong.
class Reader
{
public:
    QString problem;  // "indicator 1.2: …"; empty while all is well

    QString text(const QJsonObject& object, const QString& name, const QString& where, bool required = true)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            fail(where, TemplateFile::tr("\"%1\" must be text").arg(name));
        return value.toString();
    }

    int number(const QJsonObject& object, const QString& name, const QString& where)
    {
        const QJsonValue value = object.value(name);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            fail(where, TemplateFile::tr("\"%1\" must be a whole number").arg(name));
        return value.toInt();
    }

    bool flag(const QJsonObject& object, const QString& name, const QString& where)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(where, TemplateFile::tr("\"%1\" must be true or false").arg(name));
        return value.toBool();
    }

    Points points(const QJsonObject& object, const QString& name, const QString& where)
    {
        const QString value = text(object, name, where);
        const std::optional<Points> parsed = Points::parse(value);
        if (!parsed && problem.isEmpty())
            fail(where, TemplateFile::tr("\"%1\" is not a number of points: %2").arg(name, value));
        return parsed.value_or(Points());
    }

    template<class Enum>
    Enum choice(const QList<std::pair<Enum, QString>>& words, const QJsonObject& object, const QString& name,
        const QString& where)
    {
        const QString value = text(object, name, where);
        for (const auto& [each, text] : words)
            if (text == value)
                return each;
        if (problem.isEmpty())
            fail(where, TemplateFile::tr("\"%1\" cannot be \"%2\"").arg(name, value));
        return words.first().first;
    }

    QJsonArray array(const QJsonObject& object, const QString& name, const QString& where)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(where, TemplateFile::tr("\"%1\" must be a list").arg(name));
        return value.toArray();
    }

    QJsonObject objectAt(const QJsonValue& value, const QString& where)
    {
        if (!value.isObject())
            fail(where, TemplateFile::tr("an entry of the list is not an object"));
        return value.toObject();
    }

    Indicator indicator(const QJsonObject& object, const QString& parent)
    {
        Indicator node;
        node.key = text(object, QStringLiteral("key"), parent);
        const QString where = TemplateFile::tr("indicator %1").arg(node.key);
        node.name = text(object, QStringLiteral("name"), where);
        node.standard = text(object, QStringLiteral("standard"), where, false);
        node.max = points(object, QStringLiteral("max"), where);
        node.kind = choice(Kinds, object, QStringLiteral("kind"), where);
        node.method = choice(Methods, object, QStringLiteral("method"), where);
        for (const QJsonValue& rule : array(object, QStringLiteral("deductions"), where)) {
            const QJsonObject ruleObject = objectAt(rule, where);
            node.deductions.append(DeductionRule { text(ruleObject, QStringLiteral("key"), where),
                text(ruleObject, QStringLiteral("finding"), where),
                points(ruleObject, QStringLiteral("perFinding"), where) });
        }
        node.source = text(object, QStringLiteral("source"), where, false);
        node.innovation = flag(object, QStringLiteral("innovation"), where);
        for (const QJsonValue& child : array(object, QStringLiteral("children"), where))
            node.children.append(indicator(objectAt(child, where), where));
        return node;
    }

    LevelScale scale(const QJsonObject& object, const QString& where)
    {
        LevelScale scale;
        for (const QJsonValue& value : array(object, QStringLiteral("levels"), where)) {
            const QJsonObject level = objectAt(value, where);
            scale.levels.append(Level { text(level, QStringLiteral("name"), where),
                points(level, QStringLiteral("from"), where),
                flag(level, QStringLiteral("needsInnovation"), where),
                number(level, QStringLiteral("quotaPercent"), where) });
        }
        return scale;
    }

private:
    void fail(const QString& where, const QString& what)
    {
        if (problem.isEmpty())
            problem = where.isEmpty() ? what : TemplateFile::tr("%1: %2").arg(where, what);
    }
};

}  // namespace

QByteArray TemplateFile::toJson(const AssessmentTemplate& table)
{
    QJsonArray indicators;
    for (const Indicator& node : table.indicators)
        indicators.append(indicatorToJson(node));
    QJsonArray vetoes;
    for (const VetoRule& veto : table.vetoes)
        vetoes.append(QJsonObject { { QStringLiteral("key"), veto.key },
            { QStringLiteral("description"), veto.description },
            { QStringLiteral("bestGrade"), veto.bestGrade },
            { QStringLiteral("bestStars"), veto.bestStars } });
    QJsonArray weights;
    for (int weight : table.annual.quarterWeights)
        weights.append(weight);
    const QJsonObject body { { QStringLiteral("id"), table.id.toString() },
        { QStringLiteral("version"), table.version }, { QStringLiteral("name"), table.name },
        { QStringLiteral("target"), word(Targets, table.target) },
        { QStringLiteral("decimals"), table.decimals }, { QStringLiteral("total"), table.total.toString() },
        { QStringLiteral("bonusCap"), table.bonusCap.toString() },
        { QStringLiteral("indicators"), indicators }, { QStringLiteral("vetoes"), vetoes },
        { QStringLiteral("grades"), scaleToJson(table.grades) },
        { QStringLiteral("stars"), scaleToJson(table.stars) },
        { QStringLiteral("annual"),
            QJsonObject { { QStringLiteral("quarterWeights"), weights },
                { QStringLiteral("quartersPercent"), table.annual.quartersPercent },
                { QStringLiteral("yearEndMax"), table.annual.yearEndMax.toString() } } } };
    const QJsonObject file { { QStringLiteral("format"), FormatName },
        { QStringLiteral("formatVersion"), FormatVersion }, { QStringLiteral("template"), body } };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<AssessmentTemplate> TemplateFile::fromJson(const QByteArray& bytes, const QString& file)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::inFile(file,
            tr("the template file is damaged or incomplete (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != FormatName)
        return Error::inFile(file, tr("this is not a RedGrid assessment template (another program's file)"));
    const int version = root.value(QStringLiteral("formatVersion")).toInt(-1);
    if (version > FormatVersion)
        return Error::inFile(file,
            tr("the template was written by a newer RedGrid (file layout %1; this RedGrid reads up to %2): "
               "update RedGrid to import it")
                .arg(version)
                .arg(FormatVersion));
    if (version < 1)
        return Error::inFile(file, tr("the template file has no valid layout version"));

    Reader reader;
    const QJsonObject body = root.value(QStringLiteral("template")).toObject();
    AssessmentTemplate table;
    const QString idText = reader.text(body, QStringLiteral("id"), {});
    table.id = RecordId::fromString(idText);
    table.version = reader.number(body, QStringLiteral("version"), {});
    table.name = reader.text(body, QStringLiteral("name"), {});
    table.target = reader.choice(Targets, body, QStringLiteral("target"), {});
    table.decimals = reader.number(body, QStringLiteral("decimals"), {});
    table.total = reader.points(body, QStringLiteral("total"), {});
    table.bonusCap = reader.points(body, QStringLiteral("bonusCap"), {});
    for (const QJsonValue& node : reader.array(body, QStringLiteral("indicators"), {}))
        table.indicators.append(reader.indicator(reader.objectAt(node, {}), {}));
    for (const QJsonValue& value : reader.array(body, QStringLiteral("vetoes"), {})) {
        const QJsonObject veto = reader.objectAt(value, tr("vetoes"));
        table.vetoes.append(VetoRule { reader.text(veto, QStringLiteral("key"), tr("vetoes")),
            reader.text(veto, QStringLiteral("description"), tr("vetoes")),
            reader.text(veto, QStringLiteral("bestGrade"), tr("vetoes")),
            reader.text(veto, QStringLiteral("bestStars"), tr("vetoes"), false) });
    }
    table.grades = reader.scale(body.value(QStringLiteral("grades")).toObject(), tr("grades"));
    table.stars = reader.scale(body.value(QStringLiteral("stars")).toObject(), tr("stars"));
    const QJsonObject annual = body.value(QStringLiteral("annual")).toObject();
    const QJsonArray weights = reader.array(annual, QStringLiteral("quarterWeights"), tr("annual score"));
    if (weights.size() != 4 && reader.problem.isEmpty())
        reader.problem = tr("annual score: four quarter weights are needed, not %1").arg(weights.size());
    for (int i = 0; i < 4 && i < weights.size(); ++i)
        table.annual.quarterWeights[i] = weights.at(i).toInt();
    table.annual.quartersPercent
        = reader.number(annual, QStringLiteral("quartersPercent"), tr("annual score"));
    table.annual.yearEndMax = reader.points(annual, QStringLiteral("yearEndMax"), tr("annual score"));

    if (!reader.problem.isEmpty())
        return Error::inFile(file, tr("the template file is damaged: %1").arg(reader.problem));
    if (table.id.isNull())
        return Error::inFile(file, tr("the template file is damaged: its id is not valid (%1)").arg(idText));
    if (table.version < 1)
        return Error::inFile(
            file, tr("the template file is damaged: version %1 does not exist").arg(table.version));
    if (const QStringList problems = table.problems(); !problems.isEmpty())
        return Error::inFile(
            file, tr("the template cannot be used: %1").arg(problems.join(QStringLiteral("; "))));
    return table;
}

Status TemplateFile::write(const AssessmentTemplate& table, const QString& path)
{
    if (Status allowed = storage::OutputPath::check(path); !allowed)
        return allowed;
    auto file = storage::UnfinishedFile::create(path);
    if (!file)
        return file.error();
    const QByteArray json = toJson(table);
    if ((*file)->device().write(json) != json.size())
        return Error::inFile(path, tr("the file cannot be written: %1").arg((*file)->device().errorString()));
    return (*file)->commit();
}

Result<AssessmentTemplate> TemplateFile::read(const QString& path)
{
    if (Status regular = storage::FileKind::input(path); !regular)
        return regular.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::inFile(path, tr("the file cannot be opened: %1").arg(file.errorString()));
    // A template is a few kilobytes; anything far larger is not one.
    constexpr qint64 Largest = 16 * 1024 * 1024;
    if (file.size() > Largest)
        return Error::inFile(path, tr("this is not a RedGrid assessment template (the file is too large)"));
    return fromJson(file.readAll(), path);
}

}  // namespace redgrid::assessment
