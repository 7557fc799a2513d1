#include "HierarchyWidget.h"

#include "AddNodeDialog.h"
#include "DeleteNodeDialog.h"
#include "DivisionImportDialog.h"
#include "HierarchyTreeModel.h"
#include "MoveNodeDialog.h"
#include "NodeDetailsPanel.h"
#include "importexport/DivisionImporter.h"
#include "security/Access.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "ui/common/Icons.h"
#include "ui/common/ProgressTask.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace redgrid::ui {

using hierarchy::HierarchyNode;
using hierarchy::NodeLabels;
using hierarchy::NodeLevel;

HierarchyWidget::HierarchyWidget(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_databasePath(connection.path())
    , m_store(connection)
    , m_editor(connection)
    , m_settings(connection)
    , m_model(new HierarchyTreeModel(m_store, m_databasePath, this))
    , m_tree(new QTreeView)
    , m_details(new NodeDetailsPanel(m_store, m_settings, connection))
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);  // rows are never measured one by one
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(HierarchyTreeModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths from the font, so no row is measured: the longest kind, a building's code.
    const QFontMetrics metrics = m_tree->fontMetrics();
    int kindWidth = 0;
    for (int level = 1; level <= hierarchy::LevelCount; ++level) {
        for (hierarchy::NodeKind kind : hierarchy::kindsOf(static_cast<NodeLevel>(level)))
            kindWidth = std::max(kindWidth, metrics.horizontalAdvance(NodeLabels::kind(kind)));
    }
    const int padding = 2 * metrics.averageCharWidth() + 8;
    m_tree->header()->resizeSection(HierarchyTreeModel::KindColumn, kindWidth + padding);
    m_tree->header()->resizeSection(
        HierarchyTreeModel::CodeColumn, metrics.horizontalAdvance(QString(20, QLatin1Char('0'))) + padding);
    m_tree->header()->resizeSection(HierarchyTreeModel::HouseholdsColumn,
        std::max(metrics.horizontalAdvance(
                     m_model->headerData(HierarchyTreeModel::HouseholdsColumn, Qt::Horizontal).toString()),
            metrics.horizontalAdvance(QStringLiteral("00,000")))
            + padding);
    m_tree->header()->setMinimumSectionSize(60);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* detailsScroll = new QScrollArea;
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setMinimumWidth(340);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    createActions();
    const security::Session* session = security::Session::of(connection);
    m_readOnly = !session || !session->allows(security::Permission::EditHierarchy);
    if (m_readOnly) {
        m_details->setReadOnly(true);
        for (QAction* action : editActions() + QList<QAction*> { m_importDivisions })
            action->setVisible(false);
    }
    // The division list covers the whole district: only an account over all of it imports one.
    if (!security::Access(m_db).coversWholeDatabase())
        m_importDivisions->setVisible(false);
    connect(
        m_model, &HierarchyTreeModel::readFailed, this, &HierarchyWidget::readFailed, Qt::QueuedConnection);
    connect(
        m_details, &NodeDetailsPanel::readFailed, this, &HierarchyWidget::readFailed, Qt::QueuedConnection);
    connect(m_details, &NodeDetailsPanel::saveRequested, this, &HierarchyWidget::saveNode);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &HierarchyWidget::currentChanged);

    // Start-up reads the district and its streets, nothing more.
    m_model->reload();
    const QModelIndex root = m_model->rootIndex();
    m_tree->expand(root);
    m_tree->setCurrentIndex(root);
    updateActions();
}

HierarchyWidget::~HierarchyWidget() = default;

