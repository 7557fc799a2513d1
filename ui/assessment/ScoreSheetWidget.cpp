#include "ScoreSheetWidget.h"

#include "EvidenceFilesDialog.h"
#include "RectificationPanel.h"
#include "assessment/SheetEditor.h"
#include "security/Session.h"
#include "ui/common/RefusalLabel.h"

#include <QAbstractItemDelegate>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

using namespace assessment;

namespace {

constexpr int KeyRole = Qt::UserRole + 1;  // the indicator's key
constexpr int RuleRole = Qt::UserRole + 2;  // a deduction rule's key, on its row

const QColor Different(255, 236, 179);  // a review score that differs from the self score

// Opens an editor only in the cells the account may enter now.
class EntryDelegate : public QStyledItemDelegate
{
public:
    EntryDelegate(std::function<bool(const QModelIndex&)> editable, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_editable(std::move(editable))
    {
    }

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return m_editable(index) ? QStyledItemDelegate::createEditor(parent, option, index) : nullptr;
    }

private:
    std::function<bool(const QModelIndex&)> m_editable;
};

// The workflow's refusals are clauses ("cannot submit a sheet that is reviewed"): a tooltip
// shows them as a sentence.
QString sentence(QString clause)
{
    if (!clause.isEmpty())
        clause[0] = clause[0].toUpper();
    return clause;
}

}  // namespace

ScoreSheetWidget::ScoreSheetWidget(storage::Connection& connection, const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_today(today)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sheetTree"));
    m_tree->setHeaderLabels({ tr("Indicator"), tr("Max"), tr("Self score"), tr("Review score"), tr("Counted"),
        tr("Evidence"), tr("Files") });
    m_tree->header()->resizeSection(NameColumn, 280);
    for (int column : { MaxColumn, SelfColumn, ReviewColumn })
        m_tree->header()->resizeSection(column, 80);
    m_tree->header()->resizeSection(CountColumn, 320);
    m_tree->header()->resizeSection(EvidenceColumn, 220);
    // Typing starts an entry; only moving onto a cell does not.
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_tree->setItemDelegate(
        new EntryDelegate([this](const QModelIndex& index) { return isEditable(index); }, m_tree));
    m_tree->setAlternatingRowColors(true);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ScoreSheetWidget::entryEdited);
    // Enter ends an entry and opens the next one below, in the same column.
    connect(m_tree->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this](QWidget*, QAbstractItemDelegate::EndEditHint hint) {
            if (hint == QAbstractItemDelegate::SubmitModelCache)
                moveToNextEntry();  // the view has closed the editor: it connected first
        });

    m_vetoBox = new QGroupBox(tr("Vetoes found (一票否决)"), this);
    m_vetoBox->setObjectName(QStringLiteral("sheetVetoes"));
    new QVBoxLayout(m_vetoBox);

    m_selfTotal = new QLabel(this);
    m_selfTotal->setObjectName(QStringLiteral("sheetSelfTotal"));
    m_reviewTotal = new QLabel(this);
    m_reviewTotal->setObjectName(QStringLiteral("sheetReviewTotal"));
    m_problems = new RefusalLabel(this);
    m_problems->setObjectName(QStringLiteral("sheetProblems"));
    m_status = new RefusalLabel(this);
    m_status->setObjectName(QStringLiteral("sheetStatus"));

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setAutoDefault(false);
    m_save->setObjectName(QStringLiteral("saveSheet"));
    connect(m_save, &QPushButton::clicked, this, &ScoreSheetWidget::save);
    buttons->addWidget(m_save);
    m_files = new QPushButton(tr("Evidence F&iles…"), this);
    m_files->setAutoDefault(false);
    m_files->setObjectName(QStringLiteral("sheetFiles"));
    m_files->setToolTip(tr("The files attached as evidence to the chosen indicator"));
    connect(m_files, &QPushButton::clicked, this, &ScoreSheetWidget::editFiles);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ScoreSheetWidget::updateButtons);
    const QList<std::tuple<SheetAction, QString, const char*>> actions {
        { SheetAction::Submit, tr("Su&bmit"), "submitSheet" },
        { SheetAction::Return, tr("Return for &Correction"), "returnSheet" },
        { SheetAction::FinishReview, tr("&Finish the Review"), "finishReview" },
        { SheetAction::Confirm, tr("C&onfirm"), "confirmSheet" },
        { SheetAction::Reopen, tr("&Reopen…"), "reopenSheet" },
    };
    for (const auto& [action, text, name] : actions) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = action] { act(action); });
        buttons->addWidget(button);
        m_buttons.insert(action, button);
    }
    buttons->addStretch();

    m_rectifications = new RectificationPanel(connection, this);
    m_rectifications->setObjectName(QStringLiteral("rectificationPanel"));
    connect(m_rectifications, &RectificationPanel::changed, this, [this] {
        if (m_sheet)
            emit sheetChanged(*m_sheet);
    });

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_title);
    upperLayout->addWidget(m_tree, 1);
    upperLayout->addWidget(m_vetoBox);
    upperLayout->addWidget(m_selfTotal);
    upperLayout->addWidget(m_reviewTotal);
    upperLayout->addWidget(m_problems);
    upperLayout->addLayout(buttons);
    upperLayout->addWidget(m_status);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(m_rectifications);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

