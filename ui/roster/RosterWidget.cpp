#include "RosterWidget.h"

#include "MemberDialog.h"
#include "RosterFilterBar.h"
#include "RosterModel.h"
#include "RosterScopeButton.h"
#include "organisation/OrgStore.h"
#include "roster/MemberEditor.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/organisation/OrgPickerDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace redgrid::ui {

namespace {

const QString HiddenColumnsKey = QStringLiteral("roster/hiddenColumns");
const QString StrokeOrderKey = QStringLiteral("roster/strokeOrder");

// Shown until the user chooses: the columns of a printed roster; the rest on demand.
bool hiddenByDefault(int column)
{
    return column == RosterModel::AddressColumn || column == RosterModel::LostContactColumn
        || column == RosterModel::MobileMemberColumn || column == RosterModel::StatusColumn;
}

// A sample of the widest usual content, so widths come from the font, not from rows.
QString widestSample(int column)
{
    const auto han = [](int n) { return QString(n, QChar(0x56FD)); };  // 国
    switch (column) {
    case RosterModel::NameColumn:
        return han(5);
    case RosterModel::SexColumn:
        return han(1);
    case RosterModel::EthnicityColumn:
        return han(4);
    case RosterModel::IdNumberColumn:
        return QStringLiteral("500105********123X");
    case RosterModel::AgeColumn:
    case RosterModel::PartyAgeColumn:
        return QStringLiteral("000");
    case RosterModel::EducationColumn:
        return han(6);
    case RosterModel::CategoryColumn:
        return han(4);
    case RosterModel::BranchColumn:
        return han(12);
    case RosterModel::JobPostColumn:
        return han(8);
    case RosterModel::MobileColumn:
        return QStringLiteral("138****5678");
    case RosterModel::AddressColumn:
        return han(16);
    case RosterModel::StandingColumn:
        return han(4);
    case RosterModel::LostContactColumn:
        return QStringLiteral("0000-00 ") + han(6);
    case RosterModel::MobileMemberColumn:
        return han(8);
    case RosterModel::StatusColumn:
        return QStringLiteral("Transferred out");
    default:
        return QStringLiteral("0000-00-00");
    }
}

}  // namespace

RosterWidget::RosterWidget(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_model(new RosterModel(connection, this))
    , m_filters(new RosterFilterBar)
    , m_table(new QTableView)
    , m_scope(new RosterScopeButton(connection))
    , m_count(new QLabel)
    , m_showAll(new QToolButton)
{
    setUpTable();
    createActions();

    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 2, 6, 4);
    m_showAll->setText(tr("Show All"));
    m_showAll->setToolTip(tr("List the members of every organisation"));
    m_showAll->setAutoRaise(true);
    connect(m_showAll, &QToolButton::clicked, this, [this] {
        setOrganisation({}, {});
        emit allOrganisationsRequested();
    });
    // Whose members are listed, beside the search: a search finding nothing in one branch
    // must not pass for one finding nothing at all.
    connect(m_scope, &RosterScopeButton::organisationChosen, this,
        [this](const RecordId& id, const QString& name) {
            setOrganisation(id, name);
            if (id.isNull())
                emit allOrganisationsRequested();
            else
                emit organisationRequested(id);
        });
    auto* scope = new QWidget;
    auto* scopeLayout = new QHBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->setSpacing(0);
    scopeLayout->addWidget(m_scope);
    scopeLayout->addWidget(m_showAll);
    m_filters->addBesideSearch(scope);
    bottom->addStretch(1);
    bottom->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    // Tab goes as the eye does: the scope, the search, the filters, the table.
    const QList<QWidget*> order
        = QList<QWidget*> { m_scope, m_showAll } + m_filters->tabOrder() + QList<QWidget*> { m_table };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_filters, &RosterFilterBar::filterChanged, this, &RosterWidget::applyFilter);
    connect(m_model, &RosterModel::countChanged, this, &RosterWidget::updateCount);
    connect(m_model, &RosterModel::modelReset, this, &RosterWidget::showSortIndicator);
    connect(m_model, &RosterModel::readFailed, this, &RosterWidget::readFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, &RosterWidget::openCurrent);

    const bool stroke = QSettings().value(StrokeOrderKey, false).toBool();
    m_stroke->setChecked(stroke);
    m_model->setNameOrder(stroke ? RosterModel::NameOrder::Stroke : RosterModel::NameOrder::Pinyin);
    setOrganisation({}, {});
}

RosterWidget::~RosterWidget() = default;

