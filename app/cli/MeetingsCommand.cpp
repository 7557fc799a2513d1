#include "MeetingsCommand.h"

#include "meetings/MeetingEditor.h"
#include "meetings/MeetingStore.h"
#include "organisation/OrgStore.h"
#include "storage/Connection.h"

#include <QJsonArray>

namespace redgrid::cli {

using namespace meetings;

namespace {

const QStringList Actions { QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"),
    QStringLiteral("edit"), QStringLiteral("remove") };

bool hasQuorum(const Meeting& m)
{
    return m.kind.type == MeetingType::GeneralMeeting || m.kind.type == MeetingType::CommitteeMeeting;
}

QString figures(const Meeting& m)
{
    if (hasQuorum(m))
        return m.quorum.sentence();
    return MeetingsCommand::tr("%1 of %2 attended").arg(m.quorum.attended).arg(m.quorum.base);
}

QJsonObject meetingJson(const Meeting& m, const organisation::PartyOrg& org, bool withSheet)
{
    QJsonObject json { { QStringLiteral("id"), m.id.toString() }, { QStringLiteral("org"), org.code },
        { QStringLiteral("org_name"), org.name }, { QStringLiteral("type"), m.kind.key() },
        { QStringLiteral("name"), m.kind.official() },
        { QStringLiteral("date"), m.heldOn.toString(Qt::ISODate) }, { QStringLiteral("start"), m.startsAt },
        { QStringLiteral("end"), m.endsAt }, { QStringLiteral("place"), m.place },
        { QStringLiteral("chair"), m.chair }, { QStringLiteral("recorder"), m.recorder },
        { QStringLiteral("topic"), m.topic }, { QStringLiteral("summary"), m.summary },
        { QStringLiteral("resolutions"), m.resolutions },
        { QStringLiteral("attachments"), QJsonArray::fromStringList(m.attachments) },
        { QStringLiteral("valid"), m.valid },
        { QStringLiteral("quorum"),
            QJsonObject { { QStringLiteral("should_attend"), m.quorum.base },
                { QStringLiteral("attended"), m.quorum.attended },
                { QStringLiteral("needed"), m.quorum.needed } } },
        { QStringLiteral("figures"), figures(m) } };
    if (!m.talkFirst.isNull())
        json.insert(QStringLiteral("talk"), QJsonArray { m.talkFirst.toString(), m.talkSecond.toString() });
    if (const auto motion = m.motion())
        json.insert(QStringLiteral("motion"),
            QJsonObject { { QStringLiteral("in_favour"), motion->inFavour },
                { QStringLiteral("needed"), motion->needed }, { QStringLiteral("passed"), motion->passed } });
    if (withSheet) {
        QJsonArray sheet;
        for (const AttendanceLine& line : m.attendance)
            sheet.append(QJsonObject { { QStringLiteral("member_id"), line.memberId.toString() },
                { QStringLiteral("name"), line.memberName },
                { QStringLiteral("attendance"), attendanceKey(line.attendance) },
                { QStringLiteral("has_vote"), line.hasVote }, { QStringLiteral("note"), line.note } });
        json.insert(QStringLiteral("attendance"), sheet);
    }
    return json;
}

// The line of `lines` a MEMBER argument names: a member id, or a name only one line has.
Result<int> lineOf(const QList<AttendanceLine>& lines, const QString& member)
{
    const QString wanted = member.trimmed();
    QList<int> found;
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].memberId.toString() == wanted || lines[i].memberName == wanted)
            found.append(i);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error::plain(MeetingsCommand::tr("%1 is not on the organisation's roster").arg(wanted));
    return Error::plain(
        MeetingsCommand::tr("%1 names %2 members: give the member id instead (meetings show ID "
                            "--json lists them)")
            .arg(wanted)
            .arg(found.size()));
}

// MEMBER=VALUE arguments.
Result<std::pair<QString, QString>> split(const QString& argument, const QString& option)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return Error::plain(MeetingsCommand::tr("--%1 takes MEMBER=VALUE, not \"%2\"").arg(option, argument));
    return std::pair { argument.left(equals), argument.mid(equals + 1) };
}

}  // namespace

QString MeetingsCommand::summary() const
{
    return tr("List, show, record, correct or remove meetings (三会一课 and the other organisational life).");
}

void MeetingsCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("list (--org, --year), show ID, add (--org, --type, --date and the rest), edit ID (the options "
           "given) or remove ID."));
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addPositionalArgument(
        QStringLiteral("ID"), tr("show, edit, remove: the meeting's id."), tr("[ID]"));
    parser.addOptions(
        { m_json, m_org, m_year, m_type, m_otherName, m_date, m_start, m_end, m_place, m_chair, m_recorder,
            m_topic, m_summary, m_resolutions, m_attachment, m_attendance, m_note, m_talk, m_motion });
}

