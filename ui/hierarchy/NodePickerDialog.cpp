#include "NodePickerDialog.h"

#include "HierarchySearchBox.h"
#include "HierarchyTreeModel.h"
#include "hierarchy/HierarchyStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTreeView>
#include <QVBoxLayout>

namespace redgrid::ui {

using hierarchy::NodeLabels;
using hierarchy::NodeLevel;

NodePickerDialog::NodePickerDialog(hierarchy::HierarchyStore& store, const QString& databasePath,
    QSet<NodeLevel> levels, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_levels(std::move(levels))
    , m_model(new HierarchyTreeModel(store, databasePath, this))
    , m_tree(new QTreeView)
    , m_search(new HierarchySearchBox)
    , m_hint(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    m_search->setStore(&store, databasePath);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(HierarchyTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->hideColumn(HierarchyTreeModel::HouseholdsColumn);
    m_model->reload();
    m_tree->expand(m_model->rootIndex());

    QStringList names;
    for (int level = 1; level <= hierarchy::LevelCount; ++level)
        if (m_levels.contains(static_cast<NodeLevel>(level)))
            names << NodeLabels::level(static_cast<NodeLevel>(level));
    m_hint->setText(
        tr("Choose a %1. Type a name or code in the search box to find it.").arg(names.join(tr(" or "))));
    m_hint->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NodePickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NodePickerDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &NodePickerDialog::currentChanged);
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_search, &HierarchySearchBox::nodeChosen, this, &NodePickerDialog::select);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    resize(560, 560);
}

NodePickerDialog::~NodePickerDialog()
{
    m_search->setStore(nullptr, {});
}

bool NodePickerDialog::select(const RecordId& id)
{
    const QModelIndex index = m_model->reveal(id);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void NodePickerDialog::currentChanged()
{
    const hierarchy::HierarchyNode* node = m_model->nodeAt(m_tree->currentIndex());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(node && m_levels.contains(node->level));
}

void NodePickerDialog::accept()
{
    const hierarchy::HierarchyNode* node = m_model->nodeAt(m_tree->currentIndex());
    if (!node || !m_levels.contains(node->level))
        return;
    m_chosen = *node;
    QDialog::accept();
}

QString NodePickerDialog::placeOf(hierarchy::HierarchyStore& store, const RecordId& id)
{
    const auto node = store.node(id);
    if (!node)
        return {};
    QStringList names;
    for (const hierarchy::HierarchyNode& ancestor : store.ancestors(id))
        if (ancestor.level != NodeLevel::District)
            names << ancestor.name;
    names << node->name;
    return names.join(QStringLiteral(" › "));
}

}  // namespace redgrid::ui
