#include "TemplateRulesDialog.h"

#include "ui/common/RefusalLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

using namespace assessment;

namespace {

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* result = new QTableWidget(0, int(headers.size()), parent);
    result->setObjectName(QLatin1String(name));
    result->setHorizontalHeaderLabels(headers);
    result->horizontalHeader()->setStretchLastSection(true);
    result->verticalHeader()->setVisible(false);
    // Five levels (the stars) without scrolling.
    result->verticalHeader()->setDefaultSectionSize(result->fontMetrics().height() + 8);
    result->setMinimumHeight(result->horizontalHeader()->sizeHint().height()
        + 5 * result->verticalHeader()->defaultSectionSize() + 4);
    return result;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString yesNo(bool yes)
{
    return yes ? TemplateRulesDialog::tr("yes") : QString();
}

bool isYes(const QString& text)
{
    return text == TemplateRulesDialog::tr("yes") || text == QLatin1String("yes")
        || text == QLatin1String("1");
}

void fillLevels(QTableWidget* table, const LevelScale& scale, int decimals)
{
    table->setRowCount(int(scale.levels.size()));
    for (int row = 0; row < scale.levels.size(); ++row) {
        const Level& level = scale.levels.at(row);
        setRow(table, row,
            { level.name, level.from.toString(decimals), QString::number(level.quotaPercent),
                yesNo(level.needsInnovation) });
    }
}

// The levels as typed; a line each for what cannot be read.
LevelScale readLevels(const QTableWidget* table, const QString& what, int decimals, QStringList& problems)
{
    LevelScale scale;
    for (int row = 0; row < table->rowCount(); ++row) {
        Level level;
        level.name = cell(table, row, 0);
        const auto from = Points::parse(cell(table, row, 1), decimals);
        bool quotaOk = false;
        level.quotaPercent = cell(table, row, 2).isEmpty() ? 100 : cell(table, row, 2).toInt(&quotaOk);
        if (cell(table, row, 2).isEmpty())
            quotaOk = true;
        level.needsInnovation = isYes(cell(table, row, 3));
        if (level.name.isEmpty())
            problems << TemplateRulesDialog::tr("%1, row %2: the level has no name").arg(what).arg(row + 1);
        if (!from)
            problems << TemplateRulesDialog::tr("%1, %2: \"%3\" is not a number of points")
                            .arg(what, level.name, cell(table, row, 1));
        else
            level.from = *from;
        if (!quotaOk || level.quotaPercent < 0 || level.quotaPercent > 100)
            problems << TemplateRulesDialog::tr("%1, %2: the quota is a share from 0 to 100")
                            .arg(what, level.name);
        scale.levels.append(level);
    }
    if (const QString problem = scale.problem(); !problem.isEmpty())
        problems << QStringLiteral("%1: %2").arg(what, problem);
    return scale;
}

}  // namespace

