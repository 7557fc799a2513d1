#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli template list|export|import DB …: the assessment's indicator templates, handed
// from a street office to its communities as files.
class TemplateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)

public:
    QString name() const override { return QStringLiteral("template"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 2; }

private:
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the result as JSON.") };
    QCommandLineOption m_out { QStringLiteral("out"), tr("export: the file to write."), tr("FILE") };
    QCommandLineOption m_in { QStringLiteral("file"), tr("import: the template file to take in."),
        tr("FILE") };
    QCommandLineOption m_template { QStringLiteral("template"),
        tr("export: the template's id or name (default: the one in use for communities)."), tr("ID|NAME") };
    QCommandLineOption m_version { QStringLiteral("version"),
        tr("export: this version (default: the newest)."), tr("N") };
    QCommandLineOption m_use { QStringLiteral("use"),
        tr("import: score new sheets with the imported template from now on.") };
};

}  // namespace redgrid::cli
