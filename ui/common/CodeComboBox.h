#pragma once

#include <QComboBox>
#include <QStyledItemDelegate>

namespace redgrid::roster {
class CodeTable;
}

namespace redgrid::ui {

// Indents the entries of a combo box's list by their level (DepthRole), while the closed
// box shows the chosen entry without the indent.
class IndentingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int DepthRole = Qt::UserRole + 7;
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

// A choice from one of the member record's code tables: the user sees the labels of the
// standard, the record keeps the code. Hierarchical tables (工作岗位) are indented.
class CodeComboBox : public QComboBox
{
    Q_OBJECT

public:
    CodeComboBox(const roster::CodeTable& table, bool allowEmpty, QWidget* parent = nullptr);

    QString code() const;  // empty when nothing is chosen
    // A code the table lacks (an old import) stays visible as itself, so saving keeps it.
    void setCode(const QString& code);

private:
    const roster::CodeTable& m_table;
};

}  // namespace redgrid::ui