void ScoreSheetWidget::clear()
{
    m_sheet.reset();
    m_dirty = false;
    m_unreadable.clear();
    m_filling = true;
    m_tree->clear();
    m_filling = false;
    m_title->setText(tr("Choose a community to open its score sheet."));
    m_selfTotal->clear();
    m_reviewTotal->clear();
    m_problems->clear();
    m_problems->hide();
    m_status->clear();
    m_vetoBox->hide();
    m_rectifications->setSheet(std::nullopt, m_today);
    updateButtons();
}

void ScoreSheetWidget::setSheet(const Sheet& sheet)
{
    m_sheet = sheet;
    m_self = sheet.self;
    m_review = sheet.review;
    // The assessor starts from the self-assessment: their score beside it, changed where they differ.
    if (!sheet.hasReview && editableSide() == SheetSide::Review) {
        m_review.entries = sheet.self.entries;
        m_review.vetoes = sheet.self.vetoes;
    }
    m_dirty = false;
    m_unreadable.clear();
    m_status->clear();
    m_title->setText(tr("%1 (%2), %3: %4. Template: %5, version %6.")
                         .arg(sheet.target.name, sheet.target.unit, sheet.period.label(),
                             SheetWorkflow::label(sheet.state), sheet.table.table->name)
                         .arg(sheet.table.table->version));
    buildRows();
    showEntries();
    m_rectifications->setSheet(sheet, m_today);
    recount();
    updateButtons();
}

std::optional<QString> ScoreSheetWidget::refusal(SheetAction action) const
{
    const security::Session* session = security::Session::of(m_db);
    if (!m_sheet || !session)
        return tr("No sheet is open.");
    if (!session->allows(security::Permission::ScoreAssessment))
        return tr("Your role may read the score sheets, not score them.");
    return SheetWorkflow::refusal(session->role(), m_sheet->target.kind, m_sheet->state, action);
}

std::optional<SheetSide> ScoreSheetWidget::editableSide() const
{
    if (!refusal(SheetAction::SaveReview))
        return SheetSide::Review;
    if (!refusal(SheetAction::SaveSelf))
        return SheetSide::Self;
    return std::nullopt;
}

SheetInput& ScoreSheetWidget::input(SheetSide side)
{
    return side == SheetSide::Self ? m_self : m_review;
}

