#include "CodeComboBox.h"

#include "roster/CodeTable.h"

#include <QHash>

namespace redgrid::ui {

void IndentingDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text.prepend(QString(index.data(DepthRole).toInt() * 4, QLatin1Char(' ')));
}

CodeComboBox::CodeComboBox(const roster::CodeTable& table, bool allowEmpty, QWidget* parent)
    : QComboBox(parent)
    , m_table(table)
{
    if (allowEmpty)
        addItem(QString(), QString());
    QHash<QString, int> depth;
    for (const roster::CodeEntry& entry : table.entries()) {
        const int level = entry.parentCode.isEmpty() ? 0 : depth.value(entry.parentCode) + 1;
        depth.insert(entry.code, level);
        addItem(entry.label, entry.code);
        setItemData(count() - 1, level, IndentingDelegate::DepthRole);
        setItemData(count() - 1, table.pathFor(entry.code), Qt::ToolTipRole);
    }
    setItemDelegate(new IndentingDelegate(this));
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
}

QString CodeComboBox::code() const
{
    return currentData().toString();
}

void CodeComboBox::setCode(const QString& code)
{
    int index = findData(code);
    if (index < 0 && code.isEmpty()) {
        setCurrentIndex(-1);
        return;
    }
    if (index < 0) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

}  // namespace redgrid::ui
