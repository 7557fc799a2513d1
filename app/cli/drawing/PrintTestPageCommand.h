#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli print-test-page --out FILE.pdf: the document engine's test page (Chinese
// text, a table across two pages, a chart, signature lines), to check that this machine
// prints, without a database. One of the commands that draw.
class PrintTestPageCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintTestPageCommand)

public:
    static constexpr const char* Name = "print-test-page";
    QString name() const override { return QString::fromLatin1(Name); }
    bool draws() const override { return true; }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 0; }

private:
    QCommandLineOption m_out { QStringLiteral("out"), tr("The PDF file to write."),
        QStringLiteral("FILE.pdf") };
};

}  // namespace redgrid::cli