void ScoreSheetWidget::buildRows()
{
    // Where the user was, to stay there when the sheet comes back saved.
    QTreeWidgetItem* was = m_tree->currentItem();
    const QString wasKey = was ? was->data(NameColumn, KeyRole).toString() : QString();
    const QString wasRule = was ? was->data(NameColumn, RuleRole).toString() : QString();
    const int wasColumn = m_tree->currentColumn();
    m_filling = true;
    m_tree->clear();
    for (const Indicator& indicator : m_sheet->table.table->indicators)
        addRow(nullptr, indicator);
    m_tree->expandAll();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(NameColumn, KeyRole).toString() == wasKey
            && (*it)->data(NameColumn, RuleRole).toString() == wasRule && !wasKey.isEmpty())
            m_tree->setCurrentItem(*it, wasColumn);
    qDeleteAll(m_vetoes);
    m_vetoes.clear();
    for (const VetoRule& veto : m_sheet->table.table->vetoes) {
        auto* box = new QCheckBox(tr("%1 (at best %2)").arg(veto.description, veto.bestGrade), m_vetoBox);
        box->setObjectName(QStringLiteral("veto_%1").arg(veto.key));
        connect(box, &QCheckBox::toggled, this, &ScoreSheetWidget::vetoToggled);
        m_vetoBox->layout()->addWidget(box);
        m_vetoes.insert(veto.key, box);
    }
    m_vetoBox->setVisible(!m_vetoes.isEmpty());
    m_filling = false;
}