void HierarchyWidget::createActions()
{
    m_addChild = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add Child…"), this);
    m_addChild->setIconText(tr("Add…"));  // the menu says what; the toolbar stays put
    m_addChild->setShortcut(Qt::Key_Insert);
    m_addChild->setToolTip(tr("Add a node below the selected one (Ins)"));
    m_rename = new QAction(Icons::rename(), tr("&Rename"), this);
    m_rename->setShortcut(Qt::Key_F2);
    m_rename->setToolTip(tr("Rename the selected node (F2)"));
    m_move = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Move…"), this);
    m_move->setShortcut(Qt::CTRL | Qt::Key_M);
    m_move->setToolTip(tr("Move the selected node with everything below it to another parent (Ctrl+M)"));
    m_delete = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected node (Del)"));
    for (QAction* action : editActions()) {
        // Keys act on the tree only: Del in a text field deletes text, not a node.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_tree->addAction(action);
    }
    connect(m_addChild, &QAction::triggered, this, &HierarchyWidget::addChild);
    connect(m_rename, &QAction::triggered, this, &HierarchyWidget::renameCurrent);
    connect(m_move, &QAction::triggered, this, &HierarchyWidget::moveCurrent);
    connect(m_delete, &QAction::triggered, this, &HierarchyWidget::deleteCurrent);

    m_importDivisions = new QAction(tr("&Import Division List…"), this);
    m_importDivisions->setToolTip(
        tr("Add or update streets and communities from the official division code list (CSV)"));
    connect(m_importDivisions, &QAction::triggered, this, &HierarchyWidget::importDivisions);
}

QList<QAction*> HierarchyWidget::editActions() const
{
    return { m_addChild, m_rename, m_move, m_delete };
}

std::optional<HierarchyNode> HierarchyWidget::currentNode() const
{
    if (const HierarchyNode* node = m_model->nodeAt(m_tree->currentIndex()))
        return *node;
    return std::nullopt;
}

bool HierarchyWidget::mayEdit(const HierarchyNode& node) const
{
    return !m_readOnly && security::Access(m_db).nodeInScope(node.id);
}

// Only what core would allow is offered: outside the account's area (the path down to it
// that a scoped account sees) nothing is; a node moves only below another parent of the
// area, which the top of the area never has.
void HierarchyWidget::updateActions()
{
    const auto node = currentNode();
    const bool editable = node && mayEdit(*node);
    const auto below = node ? hierarchy::childLevel(node->level) : std::nullopt;
    const security::Session* session = security::Session::of(m_db);
    const bool areaTop = node && session && node->id == session->account().scopeNodeId;
    m_addChild->setEnabled(editable && below.has_value());
    m_addChild->setText(below ? tr("&Add %1…").arg(NodeLabels::level(*below)) : tr("&Add Child…"));
    m_rename->setEnabled(editable);
    m_move->setEnabled(editable && node->level >= NodeLevel::Community && !areaTop);
    m_delete->setEnabled(editable && !node->parentId.isNull());
}

void HierarchyWidget::currentChanged()
{
    auto node = currentNode();
    const RecordId id = node ? node->id : RecordId();
    if (id != m_shownId && m_details->hasChanges()) {
        const QString name = m_details->node()->name;
        const auto answer
            = QMessageBox::question(this, tr("Unsaved Changes"), tr("Save your changes to %1?").arg(name),
                QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer == QMessageBox::Save && !saveNode(m_shownId, m_details->fields()))
            QMessageBox::warning(this, tr("Not Saved"),
                tr("Your changes to %1 were not saved: %2").arg(name, m_details->refusalLabel()->text()));
        node = currentNode();  // saving may have read the rows again
    }
    if (!node || node->id != m_shownId) {
        m_shownId = node ? node->id : RecordId();
        if (!m_readOnly)
            m_details->setReadOnly(node && !mayEdit(*node),
                tr("Outside your area: shown for reference, not to be changed here. The counts "
                   "below are those of your area."));
        m_details->showNode(node);
    }
    updateActions();
}

