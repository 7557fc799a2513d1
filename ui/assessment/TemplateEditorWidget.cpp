#include "TemplateEditorWidget.h"

#include "AssessmentLabels.h"
#include "TemplateRulesDialog.h"
#include "assessment/TemplateEditor.h"
#include "assessment/TemplateFile.h"
#include "security/Session.h"
#include "ui/common/RefusalLabel.h"
#include "ui/common/SavedFileNotice.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

using namespace assessment;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(QLatin1String(name));
    result->setAutoDefault(false);
    return result;
}

}  // namespace

TemplateEditorWidget::TemplateEditorWidget(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* listSide = new QWidget(splitter);
    auto* editorSide = new QWidget(splitter);
    buildList(listSide);
    buildEditor(editorSide);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

bool TemplateEditorWidget::mayEdit() const
{
    const security::Session* session = security::Session::of(m_db);
    return session && session->allows(security::Permission::ManageTemplates);
}

void TemplateEditorWidget::buildList(QWidget* side)
{
    m_list = new QTreeWidget(side);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Template"), tr("Version"), tr("Scores"), tr("In use"), tr("Used") });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { openTemplate(item); });

    m_copy = button(tr("&Copy as New…"), "copyTemplate", side);
    m_use = button(tr("Use for New &Sheets"), "useTemplate", side);
    m_export = button(tr("E&xport…"), "exportTemplate", side);
    m_import = button(tr("&Import…"), "importTemplate", side);
    connect(m_copy, &QPushButton::clicked, this, &TemplateEditorWidget::copyTemplate);
    connect(m_use, &QPushButton::clicked, this, &TemplateEditorWidget::useTemplate);
    connect(m_export, &QPushButton::clicked, this, &TemplateEditorWidget::exportTemplate);
    connect(m_import, &QPushButton::clicked, this, &TemplateEditorWidget::importTemplate);
    const security::Session* session = security::Session::of(m_db);
    m_copy->setEnabled(mayEdit());
    m_use->setEnabled(mayEdit());
    m_import->setEnabled(session && session->allows(security::Permission::ImportTemplates));

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_copy, 0, 0);
    buttons->addWidget(m_use, 0, 1);
    buttons->addWidget(m_export, 1, 0);
    buttons->addWidget(m_import, 1, 1);
    auto* layout = new QVBoxLayout(side);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void TemplateEditorWidget::buildEditor(QWidget* side)
{
    m_title = new QLabel(side);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_tree = new QTreeWidget(side);
    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setHeaderLabels({ tr("Indicator"), tr("Standard"), tr("Max"), tr("Method"), tr("Kind") });
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(NameColumn, 240);
    m_tree->header()->resizeSection(StandardColumn, 220);
    m_tree->header()->resizeSection(MaxColumn, 70);
    m_tree->header()->resizeSection(MethodColumn, 220);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TemplateEditorWidget::nodeChosen);

    auto* nodeButtons = new QHBoxLayout;
    const auto addEditButton = [&](const QString& text, const char* name, auto slot) {
        QPushButton* b = button(text, name, side);
        connect(b, &QPushButton::clicked, this, slot);
        nodeButtons->addWidget(b);
        m_editButtons.append(b);
    };
    addEditButton(tr("Add &Block"), "addBlock", [this] { addNode(false); });
    addEditButton(tr("Add It&em"), "addIndicator", [this] { addNode(true); });
    addEditButton(tr("&Remove"), "removeIndicator", [this] { removeNode(); });
    addEditButton(tr("Move &Up"), "moveIndicatorUp", [this] { moveNode(-1); });
    addEditButton(tr("Move &Down"), "moveIndicatorDown", [this] { moveNode(1); });
    nodeButtons->addStretch();

    m_form = new QWidget(side);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("indicatorName"));
    m_standard = new QPlainTextEdit(m_form);
    m_standard->setObjectName(QStringLiteral("indicatorStandard"));
    m_standard->setTabChangesFocus(true);
    m_standard->setFixedHeight(m_standard->fontMetrics().lineSpacing() * 3 + 12);
    m_max = new QLineEdit(m_form);
    m_max->setObjectName(QStringLiteral("indicatorMax"));
    m_method = new QComboBox(m_form);
    m_method->setObjectName(QStringLiteral("indicatorMethod"));
    for (ScoringMethod method :
        { ScoringMethod::Sum, ScoringMethod::Manual, ScoringMethod::Deductions, ScoringMethod::Computed })
        m_method->addItem(AssessmentLabels::method(method), int(method));
    m_source = new QComboBox(m_form);
    m_source->setObjectName(QStringLiteral("indicatorSource"));
    for (const QString& key : AssessmentLabels::sourceKeys())
        m_source->addItem(AssessmentLabels::source(key), key);
    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("indicatorKind"));
    for (IndicatorKind kind : { IndicatorKind::Regular, IndicatorKind::Bonus, IndicatorKind::Penalty })
        m_kind->addItem(AssessmentLabels::kind(kind), int(kind));
    m_rules = new QTableWidget(0, 2, m_form);
    m_rules->setObjectName(QStringLiteral("deductionRules"));
    m_rules->setHorizontalHeaderLabels({ tr("Finding"), tr("Points each") });
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->setFixedHeight(m_rules->fontMetrics().lineSpacing() * 6);
    m_rules->setTabKeyNavigation(false);
    QPushButton* addRule = button(tr("Add a &Rule"), "addDeductionRule", m_form);
    QPushButton* removeRule = button(tr("Remove the Ru&le"), "removeDeductionRule", m_form);
    connect(addRule, &QPushButton::clicked, this, [this] {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        m_rules->setItem(row, 0, new QTableWidgetItem(tr("Finding")));
        m_rules->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1")));
        rulesEdited();
    });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0) {
            m_rules->removeRow(m_rules->currentRow());
            rulesEdited();
        }
    });
    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(addRule);
    ruleButtons->addWidget(removeRule);
    ruleButtons->addStretch();

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&tandard:"), m_standard);
    form->addRow(tr("&Maximum points:"), m_max);
    form->addRow(tr("Me&thod:"), m_method);
    form->addRow(tr("Data so&urce:"), m_source);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Deduction rules:"), m_rules);
    form->addRow(QString(), ruleButtons);
    connect(m_name, &QLineEdit::textEdited, this, &TemplateEditorWidget::formEdited);
    connect(m_standard, &QPlainTextEdit::textChanged, this, &TemplateEditorWidget::formEdited);
    connect(m_max, &QLineEdit::textEdited, this, &TemplateEditorWidget::formEdited);
    connect(m_method, &QComboBox::currentIndexChanged, this, &TemplateEditorWidget::formEdited);
    connect(m_source, &QComboBox::currentIndexChanged, this, &TemplateEditorWidget::formEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditorWidget::formEdited);
    connect(m_rules, &QTableWidget::itemChanged, this, &TemplateEditorWidget::rulesEdited);

    m_total = new QLabel(side);
    m_total->setObjectName(QStringLiteral("templateTotal"));
    m_problems = new RefusalLabel(side);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_status = new RefusalLabel(side);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_save = button(tr("Sa&ve as a New Version"), "saveTemplate", side);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorWidget::save);
    m_rulesButton = button(tr("R&ules…"), "templateRules", side);
    m_rulesButton->setToolTip(
        tr("Grades, stars and their quotas, vetoes, the bonus cap and the annual score"));
    connect(m_rulesButton, &QPushButton::clicked, this, &TemplateEditorWidget::editRules);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_total, 1);
    saveRow->addWidget(m_rulesButton);
    saveRow->addWidget(m_save);

    auto* layout = new QVBoxLayout(side);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addLayout(nodeButtons);
    layout->addWidget(m_form);
    layout->addLayout(saveRow);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    for (QPushButton* b : m_editButtons)
        b->setEnabled(mayEdit());
    m_form->setEnabled(false);
    m_save->setVisible(mayEdit());
}

