#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli members DB [--search TEXT] [--org NAME_OR_CODE] [--sort pinyin|stroke] [--limit N] [--json]
class MembersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MembersCommand)

public:
    QString name() const override { return QStringLiteral("members"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return 1; }

private:
    QCommandLineOption m_search { QStringLiteral("search"),
        tr("Name, full pinyin or initials, ID number or phone (full or last 4)."), QStringLiteral("TEXT") };
    QCommandLineOption m_org { QStringLiteral("org"), tr("Only this organisation and those below it."),
        QStringLiteral("NAME_OR_CODE") };
    QCommandLineOption m_sort { QStringLiteral("sort"),
        tr("Order: pinyin (default) or stroke (surname stroke order)."), QStringLiteral("pinyin|stroke") };
    QCommandLineOption m_limit { QStringLiteral("limit"), tr("At most N members (default 50; 0 = all)."),
        QStringLiteral("N") };
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the members as JSON.") };
};

}  // namespace redgrid::cli