void RosterWidget::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setCornerButtonEnabled(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Every row the same height, never measured: the view asks only for the visible rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(RosterModel::NameColumn, Qt::AscendingOrder);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 12;
    for (int column = 0; column < RosterModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
            std::max(metrics.horizontalAdvance(title) + 16, metrics.horizontalAdvance(widestSample(column)))
                + padding);
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RosterWidget::sortRequested);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint& at) { columnMenu()->popup(m_table->horizontalHeader()->mapToGlobal(at)); });
    restoreColumns();
}

void RosterWidget::createActions()
{
    m_new = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Member…"), this);
    m_new->setIconText(tr("New Member…"));
    m_new->setToolTip(tr("Enter a new party member (Ins)"));
    m_new->setShortcut(Qt::Key_Insert);
    m_open = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Open Member…"), this);
    m_open->setIconText(tr("Details…"));
    m_open->setToolTip(tr("Show and edit the selected member (Enter)"));
    m_open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_move = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Move to Organisation…"), this);
    m_move->setIconText(tr("Move…"));
    m_move->setToolTip(tr("Register the selected members in another branch (Ctrl+M)"));
    m_move->setShortcut(Qt::CTRL | Qt::Key_M);
    for (QAction* action : { m_new, m_open, m_move }) {
        // Keys act on the table only: Enter in the search box searches.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    m_stroke = new QAction(tr("Sort Names by &Surname Strokes (姓氏笔画)"), this);
    m_stroke->setCheckable(true);
    m_stroke->setToolTip(tr("Sort the name column by the strokes of the surname instead of pinyin"));
    connect(m_stroke, &QAction::toggled, this, [this](bool stroke) {
        QSettings().setValue(StrokeOrderKey, stroke);
        m_model->setNameOrder(stroke ? RosterModel::NameOrder::Stroke : RosterModel::NameOrder::Pinyin);
    });
    connect(m_new, &QAction::triggered, this, &RosterWidget::newMember);
    connect(m_open, &QAction::triggered, this, &RosterWidget::openCurrent);
    connect(m_move, &QAction::triggered, this, &RosterWidget::moveSelected);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_stroke);
    updateActions();
}

QList<QAction*> RosterWidget::memberActions() const
{
    return { m_new, m_open, m_move };
}

void RosterWidget::setOrganisation(const RecordId& orgId, const QString& name)
{
    m_orgId = orgId;
    m_scope->setOrganisation(orgId, name);
    m_showAll->setVisible(!orgId.isNull());
    applyFilter();
}

void RosterWidget::showAllMembers()
{
    {
        const QSignalBlocker blocker(m_filters);  // one query, below
        m_filters->reset();
    }
    setOrganisation({}, {});
    emit allOrganisationsRequested();
}

void RosterWidget::applyFilter()
{
    roster::RosterFilter filter = m_filters->filter();
    filter.orgId = m_orgId;
    m_model->setFilter(filter);
    updateActions();
}

void RosterWidget::reload()
{
    const int scrolled = m_table->verticalScrollBar()->value();
    const RecordId current = m_model->memberIdAt(m_table->currentIndex().row());
    m_model->reload();
    m_table->doItemsLayout();  // the scroll range now, not at the next paint
    m_table->verticalScrollBar()->setValue(scrolled);
    if (const int row = m_model->rowOfMember(current); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, RosterModel::NameColumn));
    updateActions();
}

void RosterWidget::sortRequested(int column, Qt::SortOrder order)
{
    if (!RosterModel::isSortable(column)) {
        showSortIndicator();  // back to the order in force
        return;
    }
    m_model->sort(column, order);
}

void RosterWidget::showSortIndicator()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    // While a search sorts by relevance no column is the order.
    header->setSortIndicatorShown(!m_model->sortsByRelevance());
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    header->viewport()->update();
}

void RosterWidget::updateCount()
{
    const qint64 total = m_model->totalCount();
    QString text = total == 1 ? tr("1 member") : tr("%1 members").arg(QLocale().toString(total));
    if (const qint64 selected = selectedCount(); selected > 1)
        text += QStringLiteral(" · ") + tr("%1 selected").arg(QLocale().toString(selected));
    m_count->setText(text);
}

void RosterWidget::updateActions()
{
    const qint64 selected = selectedCount();
    m_open->setEnabled(selected == 1 || m_table->currentIndex().isValid());
    m_move->setEnabled(selected > 0);
}

qint64 RosterWidget::selectedCount() const
{
    qint64 rows = 0;
    // Ranges, not indexes: Ctrl+A over a million rows is one range.
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        if (range.left() == 0)
            rows += range.height();
    return rows;
}