void TemplateEditorWidget::reload()
{
    const RecordId current = m_open ? m_open->table->id : RecordId();
    m_templates = TemplateStore(m_db).latestVersions();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem* chosen = nullptr;
    for (const StoredTemplate& stored : m_templates) {
        auto* item = new QTreeWidgetItem(m_list,
            { stored.table->name, QString::number(stored.table->version),
                AssessmentLabels::target(stored.table->target), stored.inUse ? tr("Yes") : QString(),
                stored.used ? tr("Yes") : QString() });
        item->setData(0, IdRole, stored.table->id.toString());
        if (stored.table->id == current || (!chosen && current.isNull()))
            chosen = item;
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_list->setCurrentItem(chosen);
    openTemplate(chosen);
}

void TemplateEditorWidget::openTemplate(QTreeWidgetItem* listItem)
{
    m_open.reset();
    m_editedRules.reset();
    const RecordId id = listItem ? RecordId::fromString(listItem->data(0, IdRole).toString()) : RecordId();
    for (const StoredTemplate& stored : m_templates)
        if (stored.table->id == id)
            m_open = stored;
    m_loading = true;
    m_tree->clear();
    m_nodes.clear();
    m_maxText.clear();
    if (m_open) {
        m_title->setText(tr("%1, version %2").arg(m_open->table->name).arg(m_open->table->version));
        addRows(nullptr, m_open->table->indicators);
        m_tree->expandAll();
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    } else {
        m_title->clear();
    }
    m_loading = false;
    m_export->setEnabled(bool(m_open));
    m_rulesButton->setEnabled(bool(m_open));
    nodeChosen();
    recount();
}

void TemplateEditorWidget::addRows(QTreeWidgetItem* parent, const QList<Indicator>& indicators)
{
    for (const Indicator& indicator : indicators)
        addRows(addRow(parent, indicator), indicator.children);
}

QTreeWidgetItem* TemplateEditorWidget::addRow(QTreeWidgetItem* parent, const Indicator& indicator)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    Indicator own = indicator;
    own.children.clear();
    m_nodes.insert(item, own);
    m_maxText.insert(item, indicator.max.toString(m_open ? m_open->table->decimals : 2));
    showRow(item);
    return item;
}

