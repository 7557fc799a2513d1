#include "HierarchySearchBox.h"

#include "SearchResultsModel.h"
#include "hierarchy/HierarchyStore.h"
#include "ui/common/CoreGuard.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTreeView>

namespace redgrid::ui {

HierarchySearchBox::HierarchySearchBox(QWidget* parent)
    : QLineEdit(parent)
    , m_results(new SearchResultsModel(this))
    , m_completer(new QCompleter(this))
    , m_popup(new QTreeView)
{
    setPlaceholderText(tr("Search by name or code…"));
    setClearButtonEnabled(true);
    setToolTip(tr("Find a street, community, grid or building by part of its name or the start of its "
                  "code (Ctrl+F)"));
    setMinimumWidth(260);

    m_popup->setRootIsDecorated(false);
    m_popup->setUniformRowHeights(true);
    m_popup->setAllColumnsShowFocus(true);
    m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->header()->hide();
    m_completer->setModel(m_results);
    m_completer->setPopup(m_popup);  // the completer owns it now
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    // Set as the completer's widget only, not setCompleter(): the field's text stays
    // what the user typed while they move through the list.
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { chooseResult(index.row()); });

    m_pause.setSingleShot(true);
    m_pause.setInterval(DebounceMs);
    connect(&m_pause, &QTimer::timeout, this, &HierarchySearchBox::runSearch);
    connect(this, &QLineEdit::textEdited, this, [this] { m_pause.start(); });
    connect(this, &QLineEdit::returnPressed, this, &HierarchySearchBox::chooseFirst);
}

void HierarchySearchBox::setStore(hierarchy::HierarchyStore* store, const QString& databasePath)
{
    m_store = store;
    m_databasePath = databasePath;
    m_pause.stop();
    m_results->clear();
    m_popup->hide();
    clear();
    setEnabled(store != nullptr);
}

void HierarchySearchBox::searchNow()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        runSearch();
    }
}

void HierarchySearchBox::runSearch()
{
    if (!m_store)
        return;
    const QString needle = text().trimmed();
    if (needle.isEmpty()) {
        m_results->clear();
        m_popup->hide();
        return;
    }
    const auto failure = coreGuard(
        m_databasePath, [&] { m_results->setResults(*m_store, m_store->search(needle, MaxResults)); });
    if (failure) {
        m_results->clear();
        m_popup->hide();
        emit readFailed(failure->toString());
        return;
    }
    if (hasFocus())
        showPopup();
}

void HierarchySearchBox::showPopup()
{
    if (m_results->rowCount() == 0) {
        m_popup->hide();
        return;
    }
    int width = 0;
    for (int column = 0; column < m_results->columnCount(); ++column) {
        m_popup->resizeColumnToContents(column);
        width += m_popup->columnWidth(column);
    }
    width += 2 * m_popup->frameWidth() + m_popup->verticalScrollBar()->sizeHint().width() + 8;
    m_completer->complete(QRect(0, 0, std::max(width, this->width()), height()));
}

void HierarchySearchBox::chooseFirst()
{
    searchNow();
    if (m_results->rowCount() > 0)
        chooseResult(0);
}

void HierarchySearchBox::chooseResult(int row)
{
    const auto* node = m_results->nodeAt(row);
    if (!node)
        return;
    const RecordId id = node->id;
    m_popup->hide();
    selectAll();
    emit nodeChosen(id);
}

void HierarchySearchBox::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Down && !m_popup->isVisible()) {
        searchNow();
        showPopup();
        return;
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_results->clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

}  // namespace redgrid::ui
