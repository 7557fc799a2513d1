#pragma once

#include "assessment/AssessmentTemplate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace redgrid::ui {

// The words the assessment's pages show for the template's enumerations: written once, so the
// template editor and the score sheet say the same thing.
class AssessmentLabels
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentLabels)

public:
    static QString method(assessment::ScoringMethod method);
    static QString kind(assessment::IndicatorKind kind);
    static QString target(assessment::TargetKind target);
    // What a computed indicator counts: the registered source's label, else its key.
    static QString source(const QString& key);
    // Every data-source key a template may name: those registered and the known ones.
    static QStringList sourceKeys();
};

}  // namespace redgrid::ui