void TemplateEditorWidget::showRow(QTreeWidgetItem* item)
{
    const Indicator& node = m_nodes[item];
    item->setText(NameColumn, node.name);
    item->setText(StandardColumn, node.standard.simplified());
    item->setToolTip(StandardColumn, node.standard);
    item->setText(MaxColumn, m_maxText.value(item));
    item->setTextAlignment(MaxColumn, Qt::AlignRight | Qt::AlignVCenter);
    QString method = AssessmentLabels::method(node.method);
    if (node.method == ScoringMethod::Computed)
        method = tr("%1: %2").arg(method, AssessmentLabels::source(node.source));
    else if (node.method == ScoringMethod::Deductions)
        method = tr("%1 (%n rule(s))", nullptr, int(node.deductions.size())).arg(method);
    item->setText(MethodColumn, method);
    item->setText(KindColumn, AssessmentLabels::kind(node.kind));
}

void TemplateEditorWidget::nodeChosen()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const bool loading = std::exchange(m_loading, true);
    const Indicator node = item ? m_nodes.value(item) : Indicator();
    m_name->setText(node.name);
    m_standard->setPlainText(node.standard);
    m_max->setText(item ? m_maxText.value(item) : QString());
    m_method->setCurrentIndex(m_method->findData(int(node.method)));
    m_kind->setCurrentIndex(m_kind->findData(int(node.kind)));
    m_source->setCurrentIndex(qMax(0, m_source->findData(node.source)));
    m_source->setEnabled(node.method == ScoringMethod::Computed);
    m_rules->setRowCount(0);
    for (const DeductionRule& rule : node.deductions) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        auto* finding = new QTableWidgetItem(rule.finding);
        finding->setData(IdRole, rule.key);
        m_rules->setItem(row, 0, finding);
        m_rules->setItem(row, 1, new QTableWidgetItem(rule.perFinding.toString()));
    }
    m_rules->setEnabled(node.method == ScoringMethod::Deductions);
    m_form->setEnabled(item && mayEdit());
    m_loading = loading;
}

void TemplateEditorWidget::formEdited()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (m_loading || !item)
        return;
    Indicator& node = m_nodes[item];
    node.name = m_name->text().trimmed();
    node.standard = m_standard->toPlainText().trimmed();
    m_maxText[item] = m_max->text().trimmed();
    node.method = ScoringMethod(m_method->currentData().toInt());
    node.kind = IndicatorKind(m_kind->currentData().toInt());
    node.source = node.method == ScoringMethod::Computed ? m_source->currentData().toString() : QString();
    m_source->setEnabled(node.method == ScoringMethod::Computed);
    m_rules->setEnabled(node.method == ScoringMethod::Deductions);
    showRow(item);
    recount();
}

