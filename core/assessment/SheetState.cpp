#include "SheetState.h"

namespace redgrid::assessment {

using security::Role;

QString SheetWorkflow::code(SheetState state)
{
    switch (state) {
    case SheetState::SelfAssessment:
        return QStringLiteral("self");
    case SheetState::Submitted:
        return QStringLiteral("submitted");
    case SheetState::Reviewed:
        return QStringLiteral("reviewed");
    case SheetState::Confirmed:
        return QStringLiteral("confirmed");
    }
    return {};
}

std::optional<SheetState> SheetWorkflow::fromCode(QStringView code)
{
    for (SheetState state :
        { SheetState::SelfAssessment, SheetState::Submitted, SheetState::Reviewed, SheetState::Confirmed })
        if (SheetWorkflow::code(state) == code)
            return state;
    return std::nullopt;
}

QString SheetWorkflow::label(SheetState state)
{
    switch (state) {
    case SheetState::SelfAssessment:
        return tr("self-assessment");
    case SheetState::Submitted:
        return tr("submitted");
    case SheetState::Reviewed:
        return tr("reviewed");
    case SheetState::Confirmed:
        return tr("confirmed");
    }
    return {};
}

QString SheetWorkflow::label(SheetAction action)
{
    switch (action) {
    case SheetAction::SaveSelf:
        return tr("save the self-assessment");
    case SheetAction::Submit:
        return tr("submit");
    case SheetAction::Return:
        return tr("return for correction");
    case SheetAction::SaveReview:
        return tr("save the review");
    case SheetAction::FinishReview:
        return tr("finish the review");
    case SheetAction::Confirm:
        return tr("confirm");
    case SheetAction::Reopen:
        return tr("reopen");
    }
    return {};
}

std::optional<SheetState> SheetWorkflow::after(SheetState state, SheetAction action)
{
    switch (action) {
    case SheetAction::SaveSelf:
        return state == SheetState::SelfAssessment ? std::optional(state) : std::nullopt;
    case SheetAction::Submit:
        return state == SheetState::SelfAssessment ? std::optional(SheetState::Submitted) : std::nullopt;
    case SheetAction::Return:
        return state == SheetState::Submitted ? std::optional(SheetState::SelfAssessment) : std::nullopt;
    case SheetAction::SaveReview:
        return state == SheetState::Submitted || state == SheetState::Reviewed ? std::optional(state)
                                                                               : std::nullopt;
    case SheetAction::FinishReview:
        return state == SheetState::Submitted ? std::optional(SheetState::Reviewed) : std::nullopt;
    case SheetAction::Confirm:
        return state == SheetState::Reviewed ? std::optional(SheetState::Confirmed) : std::nullopt;
    case SheetAction::Reopen:
        return state == SheetState::Confirmed ? std::optional(SheetState::Reviewed) : std::nullopt;
    }
    return std::nullopt;
}

bool SheetWorkflow::roleMay(Role role, TargetKind target, SheetAction action)
{
    const bool selfSide = action == SheetAction::SaveSelf || action == SheetAction::Submit;
    switch (role) {
    case Role::DistrictAdmin:
    case Role::StreetAdmin:
        // The assessors of communities; a branch's assessor is its 党委 (the community's).
        return !selfSide || target == TargetKind::Branch;
    case Role::CommunitySecretary:
        return selfSide || target == TargetKind::Branch;
    case Role::GridWorker:
    case Role::Auditor:
        return false;
    }
    return false;
}

std::optional<QString> SheetWorkflow::refusal(
    Role role, TargetKind target, SheetState state, SheetAction action)
{
    if (!roleMay(role, target, action))
        return tr("a %1 may not %2 the sheet of a %3")
            .arg(security::Roles::label(role), label(action),
                target == TargetKind::Community ? tr("community or village") : tr("party branch"));
    if (!after(state, action)) {
        if (state == SheetState::Confirmed)
            return tr("the sheet is confirmed: reopen it, with a reason, to change it");
        return tr("cannot %1 a sheet that is %2").arg(label(action), label(state));
    }
    return std::nullopt;
}

}  // namespace redgrid::assessment