TemplateRulesDialog::TemplateRulesDialog(const AssessmentTemplate& source, bool editable, QWidget* parent)
    : QDialog(parent)
    , m_table(source)
{
    setObjectName(QStringLiteral("templateRulesDialog"));
    setWindowTitle(tr("Rules of %1").arg(source.name));
    const int decimals = source.decimals;

    m_total = new QLineEdit(source.total.toString(decimals), this);
    m_total->setObjectName(QStringLiteral("rulesTotal"));
    m_bonusCap = new QLineEdit(source.bonusCap.toString(decimals), this);
    m_bonusCap->setObjectName(QStringLiteral("rulesBonusCap"));
    m_decimals = new QSpinBox(this);
    m_decimals->setObjectName(QStringLiteral("rulesDecimals"));
    m_decimals->setRange(0, Points::MaxDecimals);
    m_decimals->setValue(decimals);
    auto* points = new QFormLayout;
    points->addRow(tr("The blocks add up to &(points):"), m_total);
    points->addRow(tr("&Bonus at most:"), m_bonusCap);
    points->addRow(tr("&Decimals of scores:"), m_decimals);

    const QStringList levelHeaders { tr("Name"), tr("From (points)"), tr("Quota (%)"),
        tr("Needs innovation") };
    m_grades = table(levelHeaders, "rulesGrades", this);
    fillLevels(m_grades, source.grades, decimals);
    m_stars = table(levelHeaders, "rulesStars", this);
    fillLevels(m_stars, source.stars, decimals);
    m_vetoes = table(
        { tr("Key"), tr("Veto (一票否决)"), tr("Best grade"), tr("Best stars") }, "rulesVetoes", this);
    m_vetoes->horizontalHeader()->setStretchLastSection(false);
    m_vetoes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The key is how sheets name a veto found; users see and edit the description.
    m_vetoes->setColumnHidden(0, true);
    m_vetoes->setRowCount(int(source.vetoes.size()));
    for (int row = 0; row < source.vetoes.size(); ++row) {
        const VetoRule& veto = source.vetoes.at(row);
        setRow(m_vetoes, row, { veto.key, veto.description, veto.bestGrade, veto.bestStars });
    }

    auto* weights = new QHBoxLayout;
    for (int q = 0; q < 4; ++q) {
        m_weights[q] = new QSpinBox(this);
        m_weights[q]->setObjectName(QStringLiteral("rulesWeightQ%1").arg(q + 1));
        m_weights[q]->setRange(0, 100);
        m_weights[q]->setValue(source.annual.quarterWeights[q]);
        m_weights[q]->setPrefix(tr("Q%1: ").arg(q + 1));
        weights->addWidget(m_weights[q]);
    }
    m_quartersPercent = new QSpinBox(this);
    m_quartersPercent->setObjectName(QStringLiteral("rulesQuartersPercent"));
    m_quartersPercent->setRange(0, 100);
    m_quartersPercent->setSuffix(QStringLiteral(" %"));
    m_quartersPercent->setValue(source.annual.quartersPercent);
    m_yearEndMax = new QLineEdit(source.annual.yearEndMax.toString(decimals), this);
    m_yearEndMax->setObjectName(QStringLiteral("rulesYearEndMax"));
    auto* annual = new QFormLayout;
    annual->addRow(tr("Weights of the quarters:"), weights);
    annual->addRow(tr("The quarters' &share of the year:"), m_quartersPercent);
    annual->addRow(tr("&Year-end rating at most:"), m_yearEndMax);

    const auto addRemove = [this, editable](QTableWidget* target, const char* name) {
        auto* row = new QHBoxLayout;
        auto* add = new QPushButton(tr("Add a Row"), this);
        add->setObjectName(QStringLiteral("%1Add").arg(QLatin1String(name)));
        auto* remove = new QPushButton(tr("Remove the Row"), this);
        remove->setObjectName(QStringLiteral("%1Remove").arg(QLatin1String(name)));
        add->setAutoDefault(false);
        remove->setAutoDefault(false);
        add->setEnabled(editable);
        remove->setEnabled(editable);
        connect(add, &QPushButton::clicked, this, [target] { target->insertRow(target->rowCount()); });
        connect(remove, &QPushButton::clicked, this, [this, target] {
            if (target->currentRow() >= 0)
                target->removeRow(target->currentRow());
            recheck();
        });
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch();
        return row;
    };
    const auto group = [this](const QString& title, QTableWidget* content, QLayout* buttons) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(content);
        layout->addLayout(buttons);
        return box;
    };

    m_problems = new RefusalLabel(this);
    m_problems->setObjectName(QStringLiteral("rulesProblems"));
    m_buttons = new QDialogButtonBox(
        editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(points);
    layout->addWidget(group(tr("Grades (等次)"), m_grades, addRemove(m_grades, "rulesGrades")));
    layout->addWidget(group(tr("Stars (星级)"), m_stars, addRemove(m_stars, "rulesStars")));
    layout->addWidget(group(tr("Vetoes"), m_vetoes, addRemove(m_vetoes, "rulesVetoes")));
    auto* annualBox = new QGroupBox(tr("The annual score"), this);
    annualBox->setLayout(annual);
    layout->addWidget(annualBox);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (QTableWidget* each : { m_grades, m_stars, m_vetoes }) {
        each->setEditTriggers(
            editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
        connect(each, &QTableWidget::itemChanged, this, &TemplateRulesDialog::recheck);
    }
    for (QLineEdit* each : { m_total, m_bonusCap, m_yearEndMax }) {
        each->setReadOnly(!editable);
        connect(each, &QLineEdit::textEdited, this, &TemplateRulesDialog::recheck);
    }
    for (QSpinBox* each :
        { m_decimals, m_quartersPercent, m_weights[0], m_weights[1], m_weights[2], m_weights[3] }) {
        each->setReadOnly(!editable);
        connect(each, &QSpinBox::valueChanged, this, &TemplateRulesDialog::recheck);
    }
    resize(720, 760);
    recheck();
}

AssessmentTemplate TemplateRulesDialog::rules(QStringList& problems) const
{
    AssessmentTemplate table = m_table;
    table.decimals = m_decimals->value();
    const int decimals = table.decimals;
    const auto points = [&](QLineEdit* field, const QString& what) {
        const auto value = Points::parse(field->text().trimmed(), decimals);
        if (!value || *value < Points())
            problems << tr(
                "%1: \"%2\" is not a number of points with at most %n decimal(s)", nullptr, decimals)
                            .arg(what, field->text());
        return value.value_or(Points());
    };
    table.total = points(m_total, tr("the points of the blocks"));
    table.bonusCap = points(m_bonusCap, tr("the bonus cap"));
    table.grades = readLevels(m_grades, tr("Grades"), decimals, problems);
    table.stars = readLevels(m_stars, tr("Stars"), decimals, problems);
    table.vetoes.clear();
    for (int row = 0; row < m_vetoes->rowCount(); ++row) {
        VetoRule veto { cell(m_vetoes, row, 0), cell(m_vetoes, row, 1), cell(m_vetoes, row, 2),
            cell(m_vetoes, row, 3) };
        if (veto.key.isEmpty())  // a new veto: a key no other row has
            for (int n = row + 1;
                 veto.key.isEmpty() || !m_vetoes->findItems(veto.key, Qt::MatchExactly).isEmpty(); ++n)
                veto.key = QStringLiteral("veto%1").arg(n);
        if (veto.description.isEmpty())
            problems << tr("Vetoes, row %1: a veto needs a description").arg(row + 1);
        if (table.grades.indexOf(veto.bestGrade) < 0)
            problems << tr("Vetoes, %1: the grade \"%2\" is not one of the grades")
                            .arg(veto.description, veto.bestGrade);
        if (!veto.bestStars.isEmpty() && table.stars.indexOf(veto.bestStars) < 0)
            problems << tr("Vetoes, %1: \"%2\" is not one of the star levels")
                            .arg(veto.description, veto.bestStars);
        table.vetoes.append(veto);
    }
    int weights = 0;
    for (int q = 0; q < 4; ++q) {
        table.annual.quarterWeights[q] = m_weights[q]->value();
        weights += m_weights[q]->value();
    }
    if (weights == 0)
        problems << tr("The annual score needs at least one quarter with a weight");
    table.annual.quartersPercent = m_quartersPercent->value();
    table.annual.yearEndMax = points(m_yearEndMax, tr("the year-end rating's maximum"));
    return table;
}

void TemplateRulesDialog::recheck()
{
    QStringList problems;
    const AssessmentTemplate table = rules(problems);
    Q_UNUSED(table)
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(problems.isEmpty());
}

}  // namespace redgrid::ui
