#include "NodeDetailsPanel.h"

#include "LevelCountText.h"
#include "hierarchy/DivisionCode.h"
#include "hierarchy/GridSizeRule.h"
#include "hierarchy/HierarchyStore.h"
#include "security/Session.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/Icons.h"
#include "ui/common/RefusalLabel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>

namespace redgrid::ui {

using hierarchy::HierarchyNode;
using hierarchy::NodeFields;
using hierarchy::NodeKind;
using hierarchy::NodeLabels;
using hierarchy::NodeLevel;

namespace {

constexpr int NoHouseholds = -1;  // the spin box's "not recorded"

QString timestamp(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

// Only labels of unpredictable length wrap: a wrapping label in a form layout keeps the
// height of its longest text, which leaves gaps.
QLabel* valueLabel(bool wrap = false)
{
    auto* label = new QLabel;
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool sameFields(const NodeFields& a, const NodeFields& b)
{
    return a.kind == b.kind && a.name == b.name && a.code == b.code && a.sortOrder == b.sortOrder
        && a.households == b.households && a.remarks == b.remarks;
}

NodeFields fieldsOf(const HierarchyNode& node)
{
    return { node.kind, node.name, node.code, node.sortOrder, node.households, node.remarks };
}

}  // namespace

NodeDetailsPanel::NodeDetailsPanel(hierarchy::HierarchyStore& store, settings::SettingStore& settings,
    const storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_databasePath(connection.path())
    , m_summaries(connection.path(), security::Session::shared(connection))
    , m_form(new QWidget)
    , m_formLayout(new QFormLayout)
    , m_title(new QLabel)
    , m_readOnlyNote(new QLabel)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_code(new QLineEdit)
    , m_codeValidator(new QRegularExpressionValidator(m_code))
    , m_sortOrder(new QSpinBox)
    , m_households(new QSpinBox)
    , m_remarks(new QPlainTextEdit)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("&Revert")))
    , m_refusal(new RefusalLabel)
    , m_level(valueLabel())
    , m_place(valueLabel(true))
    , m_below(valueLabel())
    , m_householdsTotal(valueLabel())
    , m_gridWarning(valueLabel(true))
    , m_created(valueLabel())
    , m_modified(valueLabel())
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_name->setMaxLength(100);
    m_code->setValidator(m_codeValidator);
    m_code->setToolTip(tr("The division code; changing it changes the codes of everything below"));
    m_sortOrder->setRange(-9999, 9999);
    m_sortOrder->setToolTip(tr("Nodes are listed by sort order, then by code"));
    m_households->setRange(NoHouseholds, 99999);
    m_households->setSpecialValueText(tr("not recorded"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setFixedHeight(m_remarks->fontMetrics().lineSpacing() * 4 + 12);
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->hide();
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    m_gridWarning->setStyleSheet(QStringLiteral("color: #9a4a00; font-weight: bold;"));
    m_gridWarning->hide();

    m_formLayout->addRow(tr("&Name:"), m_name);
    m_formLayout->addRow(tr("&Kind:"), m_kind);
    m_formLayout->addRow(tr("&Code:"), m_code);
    m_formLayout->addRow(tr("Sort &order:"), m_sortOrder);
    m_formLayout->addRow(tr("&Households:"), m_households);
    m_formLayout->addRow(tr("Re&marks:"), m_remarks);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* formBox = new QVBoxLayout(m_form);
    formBox->setContentsMargins(0, 0, 0, 0);
    formBox->addLayout(m_formLayout);
    formBox->addLayout(buttons);
    formBox->addWidget(m_refusal);

    auto* overview = new QGroupBox(tr("Overview"));
    auto* overviewLayout = new QFormLayout(overview);
    overviewLayout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);  // beside the first line of a list
    overviewLayout->addRow(tr("Level:"), m_level);
    overviewLayout->addRow(tr("Within:"), m_place);
    overviewLayout->addRow(tr("Below it:"), m_below);
    overviewLayout->addRow(tr("Households:"), m_householdsTotal);
    overviewLayout->addRow(QString(), m_gridWarning);
    overviewLayout->addRow(tr("Created:"), m_created);
    overviewLayout->addRow(tr("Modified:"), m_modified);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_form);
    layout->addWidget(overview);
    layout->addStretch();

    for (QLineEdit* edit : { m_name, m_code }) {
        connect(edit, &QLineEdit::textEdited, this, &NodeDetailsPanel::updateButtons);
        connect(edit, &QLineEdit::returnPressed, this, &NodeDetailsPanel::save);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NodeDetailsPanel::updateButtons);
    connect(m_sortOrder, &QSpinBox::valueChanged, this, &NodeDetailsPanel::updateButtons);
    connect(m_households, &QSpinBox::valueChanged, this, &NodeDetailsPanel::updateButtons);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, &NodeDetailsPanel::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &NodeDetailsPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &NodeDetailsPanel::revert);
    auto* saveShortcut
        = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &NodeDetailsPanel::save);
    connect(&m_summaries, &NodeSummaryLoader::loaded, this, &NodeDetailsPanel::showSummary);
    connect(&m_summaries, &NodeSummaryLoader::failed, this, [this](const QString& message) {
        m_below->setText(tr("could not be counted"));
        emit readFailed(message);
    });

    showNode(std::nullopt);
}