bool HierarchyWidget::revealNode(const RecordId& id)
{
    const QModelIndex index = m_model->reveal(id);
    if (!index.isValid())
        return false;
    QList<QModelIndex> ancestors;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ancestors.prepend(parent);
    for (const QModelIndex& ancestor : std::as_const(ancestors))
        m_tree->expand(ancestor);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void HierarchyWidget::addChild()
{
    const auto node = currentNode();
    if (!node || !m_addChild->isEnabled() || !confirmDiscardEdits())
        return;
    AddNodeDialog dialog(m_editor, *node, m_databasePath, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.added())
        return;
    afterChange(node->id);
    revealNode(dialog.added()->id);
}

void HierarchyWidget::renameCurrent()
{
    if (currentNode() && m_rename->isEnabled())
        m_details->focusName();
}

void HierarchyWidget::moveCurrent()
{
    const auto node = currentNode();
    if (!node || !m_move->isEnabled() || !confirmDiscardEdits())
        return;
    MoveNodeDialog dialog(m_store, m_editor, *node, m_databasePath, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.moved())
        return;
    m_model->refreshChildren(node->parentId);
    afterChange(dialog.moved()->parentId);
    revealNode(node->id);
}

void HierarchyWidget::deleteCurrent()
{
    const auto node = currentNode();
    if (!node || !m_delete->isEnabled())
        return;
    if (node->childCount == 0) {
        const auto answer = QMessageBox::question(this, tr("Delete %1").arg(node->name),
            tr("Delete %1 (%2, %3)?").arg(node->name, NodeLabels::kind(node->kind), node->code),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        const Status removed = m_editor.remove(node->id, hierarchy::RemovalMode::OnlyIfEmpty);
        if (!removed) {
            QMessageBox::warning(this, tr("Not Deleted"), removed.error().toString());
            return;
        }
    } else {
        DeleteNodeDialog dialog(m_store, m_editor, *node, m_databasePath, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    m_details->revert();  // edits of a node that is gone: nothing to save
    // The view moves the selection to a neighbour as the row goes.
    afterChange(node->parentId);
}

bool HierarchyWidget::saveNode(const RecordId& id, const hierarchy::NodeFields& fields)
{
    const HierarchyNode* before = m_model->nodeAt(m_model->indexOf(id));
    const QString oldCode = before ? before->code : QString();
    auto updated = m_editor.update(id, fields);
    if (!updated) {
        m_details->showRefusal(updated.error().toString());
        return false;
    }
    afterChange(updated->parentId);
    if (updated->code != oldCode)
        m_model->refreshLoadedSubtree(id);
    if (m_shownId == id)
        m_details->showNode(updated.value());
    return true;
}

bool HierarchyWidget::confirmDiscardEdits()
{
    if (!m_details->hasChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("Save your changes to %1?").arg(m_details->node()->name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_details->revert();
        return true;
    }
    return saveNode(m_shownId, m_details->fields());
}

void HierarchyWidget::importDivisions()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Division List"), QString(), tr("Division lists (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        importDivisionsFrom(file);
}

// Checks the file first (a dry run) and shows what would happen; imports only when the user
// agrees. Both runs work on their own connection on a worker thread, behind a progress dialog.
bool HierarchyWidget::importDivisionsFrom(const QString& file)
{
    if (!confirmDiscardEdits())
        return false;
    const QString title = tr("Import Division List");
    const QString fileName = QFileInfo(file).fileName();
    const std::shared_ptr<const security::Session> session = security::Session::shared(m_db);
    const auto run = [&](bool dryRun, importexport::DivisionImportReport& report) {
        return ProgressTask::run(this, title,
            dryRun ? tr("Checking %1…").arg(fileName) : tr("Importing %1…").arg(fileName),
            ProgressTask::Cancel::Allowed, [&](ProgressTask::Monitor& monitor) -> Status {
                auto db = storage::DatabaseFile::openAnother(m_db);
                if (!db)
                    return db.error();
                security::attachSession(**db, session);  // signed in as the window is
                auto done = importexport::DivisionImporter(*db.value())
                                .importFile(file, dryRun, [&](qint64 rows, qint64 total) {
                                    monitor.setProgress(static_cast<int>(rows), static_cast<int>(total));
                                    return !monitor.cancelRequested();
                                });
                if (!done)
                    return done.error();
                report = std::move(done).value();
                return Status::success();
            });
    };

    importexport::DivisionImportReport preview;
    if (const Status checked = run(true, preview); !checked) {
        QMessageBox::warning(this, tr("Not Imported"), checked.error().toString());
        return false;
    }
    DivisionImportDialog dialog(preview, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    importexport::DivisionImportReport report;
    if (const Status imported = run(false, report); !imported) {
        QMessageBox::warning(this, tr("Not Imported"), imported.error().toString());
        return false;
    }
    const QModelIndex root = m_model->rootIndex();
    m_model->refreshLoadedSubtree(m_model->idAt(root));
    m_tree->expand(root);
    emit hierarchyChanged();
    return true;
}

void HierarchyWidget::afterChange(const RecordId& parentId)
{
    m_model->refreshChildren(parentId);
    emit hierarchyChanged();
}

}  // namespace redgrid::ui
