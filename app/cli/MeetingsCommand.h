#pragma once

#include "CliCommand.h"

namespace redgrid::cli {

// redgrid-cli meetings list|show|add|edit|remove DB …: organisational life recorded from
// scripts and tests, with every field of the meeting form, attendance included (issue 25 §4).
class MeetingsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingsCommand)

public:
    QString name() const override { return QStringLiteral("meetings"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
    int requiredPositionals() const override { return -1; }  // 2 or 3, by action

private:
    QCommandLineOption m_json { QStringLiteral("json"), tr("Print the result as JSON.") };
    QCommandLineOption m_org { QStringLiteral("org"),
        tr("list, add: the organisation (its code, full or short name)."), tr("ORG") };
    QCommandLineOption m_year { QStringLiteral("year"), tr("list: only this year's meetings."), tr("YEAR") };
    QCommandLineOption m_type { QStringLiteral("type"),
        tr("add, edit: the kind of meeting: its key (general_meeting, committee_meeting, group_meeting, "
           "party_lecture, theme_day, life_meeting, appraisal, heart_talk, other) or its Chinese name."),
        tr("TYPE") };
    QCommandLineOption m_otherName { QStringLiteral("name"),
        tr("add, edit: the branch's own name of an \"other\" meeting."), tr("NAME") };
    QCommandLineOption m_date { QStringLiteral("date"), tr("add, edit: the day it was held (yyyy-MM-dd)."),
        tr("DATE") };
    QCommandLineOption m_start { QStringLiteral("start"), tr("add, edit: when it began (HH:mm)."),
        tr("TIME") };
    QCommandLineOption m_end { QStringLiteral("end"), tr("add, edit: when it ended (HH:mm)."), tr("TIME") };
    QCommandLineOption m_place { QStringLiteral("place"), tr("add, edit: where it was held."), tr("TEXT") };
    QCommandLineOption m_chair { QStringLiteral("chair"), tr("add, edit: who chaired it (主持人)."),
        tr("TEXT") };
    QCommandLineOption m_recorder { QStringLiteral("recorder"), tr("add, edit: who recorded it (记录人)."),
        tr("TEXT") };
    QCommandLineOption m_topic { QStringLiteral("topic"), tr("add, edit: its topic."), tr("TEXT") };
    QCommandLineOption m_summary { QStringLiteral("summary"), tr("add, edit: a summary of its content."),
        tr("TEXT") };
    QCommandLineOption m_resolutions { QStringLiteral("resolutions"), tr("add, edit: what it resolved."),
        tr("TEXT") };
    QCommandLineOption m_attachment { QStringLiteral("attachment"),
        tr("add, edit: a file kept with the record (repeat for more; edit: replaces the list)."),
        tr("PATH") };
    QCommandLineOption m_attendance { QStringLiteral("attendance"),
        tr("add, edit: one member's attendance, other than present: MEMBER=KIND, MEMBER a name on the "
           "organisation's roster or a member id, KIND late, sick_leave, personal_leave, official_duty, "
           "mobile, exempt or absent (or 迟到, 病假, 事假, 公差, 流动在外, 免于参加, 缺席; present to undo). "
           "Everyone else is present. Repeat for each member."),
        tr("MEMBER=KIND") };
    QCommandLineOption m_note { QStringLiteral("note"),
        tr("add, edit: a note on one member's line (MEMBER=TEXT)."), tr("MEMBER=TEXT") };
    QCommandLineOption m_talk { QStringLiteral("talk"),
        tr("add, edit: for a heart_talk (谈心谈话), one of the two people; give it twice."), tr("MEMBER") };
    QCommandLineOption m_motion { QStringLiteral("motion-in-favour"),
        tr("add, edit: a general meeting's motion: the votes in favour."), tr("N") };
};

}  // namespace redgrid::cli
