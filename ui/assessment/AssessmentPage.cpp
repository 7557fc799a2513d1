#include "AssessmentPage.h"

#include "TemplateEditorWidget.h"

namespace redgrid::ui {

AssessmentPage::AssessmentPage(storage::Connection& connection, QWidget* parent)
    : QTabWidget(parent)
    , m_db(connection)
{
    m_templates = new TemplateEditorWidget(connection, this);
    m_templates->setObjectName(QStringLiteral("templateEditor"));
    addTab(m_templates, tr("Indicator &Templates"));
}

void AssessmentPage::showEvent(QShowEvent* event)
{
    QTabWidget::showEvent(event);
    if (m_stale)
        load();
}

void AssessmentPage::load()
{
    m_stale = false;
    m_templates->reload();
}

}  // namespace redgrid::ui
