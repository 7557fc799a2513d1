#include "OrgPickerDialog.h"

#include "OrgTreeModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace redgrid::ui {

OrgPickerDialog::OrgPickerDialog(
    storage::Connection& connection, const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_model(new OrgTreeModel(connection, this))
    , m_tree(new QTreeView)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    m_model->reload();
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->expandAll();
    auto* label = new QLabel(prompt);
    label->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrgPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrgPickerDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isChoosable(current));
        });
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (isChoosable(m_tree->currentIndex()))
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    resize(520, 520);
}

bool OrgPickerDialog::isChoosable(const QModelIndex& index) const
{
    const organisation::PartyOrg* org = m_model->orgAt(index);
    return org && (organisation::isBranch(org->kind) || org->kind == organisation::OrgKind::Group);
}

bool OrgPickerDialog::select(const RecordId& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void OrgPickerDialog::accept()
{
    if (!isChoosable(m_tree->currentIndex()))
        return;
    m_chosen = m_model->idAt(m_tree->currentIndex());
    QDialog::accept();
}

}  // namespace redgrid::ui
