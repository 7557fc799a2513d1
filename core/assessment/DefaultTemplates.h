#pragma once

#include "AssessmentTemplate.h"

#include <QCoreApplication>
#include <QList>

namespace redgrid::assessment {

// The templates RedGrid ships, to copy and edit. Their ids are fixed, so that the default
// used by a street office and by its communities is the same template in every database.
class DefaultTemplates
{
    Q_DECLARE_TR_FUNCTIONS(DefaultTemplates)

public:
    // 100 points a quarter, shaped like the published 党建引领网格化管理 tables
    // (domain-rules §4.4 (a)–(c)): party leadership of the grids, organisation, organisational
    // life, grid service, residents' evaluation; bonus capped at 5, penalty, two vetoes.
    static AssessmentTemplate communityQuarterly();
    // A branch's 星级/分类定级 table: the seven indicators of 组厅字〔2012〕6号 as weighted in
    // the published 五星创评 standard (domain-rules §4.2, assessment_tables.md C), 100 points
    // and up to 10 bonus points.
    static AssessmentTemplate branchStars();
    static QList<AssessmentTemplate> all();
};

}  // namespace redgrid::assessment