QTreeWidgetItem* ScoreSheetWidget::addRow(QTreeWidgetItem* parent, const Indicator& indicator)
{
    const int decimals = m_sheet->table.table->decimals;
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(NameColumn, KeyRole, indicator.key);
    QString name = indicator.name;
    if (indicator.kind == IndicatorKind::Bonus)
        name = tr("%1 (bonus)").arg(name);
    else if (indicator.kind == IndicatorKind::Penalty)
        name = tr("%1 (penalty)").arg(name);
    item->setText(NameColumn, name);
    item->setToolTip(NameColumn, indicator.standard);
    item->setText(MaxColumn, indicator.max.toString(decimals));
    for (int column : { MaxColumn, SelfColumn, ReviewColumn })
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    if (indicator.method == ScoringMethod::Sum) {
        QFont bold = item->font(NameColumn);
        bold.setBold(true);
        for (int column = 0; column < m_tree->columnCount(); ++column)
            item->setFont(column, bold);
    }
    if (indicator.method == ScoringMethod::Manual)
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (indicator.method == ScoringMethod::Deductions) {
        item->setFlags(item->flags() | Qt::ItemIsEditable);  // the evidence note
        for (const DeductionRule& rule : indicator.deductions) {
            auto* ruleRow = new QTreeWidgetItem(item);
            ruleRow->setData(NameColumn, KeyRole, indicator.key);
            ruleRow->setData(NameColumn, RuleRole, rule.key);
            ruleRow->setText(
                NameColumn, tr("%1 (−%2 each)").arg(rule.finding, rule.perFinding.toString(decimals)));
            ruleRow->setToolTip(NameColumn, tr("Enter how many times this was found."));
            ruleRow->setFlags(ruleRow->flags() | Qt::ItemIsEditable);
            ruleRow->setTextAlignment(SelfColumn, Qt::AlignRight | Qt::AlignVCenter);
            ruleRow->setTextAlignment(ReviewColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (indicator.method == ScoringMethod::Computed)
        item->setFlags(item->flags() | Qt::ItemIsEditable);  // the evidence note
    for (const Indicator& child : indicator.children)
        addRow(item, child);
    return item;
}

// The entries of both sides into the rows (the results come from recount()).
void ScoreSheetWidget::showEntries()
{
    m_filling = true;
    const int decimals = m_sheet->table.table->decimals;
    const std::optional<SheetSide> side = editableSide();
    const SheetInput& evidenceSide = side == SheetSide::Review ? m_review : m_self;
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        QTreeWidgetItem* item = *it;
        const QString key = item->data(NameColumn, KeyRole).toString();
        const QString rule = item->data(NameColumn, RuleRole).toString();
        const Indicator* indicator = m_sheet->table.table->find(key);
        if (!indicator)
            continue;
        if (!rule.isEmpty()) {
            const auto count = [&](const SheetInput& input) {
                const int n = input.entries.value(key).findings.value(rule);
                return n ? QString::number(n) : QString();
            };
            item->setText(SelfColumn, count(m_self));
            item->setText(ReviewColumn, count(m_review));
            continue;
        }
        if (indicator->method == ScoringMethod::Manual) {
            const auto score = [&](const SheetInput& input) {
                const std::optional<Points> points = input.entries.value(key).score;
                return points ? points->toString(decimals) : QString();
            };
            item->setText(SelfColumn, score(m_self));
            item->setText(ReviewColumn, score(m_review));
        }
        if (indicator->method != ScoringMethod::Sum) {
            const IndicatorEntry entry = evidenceSide.entries.value(key);
            item->setText(EvidenceColumn, entry.evidence);
            QStringList names;
            for (const QString& path : entry.attachments)
                names.append(QFileInfo(path).fileName());
            item->setText(FilesColumn, names.join(tr(", ")));
            item->setToolTip(
                FilesColumn, QDir::toNativeSeparators(entry.attachments.join(QLatin1Char('\n'))));
        }
    }
    for (auto box = m_vetoes.cbegin(); box != m_vetoes.cend(); ++box) {
        const QSignalBlocker blocker(box.value());
        box.value()->setChecked((side == SheetSide::Review ? m_review : m_self).vetoes.contains(box.key()));
        box.value()->setEnabled(side.has_value());
    }
    m_filling = false;
}

void ScoreSheetWidget::entryEdited(QTreeWidgetItem* item, int column)
{
    if (m_filling || !m_sheet)
        return;
    const std::optional<SheetSide> side = editableSide();
    const int sideColumn = side == SheetSide::Review ? ReviewColumn : SelfColumn;
    const QString key = item->data(NameColumn, KeyRole).toString();
    const QString rule = item->data(NameColumn, RuleRole).toString();
    const Indicator* indicator = m_sheet->table.table->find(key);
    if (!side || !indicator || (column != sideColumn && column != EvidenceColumn)) {
        showEntries();  // not this account's to enter now: put back what is stored
        recount();
        return;
    }
    IndicatorEntry& entry = input(*side).entries[key];
    const QString text = item->text(column).trimmed();
    if (column == EvidenceColumn) {
        entry.evidence = text;
    } else if (!rule.isEmpty()) {
        bool ok = false;
        const int count = text.isEmpty() ? 0 : text.toInt(&ok);
        if (text.isEmpty() || ok) {
            if (count == 0)
                entry.findings.remove(rule);
            else
                entry.findings.insert(rule, count);
        }
        m_unreadable.removeAll(key + QLatin1Char('/') + rule);
        if (!text.isEmpty() && !ok)
            m_unreadable.append(key + QLatin1Char('/') + rule);
    } else if (indicator->method == ScoringMethod::Manual) {
        const std::optional<Points> points = Points::parse(text, Points::MaxDecimals);
        entry.score = text.isEmpty() ? std::nullopt : points;
        m_unreadable.removeAll(key);
        if (!text.isEmpty() && !points)
            m_unreadable.append(key);
    }
    m_dirty = true;
    m_status->clear();
    recount();
    updateButtons();
}

void ScoreSheetWidget::editFiles()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!m_sheet || !item || !item->data(NameColumn, RuleRole).toString().isEmpty())
        return;
    const QString key = item->data(NameColumn, KeyRole).toString();
    const Indicator* indicator = m_sheet->table.table->find(key);
    if (!indicator || indicator->method == ScoringMethod::Sum)
        return;
    // The files of the side the account enters now; otherwise those shown (the self side's).
    const std::optional<SheetSide> side = editableSide();
    const QStringList files = (side ? input(*side) : m_self).entries.value(key).attachments;
    EvidenceFilesDialog dialog(indicator->name, files, side.has_value(), this);
    if (dialog.exec() != QDialog::Accepted || !side || dialog.files() == files)
        return;
    input(*side).entries[key].attachments = dialog.files();
    m_dirty = true;
    m_status->clear();
    showEntries();
    recount();
    updateButtons();
}