void TemplateEditorWidget::rulesEdited()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (m_loading || !item)
        return;
    Indicator& node = m_nodes[item];
    QList<DeductionRule> rules;
    QSet<QString> keys;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        QTableWidgetItem* finding = m_rules->item(row, 0);
        QTableWidgetItem* points = m_rules->item(row, 1);
        DeductionRule rule;
        rule.key = finding ? finding->data(IdRole).toString() : QString();
        for (int n = row + 1; rule.key.isEmpty() || keys.contains(rule.key); ++n)
            rule.key = QStringLiteral("r%1").arg(n);
        if (finding)
            finding->setData(IdRole, rule.key);  // kept across edits: the key is the rule's identity
        keys.insert(rule.key);
        rule.finding = finding ? finding->text().trimmed() : QString();
        rule.perFinding = Points::parse(points ? points->text() : QString()).value_or(Points());
        rules.append(rule);
    }
    node.deductions = rules;
    showRow(item);
    recount();
}

QString TemplateEditorWidget::freeKey(QTreeWidgetItem* parent) const
{
    const QString prefix = parent ? m_nodes.value(parent).key + QLatin1Char('.') : QString();
    QSet<QString> taken;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        taken.insert(it.value().key);
    for (int n = 1;; ++n)
        if (const QString key = prefix + QString::number(n); !taken.contains(key))
            return key;
}

void TemplateEditorWidget::addNode(bool child)
{
    if (!m_open)
        return;
    QTreeWidgetItem* current = m_tree->currentItem();
    QTreeWidgetItem* parent = child ? current : nullptr;
    if (child && !parent)
        return;
    Indicator node;
    node.key = freeKey(parent);
    node.name = child ? tr("New item") : tr("New block");
    node.method = child ? ScoringMethod::Manual : ScoringMethod::Sum;
    if (parent) {
        node.kind = m_nodes[parent].kind;
        m_nodes[parent].method = ScoringMethod::Sum;  // a node with items sums them
        m_nodes[parent].deductions.clear();
        m_nodes[parent].source.clear();
        showRow(parent);
    }
    QTreeWidgetItem* item = addRow(parent, node);
    m_maxText[item] = QStringLiteral("0");
    showRow(item);
    if (parent)
        parent->setExpanded(true);
    m_tree->setCurrentItem(item);
    recount();
    m_name->setFocus();
    m_name->selectAll();
}

void TemplateEditorWidget::removeNode()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    std::function<void(QTreeWidgetItem*)> forget = [&](QTreeWidgetItem* row) {
        for (int i = 0; i < row->childCount(); ++i)
            forget(row->child(i));
        m_nodes.remove(row);
        m_maxText.remove(row);
    };
    forget(item);
    delete item;
    recount();
}

void TemplateEditorWidget::moveNode(int by)
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    QTreeWidgetItem* parent = item->parent();
    const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int to = index + by;
    if (to < 0 || to >= count)
        return;
    const bool expanded = item->isExpanded();
    if (parent) {
        parent->takeChild(index);
        parent->insertChild(to, item);
    } else {
        m_tree->takeTopLevelItem(index);
        m_tree->insertTopLevelItem(to, item);
    }
    item->setExpanded(expanded);
    m_tree->setCurrentItem(item);
    recount();
}

Indicator TemplateEditorWidget::collect(QTreeWidgetItem* item, QStringList& unreadable) const
{
    Indicator node = m_nodes.value(item);
    const int decimals = m_editedRules ? m_editedRules->decimals : m_open ? m_open->table->decimals : 2;
    if (const std::optional<Points> max = Points::parse(m_maxText.value(item), decimals))
        node.max = *max;
    else
        unreadable.append(tr(
            "%1: the maximum \"%2\" is not a number of points with at most %n decimal(s).", nullptr, decimals)
                              .arg(node.name, m_maxText.value(item)));
    for (int i = 0; i < item->childCount(); ++i)
        node.children.append(collect(item->child(i), unreadable));
    return node;
}

