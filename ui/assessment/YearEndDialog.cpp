#include "YearEndDialog.h"

#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "assessment/TemplateStore.h"
#include "ui/common/RefusalLabel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

using namespace assessment;

namespace {

double toDouble(Points points)
{
    return double(points.hundredths()) / 100.0;
}

Points toPoints(double value)
{
    return Points::fromHundredths(qRound64(value * 100.0));
}

}  // namespace

YearEndDialog::YearEndDialog(
    storage::Connection& connection, const AssessmentTarget& target, int year, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_target(target)
    , m_year(year)
{
    setObjectName(QStringLiteral("yearEndDialog"));
    setWindowTitle(tr("Year-End Rating"));

    // The template in use sets the rating's maximum and the decimals; without one core
    // refuses the save and says why.
    AnnualRule rule;
    Points regularTotal = Points::whole(100);
    if (const auto table = TemplateStore(m_db).inUse(target.kind)) {
        rule = table->table->annual;
        m_decimals = table->table->decimals;
        regularTotal = table->table->total;
    }
    m_rating = pointsBox("yearEndRatingValue", m_decimals, toDouble(rule.yearEndMax));
    m_bonus = pointsBox("yearEndBonus", m_decimals, toDouble(regularTotal));
    m_penalty = pointsBox("yearEndPenalty", m_decimals, toDouble(regularTotal));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("yearEndNote"));
    if (const auto given = SheetStore(m_db).yearEnd(target, year)) {
        m_rating->setValue(toDouble(given->rating));
        m_bonus->setValue(toDouble(given->bonus));
        m_penalty->setValue(toDouble(given->penalty));
        m_note->setText(given->note);
    }

    auto* heading = new QLabel(tr("%1, the year %2").arg(target.name).arg(year), this);
    heading->setObjectName(QStringLiteral("yearEndTarget"));
    auto* form = new QFormLayout;
    form->addRow(tr("Year-end &rating (at most %1):").arg(rule.yearEndMax.toString(m_decimals)), m_rating);
    form->addRow(tr("The year's &bonus:"), m_bonus);
    form->addRow(tr("The year's &penalty:"), m_penalty);
    form->addRow(tr("&Note:"), m_note);
    m_refusal = new RefusalLabel(this);
    m_refusal->setObjectName(QStringLiteral("yearEndRefusal"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &YearEndDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &YearEndDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    setTabOrder(m_rating, m_bonus);
    setTabOrder(m_bonus, m_penalty);
    setTabOrder(m_penalty, m_note);
    setTabOrder(m_note, m_buttons);
    m_rating->setFocus();
    m_rating->selectAll();
}

QDoubleSpinBox* YearEndDialog::pointsBox(const char* name, int decimals, double maximum)
{
    auto* box = new QDoubleSpinBox(this);
    box->setObjectName(QLatin1String(name));
    box->setDecimals(decimals);
    box->setRange(0, maximum);
    box->setSingleStep(decimals > 0 ? 0.5 : 1);
    box->setAlignment(Qt::AlignRight);
    return box;
}

void YearEndDialog::accept()
{
    m_refusal->clear();
    // What was typed and not yet taken by the boxes (Enter straight after typing) counts.
    for (QDoubleSpinBox* box : { m_rating, m_bonus, m_penalty })
        box->interpretText();
    const YearEnd given { toPoints(m_rating->value()), toPoints(m_bonus->value()),
        toPoints(m_penalty->value()), m_note->text() };
    if (const Status saved = SheetEditor(m_db).saveYearEnd(m_target, m_year, given); !saved) {
        m_refusal->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}

}  // namespace redgrid::ui
