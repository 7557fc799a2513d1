#include "OrgComboBox.h"

#include "ui/common/CodeComboBox.h"

#include <QHash>
#include <QStandardItemModel>

namespace redgrid::ui {

OrgComboBox::OrgComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setItemDelegate(new IndentingDelegate(this));
    setMaxVisibleItems(24);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
}

bool OrgComboBox::isChoosable(const organisation::PartyOrg& org) const
{
    return m_choice == Choice::Any || organisation::isBranch(org.kind)
        || org.kind == organisation::OrgKind::Group;
}

void OrgComboBox::setOrgs(const QList<organisation::PartyOrg>& orgs, Choice choice, const QString& noneText)
{
    m_choice = choice;
    clear();
    if (!noneText.isEmpty())
        addItem(noneText, QString());
    auto* items = qobject_cast<QStandardItemModel*>(model());
    QHash<RecordId, int> depth;
    for (const organisation::PartyOrg& org : orgs) {
        const int level = org.parentId.isNull() ? 0 : depth.value(org.parentId) + 1;
        depth.insert(org.id, level);
        addItem(org.shortName.isEmpty() ? org.name : org.shortName, org.id.toString());
        setItemData(count() - 1, level, IndentingDelegate::DepthRole);
        setItemData(count() - 1, QStringLiteral("%1\n%2").arg(org.name, org.code), Qt::ToolTipRole);
        if (items && !isChoosable(org))
            items->item(count() - 1)->setEnabled(false);
    }
}

RecordId OrgComboBox::orgId() const
{
    return RecordId::fromString(currentData().toString());
}

bool OrgComboBox::setOrgId(const RecordId& id)
{
    const int index = findData(id.isNull() ? QString() : id.toString());
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

}  // namespace redgrid::ui
