#include "AssessmentPage.h"

#include "SheetsPage.h"
#include "TemplateEditorWidget.h"

namespace redgrid::ui {

AssessmentPage::AssessmentPage(storage::Connection& connection, QWidget* parent)
    : QTabWidget(parent)
    , m_db(connection)
{
    m_sheets = new SheetsPage(connection, QDate::currentDate(), this);
    m_sheets->setObjectName(QStringLiteral("sheetsPage"));
    addTab(m_sheets, tr("Score &Sheets"));
    m_templates = new TemplateEditorWidget(connection, this);
    m_templates->setObjectName(QStringLiteral("templateEditor"));
    addTab(m_templates, tr("Indicator &Templates"));
    // A new template in use changes the sheets not yet saved.
    connect(m_templates, &TemplateEditorWidget::templatesChanged, m_sheets, &SheetsPage::reload);
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
    m_sheets->reload();
    m_templates->reload();
}

}  // namespace redgrid::ui