AssessmentTemplate TemplateEditorWidget::edited() const
{
    if (!m_open)
        return {};
    AssessmentTemplate table = m_editedRules ? *m_editedRules : *m_open->table;
    table.indicators.clear();
    QStringList unreadable;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        table.indicators.append(collect(m_tree->topLevelItem(i), unreadable));
    return table;
}

void TemplateEditorWidget::recount()
{
    if (!m_open) {
        m_total->clear();
        m_problems->clear();
        m_save->setEnabled(false);
        return;
    }
    const AssessmentTemplate table = edited();
    QStringList problems;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        collect(m_tree->topLevelItem(i), problems);
    problems += table.problems();
    m_total->setText(tr("Maximum points of the blocks: %1 of %2 (bonus capped at %3)")
                         .arg(table.regularMaximum().toString(table.decimals),
                             table.total.toString(table.decimals), table.bonusCap.toString(table.decimals)));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_save->setEnabled(mayEdit() && problems.isEmpty());
}

void TemplateEditorWidget::editRules()
{
    if (!m_open)
        return;
    TemplateRulesDialog dialog(edited(), mayEdit(), this);
    if (dialog.exec() != QDialog::Accepted || !mayEdit())
        return;
    QStringList problems;
    m_editedRules = dialog.rules(problems);
    if (!problems.isEmpty())
        m_editedRules.reset();
    recount();
}

void TemplateEditorWidget::refuse(const QString& message)
{
    RefusalLabel::setTone(m_status, RefusalLabel::Tone::Refusal);
    m_status->setText(message);
}

void TemplateEditorWidget::tell(const QString& message)
{
    RefusalLabel::setTone(m_status, RefusalLabel::Tone::Success);
    m_status->setText(message);
}

void TemplateEditorWidget::save()
{
    if (!m_open)
        return;
    Result<StoredTemplate> saved = TemplateEditor(m_db).save(edited());
    if (!saved)
        return refuse(saved.error().message);
    if (saved->table->version == m_open->table->version)
        tell(tr("Nothing changed: still version %1.").arg(saved->table->version));
    else
        tell(tr("Saved as version %1.").arg(saved->table->version));
    m_open = *saved;
    reload();
    emit templatesChanged();
}

void TemplateEditorWidget::copyTemplate()
{
    if (!m_open)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Copy as New"), tr("Name of the new template:"),
        QLineEdit::Normal, tr("%1 (copy)").arg(m_open->table->name), &ok);
    if (!ok)
        return;
    Result<StoredTemplate> copied = TemplateEditor(m_db).copy(m_open->table->id, name.trimmed());
    if (!copied)
        return refuse(copied.error().message);
    m_open = *copied;
    reload();
    tell(tr("Copied as \"%1\", version 1.").arg(copied->table->name));
    emit templatesChanged();
}

void TemplateEditorWidget::useTemplate()
{
    if (!m_open)
        return;
    if (const Status used = TemplateEditor(m_db).use(m_open->table->id); !used)
        return refuse(used.error().message);
    const QString name = m_open->table->name;
    reload();
    tell(tr("New sheets are scored with \"%1\".").arg(name));
    emit templatesChanged();
}

void TemplateEditorWidget::exportTemplate()
{
    if (!m_open)
        return;
    const QString suggested
        = QStringLiteral("%1-v%2.json").arg(m_open->table->name).arg(m_open->table->version);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Template"), suggested, tr("Assessment templates (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status written = TemplateFile::write(*m_open->table, path); !written)
        return refuse(written.error().toString());
    SavedFileNotice::confirm(this, path, tr("The template was saved for other offices to import."));
}

void TemplateEditorWidget::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Template"), QString(), tr("Assessment templates (*.json)"));
    if (path.isEmpty())
        return;
    Result<AssessmentTemplate> read = TemplateFile::read(path);
    if (!read)
        return refuse(read.error().toString());  // naming the file
    Result<StoredTemplate> imported = TemplateEditor(m_db).import(*read);
    if (!imported)
        return refuse(imported.error().message);
    m_open = *imported;
    reload();
    tell(tr("Imported \"%1\", version %2.").arg(imported->table->name).arg(imported->table->version));
    emit templatesChanged();
}

}  // namespace redgrid::ui