void NodeDetailsPanel::showNode(const std::optional<HierarchyNode>& node)
{
    m_node = node;
    fillForm();
    m_gridWarning->hide();
    if (!node) {
        m_title->setText(tr("Nothing selected"));
        for (QLabel* label : { m_level, m_place, m_below, m_householdsTotal, m_created, m_modified })
            label->clear();
        return;
    }
    m_title->setText(node->name);
    m_level->setText(NodeLabels::level(node->level));
    m_created->setText(timestamp(node->createdAt));
    m_modified->setText(timestamp(node->modifiedAt));
    showPlace();
    if (node->childCount == 0) {
        // Nothing below: the counts are known without asking.
        showSummary({ node->id, {}, node->households.value_or(0) });
    } else {
        m_below->setText(tr("counting…"));
        m_householdsTotal->setText(tr("counting…"));
        m_summaries.request(node->id);
    }
}

void NodeDetailsPanel::fillForm()
{
    m_refusal->clear();
    m_refusal->hide();
    const QList<QWidget*> editors { m_name, m_kind, m_code, m_sortOrder, m_households, m_remarks };
    for (QWidget* editor : editors)
        editor->blockSignals(true);
    m_kind->clear();
    if (!m_node) {
        m_name->clear();
        m_code->clear();
        m_sortOrder->setValue(0);
        m_households->setValue(NoHouseholds);
        m_remarks->clear();
    } else {
        for (NodeKind kind : hierarchy::kindsOf(m_node->level))
            m_kind->addItem(NodeLabels::kind(kind), static_cast<int>(kind));
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_node->kind)));
        m_name->setText(m_node->name);
        const int codeLength = hierarchy::DivisionCode::length(m_node->level);
        m_code->setMaxLength(codeLength);
        m_codeValidator->setRegularExpression(
            QRegularExpression(QStringLiteral("\\d{0,%1}").arg(codeLength)));
        m_code->setText(m_node->code);
        m_sortOrder->setValue(m_node->sortOrder);
        m_households->setValue(m_node->households.value_or(NoHouseholds));
        m_formLayout->setRowVisible(m_households, m_node->level == NodeLevel::Building);
        m_remarks->setPlainText(m_node->remarks);
    }
    m_form->setEnabled(m_node.has_value());
    for (QWidget* editor : editors)
        editor->blockSignals(false);
    updateButtons();
}

void NodeDetailsPanel::showPlace()
{
    QList<HierarchyNode> chain;
    if (auto failure = coreGuard(m_databasePath, [&] { chain = m_store.ancestors(m_node->id); })) {
        emit readFailed(failure->toString());
        return;
    }
    QStringList names;
    for (const HierarchyNode& ancestor : std::as_const(chain))
        names.append(ancestor.name);
    m_place->setText(names.isEmpty() ? tr("the root of this database") : names.join(QStringLiteral(" › ")));
}

void NodeDetailsPanel::showSummary(const NodeSummary& summary)
{
    if (!m_node || summary.id != m_node->id)
        return;
    m_below->setText(
        LevelCountText::describe(summary.below, tr("nothing"), LevelCountText::Layout::LinePerLevel));
    m_householdsTotal->setText(QLocale().toString(summary.households));
    std::optional<QString> warning;
    if (m_node->level == NodeLevel::Grid) {
        hierarchy::HouseholdRange range;
        const auto failure
            = coreGuard(m_databasePath, [&] { range = hierarchy::GridSizeRule::range(m_settings); });
        if (failure)
            emit readFailed(failure->toString());
        warning = hierarchy::GridSizeRule::warning(summary.households, range);
    }
    m_gridWarning->setText(warning.value_or(QString()));
    m_gridWarning->setVisible(warning.has_value());
    emit summaryShown();
}

void NodeDetailsPanel::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

NodeFields NodeDetailsPanel::fields() const
{
    NodeFields fields;
    fields.kind = static_cast<NodeKind>(m_kind->currentData().toInt());
    fields.name = m_name->text();
    fields.code = m_code->text();
    fields.sortOrder = m_sortOrder->value();
    if (m_node && m_node->level == NodeLevel::Building && m_households->value() != NoHouseholds)
        fields.households = m_households->value();
    fields.remarks = m_remarks->toPlainText();
    return fields;
}

bool NodeDetailsPanel::hasChanges() const
{
    return !m_readOnly && m_node && !sameFields(fields(), fieldsOf(*m_node));
}

void NodeDetailsPanel::setReadOnly(bool readOnly, const QString& why)
{
    m_readOnlyNote->setText(why);
    m_readOnlyNote->setVisible(readOnly && !why.isEmpty());
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    for (QLineEdit* edit : { m_name, m_code })
        edit->setReadOnly(readOnly);
    for (QSpinBox* box : { m_sortOrder, m_households })
        box->setReadOnly(readOnly);
    m_remarks->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
    fillForm();
}

void NodeDetailsPanel::updateButtons()
{
    const bool changed = hasChanges();
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
}

void NodeDetailsPanel::focusName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

void NodeDetailsPanel::save()
{
    if (hasChanges())
        emit saveRequested(m_node->id, fields());
}

void NodeDetailsPanel::revert()
{
    fillForm();
}

}  // namespace redgrid::ui
