#include "DeleteNodeDialog.h"

#include "LevelCountText.h"
#include "hierarchy/HierarchyStore.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace redgrid::ui {

DeleteNodeDialog::DeleteNodeDialog(hierarchy::HierarchyStore& store, hierarchy::HierarchyEditor& editor,
    const hierarchy::HierarchyNode& node, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_node(node)
    , m_contents(new QLabel)
    , m_confirm(new QCheckBox)
    , m_delete(new QPushButton(tr("&Delete")))
    , m_refusal(new RefusalLabel)
{
    setWindowTitle(tr("Delete %1").arg(node.name));
    hierarchy::LevelCounts below;
    const auto failure = coreGuard(databasePath, [&] { below = store.countBelow(node.id); });

    auto* icon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    auto* question = new QLabel(tr("Delete <b>%1</b> (%2, %3) and everything below it?")
                                    .arg(node.name.toHtmlEscaped(),
                                        hierarchy::NodeLabels::kind(node.kind).toHtmlEscaped(), node.code));
    question->setWordWrap(true);
    m_contents->setText(tr("This also deletes %1.").arg(LevelCountText::describe(below)));
    m_contents->setWordWrap(true);
    m_confirm->setText(tr("I understand that these %1 nodes will be deleted for good")
                           .arg(QLocale().toString(below.total() + 1)));
    m_refusal->setWordWrap(true);
    m_refusal->setVisible(failure.has_value());
    if (failure)
        m_refusal->setText(failure->toString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_delete->setEnabled(false);
    m_confirm->setEnabled(!failure);
    connect(m_confirm, &QCheckBox::toggled, m_delete, &QPushButton::setEnabled);
    connect(m_delete, &QPushButton::clicked, this, &DeleteNodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteNodeDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(question);
    text->addWidget(m_contents);
    text->addSpacing(6);
    text->addWidget(m_confirm);
    text->addWidget(m_refusal);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void DeleteNodeDialog::accept()
{
    if (!m_confirm->isChecked())
        return;
    const Status removed = m_editor.remove(m_node.id, hierarchy::RemovalMode::WithDescendants);
    if (!removed) {
        m_refusal->setText(removed.error().toString());
        m_refusal->show();
        return;
    }
    QDialog::accept();
}

}  // namespace redgrid::ui
