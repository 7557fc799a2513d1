#include "RectificationPanel.h"

#include "assessment/SheetEditor.h"
#include "security/Session.h"
#include "ui/common/DateField.h"
#include "ui/common/RefusalLabel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

using namespace assessment;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

}  // namespace

RectificationPanel::RectificationPanel(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
{
    auto* title = new QLabel(tr("Rectification (整改)"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("rectificationList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        { tr("Indicator"), tr("Problem"), tr("Responsible"), tr("Deadline"), tr("State") });
    m_list->header()->resizeSection(IndicatorColumn, 220);
    m_list->header()->resizeSection(ProblemColumn, 260);
    m_open = new QPushButton(tr("&Open an Item…"), this);
    m_open->setObjectName(QStringLiteral("openRectification"));
    m_close = new QPushButton(tr("C&lose the Item…"), this);
    m_close->setObjectName(QStringLiteral("closeRectification"));
    m_status = new RefusalLabel(this);
    m_status->setObjectName(QStringLiteral("rectificationStatus"));
    connect(m_open, &QPushButton::clicked, this, &RectificationPanel::openItem);
    connect(m_close, &QPushButton::clicked, this, &RectificationPanel::closeItem);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        QTreeWidgetItem* item = m_list->currentItem();
        const int index = item ? item->data(0, IdRole).toInt() : -1;
        m_close->setEnabled(
            index >= 0 && index < m_items.size() && !m_items.at(index).closed && m_open->isEnabled());
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
}

void RectificationPanel::setSheet(const std::optional<Sheet>& sheet, const QDate& today)
{
    m_sheet = sheet;
    m_today = today;
    m_status->clear();
    const security::Session* session = security::Session::of(m_db);
    const bool mayScore = session && session->allows(security::Permission::ScoreAssessment);
    m_open->setEnabled(sheet && sheet->isSaved() && mayScore);
    m_close->setEnabled(false);
    fill(sheet ? sheet->rectifications : QList<Rectification>());
}

void RectificationPanel::fill(const QList<Rectification>& items)
{
    m_items = items;
    m_list->clear();
    for (int i = 0; i < items.size(); ++i) {
        const Rectification& r = items.at(i);
        QString state = r.closed
            ? tr("Closed %1: %2").arg(r.closedOn.toString(QStringLiteral("yyyy-MM-dd")), r.outcome)
            : tr("Open");
        if (r.isOverdue(m_today))
            state = tr("Overdue");
        if (m_sheet && r.raisedIn != m_sheet->period)
            state += tr(" (from %1)").arg(r.raisedIn.label());
        auto* item = new QTreeWidgetItem(m_list,
            { r.indicatorName, r.problem, r.responsible, r.deadline.toString(QStringLiteral("yyyy-MM-dd")),
                state });
        item->setData(0, IdRole, i);
        if (r.isOverdue(m_today)) {
            const QColor red(RefusalLabel::colour(RefusalLabel::Tone::Refusal));
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setForeground(column, red);
        }
    }
}

void RectificationPanel::openItem()
{
    if (!m_sheet)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("rectificationDialog"));
    dialog.setWindowTitle(tr("Open a Rectification Item"));
    auto* indicator = new QComboBox(&dialog);
    indicator->setObjectName(QStringLiteral("rectificationIndicator"));
    const SheetResult result = m_sheet->result();
    for (const auto& [node, depth] : m_sheet->table.table->flatten()) {
        Q_UNUSED(depth)
        const IndicatorResult scored = result.indicators.value(node->key);
        if (node->method != ScoringMethod::Sum && node->kind == IndicatorKind::Regular
            && scored.score < scored.max)
            indicator->addItem(
                tr("%1 (%2 of %3)").arg(node->name, scored.score.toString(), scored.max.toString()),
                node->key);
    }
    auto* problem = new QLineEdit(&dialog);
    problem->setObjectName(QStringLiteral("rectificationProblem"));
    auto* responsible = new QLineEdit(&dialog);
    responsible->setObjectName(QStringLiteral("rectificationResponsible"));
    auto* deadline = new DateField(&dialog);
    deadline->setObjectName(QStringLiteral("rectificationDeadline"));
    deadline->setDate(m_today.addMonths(1));
    auto* refusal = new RefusalLabel(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Indicator:"), indicator);
    form->addRow(tr("&Problem:"), problem);
    form->addRow(tr("&Responsible:"), responsible);
    form->addRow(tr("&Deadline:"), deadline);
    form->addRow(refusal);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Result<Rectification> opened
            = SheetEditor(m_db).openRectification(*m_sheet, indicator->currentData().toString(),
                problem->text().trimmed(), responsible->text().trimmed(), deadline->date());
        if (!opened)
            return refusal->setText(opened.error().message);
        m_items.append(*opened);
        m_sheet->rectifications = m_items;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    fill(m_items);
    emit changed();
}

void RectificationPanel::closeItem()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const int index = item->data(0, IdRole).toInt();
    bool ok = false;
    const QString outcome = QInputDialog::getText(this, tr("Close the Item"),
        tr("What was done about \"%1\"?").arg(m_items.at(index).problem), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    Result<Rectification> closed
        = SheetEditor(m_db).closeRectification(m_items.at(index).id, outcome.trimmed(), m_today);
    if (!closed) {
        RefusalLabel::setTone(m_status, RefusalLabel::Tone::Refusal);
        return m_status->setText(closed.error().message);
    }
    m_items[index] = *closed;
    if (m_sheet)
        m_sheet->rectifications = m_items;
    fill(m_items);
    emit changed();
}

}  // namespace redgrid::ui
