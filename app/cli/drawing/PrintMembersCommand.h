#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli print-members DB --out FILE.pdf [--org …] [--form|--table] [--unmasked]
// The member forms (党员基本信息采集表, one a page) or the roster table, drawn by the same
// documents as the GUI's print preview. One of the commands that draw: main() starts Qt's
// offscreen platform for it (drawsPages).
class PrintMembersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintMembersCommand)

public:
    static constexpr const char* Name = "print-members";
    QString name() const override { return QString::fromLatin1(Name); }
    bool draws() const override { return true; }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_out { QStringLiteral("out"), tr("The PDF file to write."),
        QStringLiteral("FILE.pdf") };
    QCommandLineOption m_org { QStringLiteral("org"), tr("Only this organisation and those below it."),
        QStringLiteral("NAME_OR_CODE") };
    QCommandLineOption m_form { QStringLiteral("form"),
        tr("The 党员基本信息采集表 of each member, one a page (the default).") };
    QCommandLineOption m_table { QStringLiteral("table"), tr("The roster table (党员基本信息汇总表).") };
    QCommandLineOption m_unmasked { QStringLiteral("unmasked"),
        tr("Print ID numbers and phones in full (they are masked by default).") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the summary as JSON.") };
};

}  // namespace redgrid::cli
