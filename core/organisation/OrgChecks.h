#pragma once

#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::organisation {

// 支部工作条例 Art. 4: the sizes a 支部 is held to, by OrgChecks and by the demo's branches.
struct BranchSize
{
    static constexpr int MinFullMembers = 3;  // fewer 正式党员: join a joint branch
    static constexpr int MaxMembers = 50;  // generally no more members than this
    static constexpr int CommitteeFullMembers = 7;  // from this many 正式党员 on, a 支部委员会

    // None of OrgChecks::branchSizes' findings: what assessment counts as well formed.
    static bool isWellFormed(qint64 members, qint64 fullMembers, bool hasCommittee)
    {
        return fullMembers >= MinFullMembers && members <= MaxMembers
            && (fullMembers < CommitteeFullMembers || hasCommittee);
    }
};

// One thing the checks found about an organisation or a grid.
struct OrgFinding
{
    enum class Kind {
        TooFewFullMembers,  // a branch with < 3 正式党员 (支部工作条例 Art. 4)
        TooManyMembers,  // a branch with > 50 members (same)
        CommitteeMissing,  // >= 7 正式党员 and no 支部委员会 (same)
        GridUncovered,  // no 党支部 or 党小组 covers the grid (双网融合)
        TermEndingSoon,  // the term ends within the first reminder (6 months)
        TermEndingVerySoon,  // within the second reminder (2 months)
        TermOverdue,  // the term has ended (任期意见 2018)
    };
    Kind kind;
    RecordId subjectId;  // the organisation, or the grid node for GridUncovered
    QString subjectName;
    QString subjectCode;
    QString message;  // a sentence for people
    bool isWarning() const { return kind != Kind::TermEndingSoon; }
};

QString findingKey(OrgFinding::Kind kind);  // for --json: "too_few_full_members" …

// The rules of setting up organisations and of terms of office (domain rules 1.4, 1.5),
// run over the signed-in account's area: the organisations it may read (security::Access)
// and the grids of its subtree. An account that may not read organisations gets nothing.
class OrgChecks
{
    Q_DECLARE_TR_FUNCTIONS(OrgChecks)

public:
    explicit OrgChecks(storage::Connection& connection);

    // Whether the account may run the checks at all (the refusal says why not).
    Status allowed() const;

    QList<OrgFinding> run(const QDate& today);
    QList<OrgFinding> branchSizes();
    QList<OrgFinding> terms(const QDate& today);
    QList<OrgFinding> uncoveredGrids();  // the coverage view

    // The reminder lead times in months (settings org.term.remind.first / .second).
    int firstReminderMonths();
    int secondReminderMonths();

private:
    enum class Area { Nothing, Everything, Scoped };
    Area area() const;

    storage::Connection& m_db;
};

}  // namespace redgrid::organisation