void ScoreSheetWidget::vetoToggled()
{
    const std::optional<SheetSide> side = editableSide();
    if (m_filling || !side)
        return;
    QStringList found;
    for (const VetoRule& veto : m_sheet->table.table->vetoes)
        if (m_vetoes.value(veto.key)->isChecked())
            found.append(veto.key);
    input(*side).vetoes = found;
    m_dirty = true;
    recount();
    updateButtons();
}

QString ScoreSheetWidget::resultText(const SheetResult& result) const
{
    const AssessmentTemplate& table = *m_sheet->table.table;
    const QString grade
        = result.grade < table.grades.levels.size() ? table.grades.levels.at(result.grade).name : QString();
    const QString stars
        = result.stars < table.stars.levels.size() ? table.stars.levels.at(result.stars).name : QString();
    QString text = tr("%1 points (table %2, bonus %3, penalty %4): %5, %6")
                       .arg(result.total.toString(table.decimals), result.regular.toString(table.decimals),
                           result.bonus.toString(table.decimals), result.penalty.toString(table.decimals),
                           grade, stars);
    if (!result.gradeReasons.isEmpty())
        text += tr(" (%1)").arg(result.gradeReasons.join(tr("; ")));
    return text;
}

void ScoreSheetWidget::recount()
{
    if (!m_sheet)
        return;
    const AssessmentTemplate& table = *m_sheet->table.table;
    SheetInput self = m_self;
    self.computed = m_sheet->self.computed;
    SheetInput review = m_review;
    review.computed = m_sheet->review.computed.isEmpty() ? m_sheet->self.computed : m_sheet->review.computed;
    const SheetResult selfResult = ScoreSheet::compute(table, self);
    const SheetResult reviewResult = ScoreSheet::compute(table, review);
    const bool showReview = m_sheet->hasReview || editableSide() == SheetSide::Review;
    m_filling = true;
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        QTreeWidgetItem* item = *it;
        if (!item->data(NameColumn, RuleRole).toString().isEmpty())
            continue;
        const QString key = item->data(NameColumn, KeyRole).toString();
        const Indicator* indicator = table.find(key);
        const IndicatorResult mine = selfResult.indicators.value(key);
        const IndicatorResult theirs = reviewResult.indicators.value(key);
        if (indicator->method != ScoringMethod::Manual) {  // worked out, not typed
            item->setText(SelfColumn, mine.score.toString(table.decimals));
            item->setText(ReviewColumn, showReview ? theirs.score.toString(table.decimals) : QString());
        }
        const bool differs = showReview && mine.score != theirs.score;
        item->setBackground(ReviewColumn, differs ? QBrush(Different) : QBrush());
        item->setToolTip(
            ReviewColumn, differs ? tr("The review differs from the self-assessment.") : QString());
        if (indicator->method == ScoringMethod::Computed) {
            const ComputedValue value = self.computed.value(key);
            item->setText(CountColumn,
                tr("%1 of %2 %3 → %4 of %5")
                    .arg(value.achieved)
                    .arg(value.possible)
                    .arg(value.what, mine.score.toString(table.decimals),
                        indicator->max.toString(table.decimals)));
            item->setToolTip(CountColumn, item->text(CountColumn));
        } else if (indicator->method == ScoringMethod::Deductions) {
            item->setText(CountColumn, (showReview ? theirs : mine).reasons.join(tr("; ")));
            item->setToolTip(CountColumn, item->text(CountColumn));
        }
    }
    m_filling = false;

    m_selfTotal->setText(tr("Self-assessment: %1").arg(resultText(selfResult)));
    m_reviewTotal->setText(tr("Review: %1").arg(resultText(reviewResult)));
    m_reviewTotal->setVisible(showReview);

    QStringList problems;
    if (const std::optional<SheetSide> side = editableSide()) {
        for (const QString& entry : m_unreadable) {
            const Indicator* indicator = table.find(entry.section(QLatin1Char('/'), 0, 0));
            problems.append(tr("%1: the entry is not a number.").arg(indicator ? indicator->name : entry));
        }
        problems += ScoreSheet::problems(table, *side == SheetSide::Self ? self : review);
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void ScoreSheetWidget::updateButtons()
{
    const std::optional<SheetSide> side = editableSide();
    const std::optional<QString> saveRefusal
        = refusal(m_sheet && m_sheet->state == SheetState::SelfAssessment ? SheetAction::SaveSelf
                                                                          : SheetAction::SaveReview);
    m_save->setEnabled(side.has_value() && m_dirty);
    const QTreeWidgetItem* current = m_tree->currentItem();
    const Indicator* indicator = m_sheet && current
        ? m_sheet->table.table->find(current->data(NameColumn, KeyRole).toString())
        : nullptr;
    m_files->setEnabled(indicator && indicator->method != ScoringMethod::Sum
        && current->data(NameColumn, RuleRole).toString().isEmpty());
    m_save->setToolTip(side ? QString() : sentence(saveRefusal.value_or(QString())));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const std::optional<QString> why = refusal(it.key());
        it.value()->setEnabled(!why);
        it.value()->setToolTip(sentence(why.value_or(QString())));
    }
}