int MeetingsCommand::run(const QCommandLineParser& parser)
{
    const QStringList positionals = parser.positionalArguments();
    const QString action = positionals.value(0);
    if (positionals.size() < 2 || positionals.size() > 3 || !Actions.contains(action)) {
        printUsageError(tr("meetings needs an action: list, show, add, edit or remove"));
        return UsageError;
    }
    const bool byId = action == QLatin1String("show") || action == QLatin1String("edit")
        || action == QLatin1String("remove");
    const RecordId id = byId && positionals.size() > 2 ? RecordId::fromString(positionals.at(2)) : RecordId();
    if (!byId && positionals.size() == 3) {
        printUsageError(tr("meetings %1 takes no meeting id").arg(action));
        return UsageError;
    }
    if (byId && id.isNull()) {
        printUsageError(tr("meetings %1 needs the meeting's id").arg(action));
        return UsageError;
    }
    if (action == QLatin1String("add")
        && (!parser.isSet(m_org) || !parser.isSet(m_type) || !parser.isSet(m_date))) {
        printUsageError(tr("meetings add needs --org, --type and --date"));
        return UsageError;
    }
    std::optional<MeetingType> type;
    if (parser.isSet(m_type)) {
        type = MeetingTypeNames::parse(parser.value(m_type));
        if (!type) {
            printUsageError(tr("--type: \"%1\" is not a kind of meeting").arg(parser.value(m_type)));
            return UsageError;
        }
    }
    QDate date;
    if (parser.isSet(m_date)) {
        date = QDate::fromString(parser.value(m_date), Qt::ISODate);
        if (!date.isValid()) {
            printUsageError(tr("--date takes a date as yyyy-MM-dd"));
            return UsageError;
        }
    }
    bool numberOk = true;
    const int year = parser.isSet(m_year) ? parser.value(m_year).toInt(&numberOk) : 0;
    if (!numberOk || (parser.isSet(m_year) && (year < 1921 || year > 9999))) {
        printUsageError(tr("--year takes a year, e.g. 2026"));
        return UsageError;
    }
    const int inFavour = parser.isSet(m_motion) ? parser.value(m_motion).toInt(&numberOk) : 0;
    if (!numberOk || inFavour < 0) {
        printUsageError(tr("--motion-in-favour takes a number of votes"));
        return UsageError;
    }
    if (parser.isSet(m_talk) && parser.values(m_talk).size() != 2) {
        printUsageError(tr("--talk is given twice: the two people of the talk"));
        return UsageError;
    }

    auto db = openDatabase(positionals.at(1));
    if (!db)
        return openFailure();
    organisation::OrgStore orgs(*db);
    MeetingStore store(*db);
    // An account that may not read or record meetings is told so (exit 4) before anything is
    // looked up; what lies outside its area is simply not found.
    if (Status allowed = store.allowed(); !allowed)
        return fail(allowed.error());
    if (action != QLatin1String("list") && action != QLatin1String("show"))
        if (Status allowed = MeetingEditor(*db).allowed(); !allowed)
            return fail(allowed.error());
    const bool json = parser.isSet(m_json);

    std::optional<organisation::PartyOrg> org;
    if (parser.isSet(m_org)) {
        auto found = orgs.find(parser.value(m_org));
        if (!found)
            return fail(found.error());
        org = *found;
    }

    if (action == QLatin1String("list")) {
        const QList<organisation::PartyOrg> listed
            = org ? QList<organisation::PartyOrg> { *org } : orgs.all();
        const QDate from = year > 0 ? QDate(year, 1, 1) : QDate();
        const QDate to = year > 0 ? QDate(year, 12, 31) : QDate();
        QJsonArray list;
        for (const organisation::PartyOrg& each : listed)
            for (const Meeting& m : store.meetingsOf(each.id, from, to)) {
                if (json)
                    list.append(meetingJson(m, each, false));
                else
                    printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                                  .arg(m.heldOn.toString(Qt::ISODate), each.code, m.kind.official(),
                                      m.valid ? tr("valid") : tr("INVALID"), figures(m), m.topic));
            }
        if (json)
            printJson({ { QStringLiteral("meetings"), list } });
        return Success;
    }

    std::optional<Meeting> meeting;
    if (byId) {
        meeting = store.meeting(id);
        if (!meeting)
            return fail(Error::plain(tr("no meeting %1 in your area").arg(id.toString())));
        org = orgs.org(meeting->orgId);
    }
    if (action == QLatin1String("show")) {
        if (json) {
            printJson(meetingJson(*meeting, *org, true));
        } else {
            printLine(QStringLiteral("%1 %2 %3")
                          .arg(meeting->heldOn.toString(Qt::ISODate), org->name, meeting->kind.official()));
            printLine(figures(*meeting));
            for (const AttendanceLine& line : meeting->attendance)
                printLine(QStringLiteral("  %1\t%2%3")
                              .arg(line.memberName, AttendanceNames::official(line.attendance),
                                  line.note.isEmpty() ? QString() : QLatin1Char('\t') + line.note));
        }
        return Success;
    }
    if (action == QLatin1String("remove")) {
        if (Status removed = MeetingEditor(*db).remove(id); !removed)
            return fail(removed.error());
        if (json)
            printJson({ { QStringLiteral("removed"), id.toString() } });
        else
            printLine(tr("Removed the %1 of %2")
                          .arg(meeting->kind.official(), meeting->heldOn.toString(Qt::ISODate)));
        return Success;
    }

    // add or edit: the fields given over the new sheet or the stored meeting.
    if (!meeting) {
        meeting = Meeting {};
        meeting->orgId = org->id;
        meeting->attendance = store.defaultAttendance(org->id);
    }
    Meeting& m = *meeting;
    if (type)
        m.kind = *type == MeetingType::Other ? MeetingKind::other(parser.value(m_otherName))
                                             : MeetingKind::of(*type);
    else if (parser.isSet(m_otherName) && m.kind.type == MeetingType::Other)
        m.kind = MeetingKind::other(parser.value(m_otherName));
    if (date.isValid())
        m.heldOn = date;
    const auto setText = [&](const QCommandLineOption& option, QString& field) {
        if (parser.isSet(option))
            field = parser.value(option);
    };
    setText(m_start, m.startsAt);
    setText(m_end, m.endsAt);
    setText(m_place, m.place);
    setText(m_chair, m.chair);
    setText(m_recorder, m.recorder);
    setText(m_topic, m.topic);
    setText(m_summary, m.summary);
    setText(m_resolutions, m.resolutions);
    if (parser.isSet(m_attachment))
        m.attachments = parser.values(m_attachment);
    if (parser.isSet(m_motion))
        m.motionInFavour = inFavour;

    // Members the sheet does not name yet (joined since; an edit) come from today's roster.
    const QList<AttendanceLine> roster = store.defaultAttendance(m.orgId);
    const auto onSheet = [&](const QString& member) -> Result<int> {
        if (auto line = lineOf(m.attendance, member))
            return line;
        auto fromRoster = lineOf(roster, member);
        if (!fromRoster)
            return fromRoster.error();
        m.attendance.append(roster.at(*fromRoster));
        m.attendance.last().attendance = Attendance::Present;
        return int(m.attendance.size() - 1);
    };
    for (const QString& argument : parser.values(m_attendance)) {
        auto pair = split(argument, QStringLiteral("attendance"));
        if (!pair)
            return fail(pair.error());
        const auto kind = AttendanceNames::parse(pair->second);
        if (!kind) {
            printUsageError(tr("--attendance: \"%1\" is not an attendance (late, sick_leave, personal_leave, "
                               "official_duty, mobile, exempt, absent, present)")
                                .arg(pair->second));
            return UsageError;
        }
        auto line = onSheet(pair->first);
        if (!line)
            return fail(line.error());
        m.attendance[*line].attendance = *kind;
    }
    for (const QString& argument : parser.values(m_note)) {
        auto pair = split(argument, QStringLiteral("note"));
        if (!pair)
            return fail(pair.error());
        auto line = onSheet(pair->first);
        if (!line)
            return fail(line.error());
        m.attendance[*line].note = pair->second;
    }
    if (parser.isSet(m_talk)) {
        const QStringList people = parser.values(m_talk);
        auto first = lineOf(roster, people.at(0));
        auto second = lineOf(roster, people.at(1));
        if (!first)
            return fail(first.error());
        if (!second)
            return fail(second.error());
        m.talkFirst = roster.at(*first).memberId;
        m.talkSecond = roster.at(*second).memberId;
    }
    // A talk between two people has no sheet of the whole branch.
    if (m.kind.type == MeetingType::HeartTalk && action == QLatin1String("add")
        && !parser.isSet(m_attendance))
        m.attendance.clear();

    MeetingEditor editor(*db);
    const auto saved = action == QLatin1String("add") ? editor.add(m) : editor.update(m);
    if (!saved)
        return fail(saved.error());
    if (json)
        printJson(meetingJson(*saved, *org, true));
    else
        printLine(
            tr("%1 the %2 of %3 (%4): %5%6")
                .arg(action == QLatin1String("add") ? tr("Recorded") : tr("Corrected"),
                    saved->kind.official(), saved->heldOn.toString(Qt::ISODate), saved->id.toString(),
                    figures(*saved),
                    saved->valid ? QString() : tr(" — saved, but INVALID: its quorum was not reached")));
    return Success;
}

}  // namespace redgrid::cli
