#include "MoveNodeDialog.h"

#include "SearchResultsModel.h"
#include "hierarchy/DivisionCode.h"
#include "hierarchy/HierarchyStore.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTreeView>
#include <QVBoxLayout>

namespace redgrid::ui {

using hierarchy::HierarchyNode;
using hierarchy::NodeLabels;
using hierarchy::NodeLevel;

namespace {
constexpr int MaxCandidates = 50;
constexpr int SearchPauseMs = 200;
}  // namespace

MoveNodeDialog::MoveNodeDialog(hierarchy::HierarchyStore& store, hierarchy::HierarchyEditor& editor,
    const HierarchyNode& node, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_editor(editor)
    , m_node(node)
    , m_databasePath(databasePath)
    , m_parentLevel(static_cast<NodeLevel>(std::max(1, static_cast<int>(node.level) - 1)))
    , m_search(new QLineEdit)
    , m_results(new SearchResultsModel(this))
    , m_candidates(new QTreeView)
    , m_code(new QLineEdit)
    , m_refusal(new RefusalLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Move %1").arg(node.name));
    auto* intro = new QLabel(tr("Move <b>%1</b> (%2, %3) and everything below it to another %4:")
                                 .arg(node.name.toHtmlEscaped(), NodeLabels::kind(node.kind).toHtmlEscaped(),
                                     node.code, NodeLabels::level(m_parentLevel).toHtmlEscaped()));
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search by name or code…"));
    m_search->setClearButtonEnabled(true);
    m_candidates->setModel(m_results);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setAllColumnsShowFocus(true);
    m_candidates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidates->header()->setStretchLastSection(true);
    m_candidates->setMinimumHeight(220);
    const int codeLength = hierarchy::DivisionCode::length(node.level);
    m_code->setMaxLength(codeLength);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,%1}").arg(codeLength)), m_code));
    m_code->setEnabled(false);
    m_code->setToolTip(tr("The code %1 gets under its new parent; the codes below it follow").arg(node.name));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* codeRow = new QFormLayout;
    codeRow->addRow(tr("New &code:"), m_code);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_candidates, 1);
    layout->addLayout(codeRow);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    resize(640, 460);

    m_pause.setSingleShot(true);
    m_pause.setInterval(SearchPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &MoveNodeDialog::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_pause.start(); });
    connect(m_candidates->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MoveNodeDialog::candidateChanged);
    connect(m_candidates, &QTreeView::doubleClicked, this, &MoveNodeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveNodeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveNodeDialog::reject);

    // Until the user searches: the current parent's siblings, the usual destinations.
    QList<HierarchyNode> nearby;
    const auto failure = coreGuard(databasePath, [&] {
        if (const auto parentNode = store.node(node.parentId); parentNode && !parentNode->parentId.isNull())
            nearby = store.children(parentNode->parentId, 0, MaxCandidates + 1);
    });
    if (failure)
        showRefusal(failure->toString());
    showCandidates(nearby);
    m_search->setFocus();
}

void MoveNodeDialog::searchNow()
{
    m_pause.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    QList<HierarchyNode> found;
    if (const auto failure
        = coreGuard(m_databasePath, [&] { found = m_store.search(text, MaxCandidates + 1, m_parentLevel); }))
        showRefusal(failure->toString());
    showCandidates(found);
}

void MoveNodeDialog::showCandidates(const QList<HierarchyNode>& nodes)
{
    QList<HierarchyNode> others;
    for (const HierarchyNode& candidate : nodes) {
        if (candidate.id != m_node.parentId && others.size() < MaxCandidates)
            others.append(candidate);
    }
    if (const auto failure = coreGuard(m_databasePath, [&] { m_results->setResults(m_store, others); })) {
        m_results->clear();
        showRefusal(failure->toString());
    }
    for (int column = 0; column < SearchResultsModel::ColumnCount - 1; ++column)
        m_candidates->resizeColumnToContents(column);
    if (m_results->rowCount() > 0)
        chooseCandidate(0);
    else
        candidateChanged();
}

void MoveNodeDialog::chooseCandidate(int row)
{
    m_candidates->setCurrentIndex(m_results->index(row, 0));
}

void MoveNodeDialog::candidateChanged()
{
    const HierarchyNode* target = m_results->nodeAt(m_candidates->currentIndex().row());
    m_suggestedCode.clear();
    if (target) {
        if (const auto failure
            = coreGuard(m_databasePath, [&] { m_suggestedCode = m_editor.codeUnder(m_node.id, target->id); }))
            showRefusal(failure->toString());
    }
    m_code->setText(m_suggestedCode);
    m_code->setEnabled(target != nullptr);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(target != nullptr);
}

void MoveNodeDialog::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void MoveNodeDialog::accept()
{
    const HierarchyNode* target = m_results->nodeAt(m_candidates->currentIndex().row());
    if (!target)
        return;
    // An unchanged proposal is left to core, which then explains a clash in its own words.
    const QString code = m_code->text().trimmed() == m_suggestedCode ? QString() : m_code->text().trimmed();
    auto moved = m_editor.move(m_node.id, target->id, code);
    if (!moved) {
        showRefusal(moved.error().toString());
        return;
    }
    m_moved = moved.value();
    QDialog::accept();
}

}  // namespace redgrid::ui