QList<RecordId> RosterWidget::selectedMemberIds() const
{
    QList<RecordId> ids;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        if (range.left() != 0)
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row)
            if (const RecordId id = m_model->memberIdAt(row); !id.isNull() && !ids.contains(id))
                ids.append(id);
    }
    return ids;
}

void RosterWidget::newMember()
{
    RecordId home;
    // A new member starts in the selected branch or group, if one is selected.
    if (!m_orgId.isNull()) {
        const auto failure = coreGuard(m_db.path(), [&] {
            if (const auto org = organisation::OrgStore(m_db).org(m_orgId))
                if (organisation::isBranch(org->kind) || org->kind == organisation::OrgKind::Group)
                    home = org->id;
        });
        if (failure)
            emit readFailed(failure->toString());
    }
    MemberDialog dialog(m_db, {}, home, this);
    dialog.exec();
    if (dialog.wroteChanges())
        afterWrite();
}

void RosterWidget::openCurrent()
{
    const RecordId id = m_model->memberIdAt(m_table->currentIndex().row());
    if (!id.isNull())
        openMember(id);
}

void RosterWidget::openMember(const RecordId& id)
{
    MemberDialog dialog(m_db, id, {}, this);
    dialog.exec();
    if (dialog.wroteChanges())
        afterWrite();
}

void RosterWidget::moveSelected()
{
    const qint64 count = selectedCount();
    if (count == 0)
        return;
    if (count > MaxMovedAtOnce) {
        QMessageBox::information(this, tr("Too Many Members Selected"),
            tr("Select at most %1 members to move at a time.").arg(QLocale().toString(MaxMovedAtOnce)));
        return;
    }
    const QList<RecordId> ids = selectedMemberIds();
    OrgPickerDialog picker(m_db, tr("Move to Organisation"),
        tr("Register the %Ln selected member(s) in:", nullptr, int(ids.size())), this);
    if (!m_orgId.isNull())
        picker.select(m_orgId);
    if (picker.exec() != QDialog::Accepted || picker.chosenId().isNull())
        return;
    moveMembers(ids, picker.chosenId());
}

bool RosterWidget::moveMembers(const QList<RecordId>& ids, const RecordId& orgId)
{
    Status moved;
    if (const auto failure
        = coreGuard(m_db.path(), [&] { moved = roster::MemberEditor(m_db).moveTo(ids, orgId); }))
        moved = *failure;
    if (!moved) {
        QMessageBox::warning(this, tr("Not Moved"), moved.error().toString());
        return false;
    }
    m_table->clearSelection();
    afterWrite();
    return true;
}

void RosterWidget::afterWrite()
{
    reload();
    emit membersChanged();
}

QMenu* RosterWidget::columnMenu()
{
    if (!m_columns) {
        m_columns = new QMenu(tr("Columns"), this);
        for (int column = 0; column < RosterModel::ColumnCount; ++column) {
            QAction* action = m_columns->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setData(column);
            // The name says who the row is: it always stays.
            action->setEnabled(column != RosterModel::NameColumn);
            connect(
                action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
        }
        m_columns->addSeparator();
        m_columns->addAction(m_stroke);
    }
    for (QAction* action : m_columns->actions())
        if (action->isCheckable() && action != m_stroke) {
            const QSignalBlocker blocker(action);
            action->setChecked(isColumnVisible(action->data().toInt()));
        }
    return m_columns;
}

void RosterWidget::setColumnVisible(int column, bool visible)
{
    if (column == RosterModel::NameColumn || isColumnVisible(column) == visible)
        return;
    m_table->horizontalHeader()->setSectionHidden(column, !visible);
    saveColumns();
}

bool RosterWidget::isColumnVisible(int column) const
{
    return !m_table->horizontalHeader()->isSectionHidden(column);
}

void RosterWidget::restoreColumns()
{
    const QSettings settings;
    const bool chosen = settings.contains(HiddenColumnsKey);
    const QStringList hidden = settings.value(HiddenColumnsKey).toStringList();
    for (int column = 0; column < RosterModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionHidden(column,
            column != RosterModel::NameColumn
                && (chosen ? hidden.contains(RosterModel::columnKey(column)) : hiddenByDefault(column)));
}

void RosterWidget::saveColumns() const
{
    QStringList hidden;
    for (int column = 0; column < RosterModel::ColumnCount; ++column)
        if (!isColumnVisible(column))
            hidden << RosterModel::columnKey(column);
    QSettings().setValue(HiddenColumnsKey, hidden);
}

}  // namespace redgrid::ui
