#pragma once

#include "CliCommand.h"
#include "organisation/PartyOrg.h"

namespace redgrid::cli {

// redgrid-cli orgs list|add|edit|move|delete DB [ORG] [options]: the party organisations,
// as the organisation tree of the window shows and changes them. OrgStore reads, OrgEditor
// checks and writes; this class only turns options into fields and prints.
class OrgsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrgsCommand)

public:
    QString name() const override { return QStringLiteral("orgs"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return -1; }  // 2 or 3, by action

private:
    int list(storage::Connection& db, const QString& from, bool json);
    int add(storage::Connection& db, const QCommandLineParser& parser);
    int edit(storage::Connection& db, organisation::PartyOrg org, const QCommandLineParser& parser);
    int move(storage::Connection& db, const organisation::PartyOrg& org, const QCommandLineParser& parser);
    int remove(storage::Connection& db, const organisation::PartyOrg& org, bool json);

    // Puts the options given into `org`; an exit status other than Success when one is wrong
    // (printed).
    int applyOptions(storage::Connection& db, const QCommandLineParser& parser, organisation::PartyOrg& org);
    // A member named by full ID number or by name among the organisation's members.
    int findMember(storage::Connection& db, const QString& option, const QString& text,
        const organisation::PartyOrg& org, RecordId& member);
    void report(storage::Connection& db, const QString& done, const organisation::PartyOrg& org, bool json);
    // A refusal of OrgEditor: 4 when the account may not do it, else 2.
    int refused(const Error& error);

    QCommandLineOption m_json { QStringLiteral("json"),
        tr("Print the organisations (list) or the result as JSON.") };
    QCommandLineOption m_parent { QStringLiteral("parent"),
        tr("The organisation above (add, move): its name or code. add without it sets up a top-level "
           "organisation."),
        tr("NAME_OR_CODE") };
    QCommandLineOption m_top { QStringLiteral("top"), tr("move: make it a top-level organisation.") };
    QCommandLineOption m_kind { QStringLiteral("kind"),
        tr("committee, working_committee, general_branch, branch, joint_branch, functional_branch, "
           "temporary_branch or group (or 党委, 党工委, 党总支, 党支部, 联合党支部, 功能型党支部, "
           "临时党支部, 党小组)."),
        tr("KIND") };
    QCommandLineOption m_name { QStringLiteral("name"), tr("The full name, as on the seal."), tr("TEXT") };
    QCommandLineOption m_shortName { QStringLiteral("short-name"), tr("The short name."), tr("TEXT") };
    QCommandLineOption m_code { QStringLiteral("code"),
        tr("The code (add: default the next free one below the parent)."), tr("CODE") };
    QCommandLineOption m_category { QStringLiteral("category"), tr("组织类别 ①-⑨: its code or label."),
        tr("CODE") };
    QCommandLineOption m_unit { QStringLiteral("unit"), tr("所在单位情况: its code or label."), tr("CODE") };
    QCommandLineOption m_founded { QStringLiteral("founded"), tr("The founding date, yyyy-MM-dd."),
        tr("DATE") };
    QCommandLineOption m_secretary { QStringLiteral("secretary"),
        tr("The secretary: a member of the organisation, by full ID number or name (edit; empty: none)."),
        tr("MEMBER") };
    QCommandLineOption m_contact { QStringLiteral("contact"),
        tr("The contact person: a member of the organisation, by full ID number or name (edit; empty: "
           "none)."),
        tr("MEMBER") };
    QCommandLineOption m_phone { QStringLiteral("phone"), tr("The contact phone."), tr("PHONE") };
    QCommandLineOption m_termStart { QStringLiteral("term-start"),
        tr("The current term's start, yyyy-MM-dd."), tr("DATE") };
    QCommandLineOption m_termEnd { QStringLiteral("term-end"), tr("The current term's end, yyyy-MM-dd."),
        tr("DATE") };
    QCommandLineOption m_committee { QStringLiteral("committee"),
        tr("Whether a branch committee (支部委员会) is set up: yes or no."), tr("yes|no") };
    QCommandLineOption m_covers { QStringLiteral("covers"),
        tr("The hierarchy nodes it covers: codes of communities, grids or buildings, separated by commas "
           "(empty: none)."),
        tr("CODES") };
    QCommandLineOption m_sortOrder { QStringLiteral("sort-order"), tr("The place among its siblings."),
        tr("N") };
    QCommandLineOption m_remarks { QStringLiteral("remarks"), tr("Remarks."), tr("TEXT") };
};

}  // namespace redgrid::cli
