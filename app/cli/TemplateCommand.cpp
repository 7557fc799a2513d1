#include "TemplateCommand.h"

#include "assessment/TemplateEditor.h"
#include "assessment/TemplateFile.h"
#include "assessment/TemplateStore.h"
#include "storage/Connection.h"

#include <QJsonArray>

namespace redgrid::cli {

namespace {
QJsonObject templateJson(const assessment::StoredTemplate& stored)
{
    const assessment::AssessmentTemplate& table = *stored.table;
    return { { QStringLiteral("id"), table.id.toString() }, { QStringLiteral("version"), table.version },
        { QStringLiteral("name"), table.name },
        { QStringLiteral("target"), assessment::TemplateStore::targetCode(table.target) },
        { QStringLiteral("in_use"), stored.inUse }, { QStringLiteral("used"), stored.used } };
}
}  // namespace

QString TemplateCommand::summary() const
{
    return tr("List, export or import assessment templates (the indicator tables).");
}

void TemplateCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("list (the newest version of each template), export (--out FILE) or import (--file FILE: the same "
           "identity and version as where it came from)."));
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_json, m_out, m_in, m_template, m_version, m_use });
}

int TemplateCommand::run(const QCommandLineParser& parser)
{
    const QString action = parser.positionalArguments().at(0);
    if (action != QLatin1String("list") && action != QLatin1String("export")
        && action != QLatin1String("import")) {
        printUsageError(tr("template needs an action: list, export or import"));
        return UsageError;
    }
    if (action == QLatin1String("export") && !parser.isSet(m_out)) {
        printUsageError(tr("template export needs --out FILE"));
        return UsageError;
    }
    if (action == QLatin1String("import") && !parser.isSet(m_in)) {
        printUsageError(tr("template import needs --file FILE"));
        return UsageError;
    }
    bool versionOk = true;
    const int version = parser.isSet(m_version) ? parser.value(m_version).toInt(&versionOk) : 0;
    if (!versionOk || version < 0) {
        printUsageError(tr("--version takes a number"));
        return UsageError;
    }
    // Read the file before opening the database: a damaged file changes nothing.
    std::optional<assessment::AssessmentTemplate> incoming;
    if (action == QLatin1String("import")) {
        auto read = assessment::TemplateFile::read(parser.value(m_in));
        if (!read) {
            return fail(read.error());
        }
        incoming = std::move(read.value());
    }
    auto db = openDatabase(parser.positionalArguments().at(1));
    if (!db)
        return openFailure();
    assessment::TemplateStore store(*db);
    if (const Status allowed = store.allowed(); !allowed) {
        return fail(allowed.error());
    }

    if (action == QLatin1String("list")) {
        const auto templates = store.latestVersions();
        if (parser.isSet(m_json)) {
            QJsonArray list;
            for (const auto& each : templates)
                list.append(templateJson(each));
            printJson({ { QStringLiteral("templates"), list } });
        } else {
            for (const auto& each : templates)
                printLine(QStringLiteral("%1\tv%2\t%3\t%4%5")
                              .arg(each.table->id.toString())
                              .arg(each.table->version)
                              .arg(assessment::TemplateStore::targetCode(each.table->target),
                                  each.table->name, each.inUse ? tr("\t(in use)") : QString()));
        }
        return Success;
    }

    if (action == QLatin1String("export")) {
        RecordId id = store.inUseId(assessment::TargetKind::Community);
        if (parser.isSet(m_template)) {
            const QString wanted = parser.value(m_template).trimmed();
            id = RecordId::fromString(wanted);
            for (const auto& each : store.latestVersions())
                if (each.table->name == wanted)
                    id = each.table->id;
        }
        const auto stored = version > 0 ? store.version(id, version) : store.latest(id);
        if (!stored) {
            printError(Error::plain(tr("No template %1%2 is stored")
                                        .arg(parser.value(m_template),
                                            version > 0 ? tr(" version %1").arg(version) : QString())));
            return DataError;
        }
        if (const Status written = assessment::TemplateFile::write(*stored->table, parser.value(m_out));
            !written) {
            return fail(written.error());
        }
        if (parser.isSet(m_json))
            printJson({ { QStringLiteral("file"), parser.value(m_out) },
                { QStringLiteral("template"), templateJson(*stored) } });
        else
            printLine(tr("Saved %1 (version %2) to %3")
                          .arg(stored->table->name)
                          .arg(stored->table->version)
                          .arg(parser.value(m_out)));
        return Success;
    }

    assessment::TemplateEditor editor(*db);
    const auto imported = editor.import(*incoming);
    if (!imported) {
        return fail(imported.error().of(parser.value(m_in)));
    }
    if (parser.isSet(m_use))
        if (const Status used = editor.use(imported->table->id); !used) {
            return fail(used.error());
        }
    if (parser.isSet(m_json))
        printJson({ { QStringLiteral("template"),
            templateJson(*assessment::TemplateStore(*db).byRow(imported->row)) } });
    else
        printLine(tr("Imported %1 (version %2)%3")
                      .arg(imported->table->name)
                      .arg(imported->table->version)
                      .arg(parser.isSet(m_use) ? tr(", in use for new sheets") : QString()));
    return Success;
}

}  // namespace redgrid::cli