bool ScoreSheetWidget::isEditable(const QModelIndex& index) const
{
    const std::optional<SheetSide> side = editableSide();
    if (!m_sheet || !side)
        return false;
    const QTreeWidgetItem* item = m_tree->itemFromIndex(index);
    const Indicator* indicator = m_sheet->table.table->find(item->data(NameColumn, KeyRole).toString());
    if (!indicator || indicator->method == ScoringMethod::Sum)
        return false;
    const bool ruleRow = !item->data(NameColumn, RuleRole).toString().isEmpty();
    const int sideColumn = *side == SheetSide::Review ? ReviewColumn : SelfColumn;
    if (index.column() == EvidenceColumn)
        return !ruleRow;
    return index.column() == sideColumn && (ruleRow || indicator->method == ScoringMethod::Manual);
}

bool ScoreSheetWidget::saveEntries()
{
    const std::optional<SheetSide> side = editableSide();
    if (!m_sheet || !side)
        return false;
    if (!m_unreadable.isEmpty()) {
        refuse(m_problems->text());
        return false;
    }
    SheetInput entered = input(*side);
    Result<Sheet> saved = SheetEditor(m_db).save(*m_sheet, *side, entered);
    if (!saved) {
        refuse(saved.error().message);  // what the user typed stays on the sheet
        return false;
    }
    setSheet(*saved);
    emit sheetChanged(*m_sheet);
    return true;
}

void ScoreSheetWidget::save()
{
    if (saveEntries())
        tell(tr("Saved."));
}

void ScoreSheetWidget::act(SheetAction action)
{
    if (!m_sheet)
        return;
    QString reason;
    if (action == SheetAction::Reopen) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Reopen the Sheet"),
            tr("Why is the confirmed sheet reopened?"), QLineEdit::Normal, {}, &ok)
                     .trimmed();
        if (!ok)
            return;
    }
    if (m_dirty && editableSide() && !saveEntries())
        return;
    Result<Sheet> moved = SheetEditor(m_db).act(*m_sheet, action, reason);
    if (!moved)
        return refuse(moved.error().message);
    setSheet(*moved);
    tell(tr("The sheet is now %1.").arg(SheetWorkflow::label(moved->state)));
    emit sheetChanged(*m_sheet);
}

void ScoreSheetWidget::moveToNextEntry()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    QModelIndex next = m_tree->indexBelow(current.siblingAtColumn(NameColumn));  // the tree walks column 0
    while (next.isValid()) {
        if (isEditable(next.siblingAtColumn(current.column())))
            break;
        next = m_tree->indexBelow(next);
    }
    if (!next.isValid())
        return;
    const QModelIndex target = next.siblingAtColumn(current.column());
    m_tree->setCurrentIndex(target);
    m_tree->edit(target);
}

void ScoreSheetWidget::refuse(const QString& message)
{
    RefusalLabel::setTone(m_status, RefusalLabel::Tone::Refusal);
    m_status->setText(message);
}

void ScoreSheetWidget::tell(const QString& message)
{
    RefusalLabel::setTone(m_status, RefusalLabel::Tone::Success);
    m_status->setText(message);
}

}  // namespace redgrid::ui
