#include "NodeChooser.h"

#include "NodePickerDialog.h"
#include "hierarchy/HierarchyStore.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace redgrid::ui {

NodeChooser::NodeChooser(
    storage::Connection& connection, QSet<hierarchy::NodeLevel> levels, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_levels(std::move(levels))
    , m_title(title)
    , m_place(new QLineEdit)
    , m_clear(new QToolButton)
{
    m_place->setReadOnly(true);
    m_place->setPlaceholderText(tr("not chosen"));
    auto* choose = new QPushButton(tr("Choose…"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolTip(tr("Clear"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(choose, &QPushButton::clicked, this, &NodeChooser::choose);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setNodeId({});
        emit nodeChanged();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_place, 1);
    layout->addWidget(m_clear);
    layout->addWidget(choose);
}

void NodeChooser::setNodeId(const RecordId& id)
{
    m_id = id;
    QString place;
    if (!id.isNull()) {
        hierarchy::HierarchyStore store(m_db);
        if (const auto failure
            = coreGuard(m_db.path(), [&] { place = NodePickerDialog::placeOf(store, id); }))
            place = failure->toString();
    }
    m_place->setText(place);
    m_place->setToolTip(place);
    m_clear->setEnabled(!id.isNull());
}

void NodeChooser::choose()
{
    hierarchy::HierarchyStore store(m_db);
    NodePickerDialog picker(store, m_db.path(), m_levels, m_title, this);
    if (!m_id.isNull())
        picker.select(m_id);
    if (picker.exec() != QDialog::Accepted || !picker.chosen())
        return;
    setNodeId(picker.chosen()->id);
    emit nodeChanged();
}

}  // namespace redgrid::ui
