#pragma once

#include <QTabWidget>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class SheetsPage;
class TemplateEditorWidget;

// The assessment's page: the score sheets of the area's communities and the indicator
// templates. Nothing is read until the page is first shown.
class AssessmentPage : public QTabWidget
{
    Q_OBJECT

public:
    explicit AssessmentPage(storage::Connection& connection, QWidget* parent = nullptr);

    void markStale() { m_stale = true; }
    SheetsPage* sheets() const { return m_sheets; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();

    storage::Connection& m_db;
    SheetsPage* m_sheets;
    TemplateEditorWidget* m_templates;
    bool m_stale = true;
};

}  // namespace redgrid::ui
