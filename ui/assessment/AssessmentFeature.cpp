#include "AssessmentFeature.h"

#include "AssessmentPage.h"
#include "SheetsPage.h"

namespace redgrid::ui {

QString AssessmentFeature::title() const
{
    return tr("A&ssessment");
}

QList<security::Permission> AssessmentFeature::permissions() const
{
    return { security::Permission::ReadAssessment };
}

QWidget* AssessmentFeature::open(storage::Connection& connection)
{
    m_page = new AssessmentPage(connection);
    m_page->setObjectName(QStringLiteral("assessmentPage"));
    return m_page;
}

void AssessmentFeature::close()
{
    m_page = nullptr;
}

QWidget* AssessmentFeature::page() const
{
    return m_page;
}

void AssessmentFeature::dataChanged(DataChanges changes)
{
    Q_UNUSED(changes)  // computed indicators count grids, organisations and members
    if (m_page)
        m_page->markStale();
}

bool AssessmentFeature::confirmClose()
{
    return !m_page || m_page->sheets()->confirmLeavingSheet();
}

}  // namespace redgrid::ui
