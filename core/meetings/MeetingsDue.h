#pragma once

namespace redgrid::meetings {

// Registers the meeting rules with the due list (due::DueList): for every 支部 and 党小组,
// each required meeting of the current month, quarter or year not yet held (upcoming, or due
// within the week), and each of the year's periods that ended without it (overdue), with the
// article it comes from (MeetingRequirements, domain-rules §1.2).
void registerDueRules();

}  // namespace redgrid::meetings
