#include "AddNodeDialog.h"

#include "hierarchy/DivisionCode.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redgrid::ui {

using hierarchy::NodeKind;
using hierarchy::NodeLabels;
using hierarchy::NodeLevel;

AddNodeDialog::AddNodeDialog(hierarchy::HierarchyEditor& editor, const hierarchy::HierarchyNode& parentNode,
    const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_parentNode(parentNode)
    , m_level(hierarchy::childLevel(parentNode.level).value_or(NodeLevel::Building))
    , m_kind(new QComboBox)
    , m_name(new QLineEdit)
    , m_code(new QLineEdit)
    , m_households(new QSpinBox)
    , m_refusal(new RefusalLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add %1").arg(NodeLabels::level(m_level)));
    auto* intro
        = new QLabel(tr("New %1 in <b>%2</b>")
                         .arg(NodeLabels::level(m_level).toHtmlEscaped(), parentNode.name.toHtmlEscaped()));
    for (NodeKind kind : hierarchy::kindsOf(m_level))
        m_kind->addItem(NodeLabels::kind(kind), static_cast<int>(kind));
    m_name->setMaxLength(100);
    const int codeLength = hierarchy::DivisionCode::length(m_level);
    m_code->setMaxLength(codeLength);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,%1}").arg(codeLength)), m_code));
    m_code->setToolTip(tr("%1 digits, beginning with the code of %2").arg(codeLength).arg(parentNode.name));
    if (const auto failure
        = coreGuard(databasePath, [&] { m_code->setText(editor.nextFreeCode(parentNode.id)); }))
        m_refusal->setText(failure->toString());
    m_households->setRange(0, 99999);
    m_households->setValue(0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Households:"), m_households);
    form->setRowVisible(m_households, m_level == NodeLevel::Building);

    m_refusal->setWordWrap(true);
    m_refusal->setVisible(!m_refusal->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddNodeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddNodeDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_name->setFocus();
}

void AddNodeDialog::accept()
{
    hierarchy::NodeFields fields;
    fields.kind = static_cast<NodeKind>(m_kind->currentData().toInt());
    fields.name = m_name->text();
    fields.code = m_code->text();
    if (m_level == NodeLevel::Building)
        fields.households = m_households->value();
    auto added = m_editor.add(m_parentNode.id, fields);
    if (!added) {
        m_refusal->setText(added.error().toString());
        m_refusal->show();
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

}  // namespace redgrid::ui
