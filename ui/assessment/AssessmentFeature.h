#pragma once

#include "ui/common/Feature.h"

namespace redgrid::ui {

class AssessmentPage;

// The Assessment tab (考核): the quarter's score sheets of the area and the indicator
// templates they are scored with. Shown to the roles that may read the assessment.
class AssessmentFeature : public Feature
{
    Q_OBJECT

public:
    using Feature::Feature;

    QString title() const override;
    QList<security::Permission> permissions() const override;
    QWidget* open(storage::Connection& connection) override;
    void close() override;
    QWidget* page() const override;
    void dataChanged(DataChanges changes) override;
    bool confirmClose() override;  // unsaved entries on a sheet: save, discard or cancel

private:
    AssessmentPage* m_page = nullptr;
};

}  // namespace redgrid::ui
