#include "ImportValueChoices.h"

#include "importexport/ValueMapping.h"
#include "roster/CodeTable.h"
#include "ui/common/CodeComboBox.h"
#include "ui/common/ComboPopup.h"

#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace redgrid::ui {

using importexport::RosterField;

namespace {
enum Column { ItemColumn, ValueColumn, RowsColumn, ChoiceColumn };
}

ImportValueChoices::ImportValueChoices(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("importValueChoices"));
    setColumnCount(4);
    setHorizontalHeaderLabels({ tr("Item"), tr("Value in the file"), tr("Rows"), tr("Import as") });
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
}

QComboBox* ImportValueChoices::choiceBox(int row) const
{
    return qobject_cast<QComboBox*>(cellWidget(row, ChoiceColumn));
}

// Every value of the table, indented by level, with its code: the accepted values the
// user can see. A label several codes share puts those codes first.
QComboBox* ImportValueChoices::makeChoice(const importexport::UnknownValueCount& value)
{
    const roster::CodeTable* table = importexport::codeTableOf(value.field);
    auto* box = new QComboBox(this);
    box->setItemDelegate(new IndentingDelegate(box));
    box->addItem(tr("Leave empty"), QString());
    box->setItemData(0, tr("Import these rows without the item"), Qt::ToolTipRole);
    if (table) {
        for (const roster::CodeEntry& entry : table->entriesLabelled(value.text)) {
            box->addItem(QStringLiteral("%1 %2").arg(entry.code, table->pathFor(entry.code)), entry.code);
            box->setItemData(box->count() - 1, table->pathFor(entry.code), Qt::ToolTipRole);
        }
        if (box->count() > 1)
            box->insertSeparator(box->count());
        QHash<QString, int> depth;
        for (const roster::CodeEntry& entry : table->entries()) {
            const int level = entry.parentCode.isEmpty() ? 0 : depth.value(entry.parentCode) + 1;
            depth.insert(entry.code, level);
            box->addItem(QStringLiteral("%1 %2").arg(entry.code, entry.label), entry.code);
            box->setItemData(box->count() - 1, level, IndentingDelegate::DepthRole);
            box->setItemData(box->count() - 1, table->pathFor(entry.code), Qt::ToolTipRole);
        }
    }
    if (value.chosenCode && !value.chosenCode->isEmpty())
        box->setCurrentIndex(std::max(0, box->findData(*value.chosenCode)));
    keepPopupOnScreen(box);
    box->setToolTip(tr("The code to import “%1” as").arg(value.text));
    const RosterField field = value.field;
    const QString text = value.text;
    connect(box, &QComboBox::activated, this, [this, box, field, text] {
        m_choices.set(field, text, box->currentData().toString());
        emit choicesChanged();
    });
    return box;
}

void ImportValueChoices::setValues(const QList<importexport::UnknownValueCount>& values)
{
    QList<std::pair<RosterField, QString>> keys;
    for (const auto& value : values)
        keys.append({ value.field, value.text });
    // The same values again (after a choice): only the counts change, and the box the user
    // just used stays.
    if (keys == m_shown) {
        for (int row = 0; row < values.size(); ++row)
            item(row, RowsColumn)->setText(QString::number(values[row].rows));
        return;
    }
    m_shown = keys;
    setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const auto& value = values[row];
        setItem(row, ItemColumn, new QTableWidgetItem(importexport::fieldInfo(value.field).header));
        auto* text = new QTableWidgetItem(value.text);
        text->setToolTip(tr("First in row %1").arg(value.firstRow));
        setItem(row, ValueColumn, text);
        auto* rows = new QTableWidgetItem(QString::number(value.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, RowsColumn, rows);
        setCellWidget(row, ChoiceColumn, makeChoice(value));
    }
    resizeColumnsToContents();
    horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows, up to six; the column mapping above keeps the rest.
    const int shown = std::clamp(int(values.size()), 1, 6);
    setMaximumHeight(horizontalHeader()->sizeHint().height() + shown * verticalHeader()->defaultSectionSize()
        + 2 * frameWidth() + (shown < values.size() ? horizontalScrollBar()->sizeHint().height() : 0));
}

}  // namespace redgrid::ui
