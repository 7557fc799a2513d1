#pragma once

#include "AssessmentTemplate.h"
#include "security/Role.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redgrid::assessment {

// Where a score sheet is in its quarter: the target scores itself (自评), submits, the
// assessor reviews (审核: their score beside the self score, both kept) and confirms (locked).
enum class SheetState { SelfAssessment, Submitted, Reviewed, Confirmed };

// What can be done to a sheet; each is a state change written to the audit log, except the
// two saves, which change entries and keep the state.
enum class SheetAction {
    SaveSelf,  // enter or change the self-assessment
    Submit,  // self-assessment → submitted
    Return,  // submitted → self-assessment, for the target to correct
    SaveReview,  // enter or change the assessor's scores
    FinishReview,  // submitted → reviewed
    Confirm,  // reviewed → confirmed (locked)
    Reopen,  // confirmed → reviewed, with a reason that is kept
};

// Who may do what (issue 23 §2): a 社区书记 scores and submits their own community; a
// 街道管理员 reviews and confirms the sheets of their street; a 区级管理员 may do what a
// street's administrator does anywhere. A branch is scored by its 党委, whose secretary is
// the community's: the 社区书记 enters its self-assessment and reviews it too. The area
// check (the target inside the account's area) comes on top, in the editor.
class SheetWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(SheetWorkflow)

public:
    static QString code(SheetState state);  // stored: self, submitted, reviewed, confirmed
    static std::optional<SheetState> fromCode(QStringView code);
    static QString label(SheetState state);  // 自评, 已提交, 已审核, 已确认 (translated)
    static QString label(SheetAction action);

    // The state after `action`, or nothing when the action does not apply in `state`.
    static std::optional<SheetState> after(SheetState state, SheetAction action);
    static bool roleMay(security::Role role, TargetKind target, SheetAction action);
    // Why `role` may not do `action` to a sheet in `state`, or nothing when it may.
    static std::optional<QString> refusal(
        security::Role role, TargetKind target, SheetState state, SheetAction action);
};

}  // namespace redgrid::assessment
