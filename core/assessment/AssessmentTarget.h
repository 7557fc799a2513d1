#pragma once

#include "AssessmentTemplate.h"
#include "common/RecordId.h"

#include <QString>

namespace redgrid::assessment {

// What a score sheet assesses: a community or village (a hierarchy node, scored by its
// street) or a party branch (a party organisation, scored by its 党委).
struct AssessmentTarget
{
    TargetKind kind = TargetKind::Community;
    RecordId id;  // hierarchy_node.id for a community, party_org.id for a branch
    QString name;
    QString code;
    QString unit;  // who assesses it: the street's name, or the 党委's
};

}  // namespace redgrid::assessment
