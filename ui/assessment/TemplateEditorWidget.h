#pragma once

#include "assessment/TemplateStore.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class RefusalLabel;

// The indicator templates: the list of templates, and the chosen one's tree of blocks,
// indicators and sub-indicators to edit (ManageTemplates; others read). The total of the
// maximum points and what makes the template unusable follow every edit; saving stores the
// next version (TemplateEditor), which sheets already scored never see.
class TemplateEditorWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, StandardColumn, MaxColumn, MethodColumn, KindColumn };

    explicit TemplateEditorWidget(storage::Connection& connection, QWidget* parent = nullptr);

    void reload();  // the list of templates, read again
    // The template as the tree holds it now.
    assessment::AssessmentTemplate edited() const;

signals:
    void templatesChanged();

private:
    void buildList(QWidget* side);
    void buildEditor(QWidget* side);
    void openTemplate(QTreeWidgetItem* listItem);
    void addRows(QTreeWidgetItem* parent, const QList<assessment::Indicator>& indicators);
    QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const assessment::Indicator& indicator);
    void showRow(QTreeWidgetItem* item);
    void nodeChosen();
    void formEdited();
    void rulesEdited();
    void addNode(bool child);
    void removeNode();
    void moveNode(int by);
    void recount();
    void save();
    void copyTemplate();
    void useTemplate();
    void exportTemplate();
    void importTemplate();
    void editRules();
    void refuse(const QString& message);
    void tell(const QString& message);
    QString freeKey(QTreeWidgetItem* parent) const;
    assessment::Indicator collect(QTreeWidgetItem* item, QStringList& unreadable) const;
    bool mayEdit() const;

    storage::Connection& m_db;
    QList<assessment::StoredTemplate> m_templates;
    std::optional<assessment::StoredTemplate> m_open;
    // The rules beside the indicators (grades, stars, vetoes, annual rule …) as last edited.
    std::optional<assessment::AssessmentTemplate> m_editedRules;
    // Each row's indicator without its children (the tree holds those); its maximum as typed.
    QHash<QTreeWidgetItem*, assessment::Indicator> m_nodes;
    QHash<QTreeWidgetItem*, QString> m_maxText;
    bool m_loading = false;

    QTreeWidget* m_list;
    QTreeWidget* m_tree;
    QLabel* m_title;
    QLabel* m_total;
    RefusalLabel* m_problems;
    RefusalLabel* m_status;
    QLineEdit* m_name;
    QPlainTextEdit* m_standard;
    QLineEdit* m_max;
    QComboBox* m_method;
    QComboBox* m_source;
    QComboBox* m_kind;
    QTableWidget* m_rules;
    QWidget* m_form;
    QList<QPushButton*> m_editButtons;
    QPushButton* m_save;
    QPushButton* m_rulesButton;
    QPushButton* m_copy;
    QPushButton* m_use;
    QPushButton* m_export;
    QPushButton* m_import;
};

}  // namespace redgrid::ui
