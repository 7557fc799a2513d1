#include "DateField.h"

#include "roster/RosterDate.h"

namespace redgrid::ui {

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("yyyy-mm-dd"));
    setClearButtonEnabled(true);
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 3 / 2 + 24;
    setMinimumWidth(width);
    setMaximumWidth(width * 2);
    connect(this, &QLineEdit::textEdited, this, &DateField::dateEdited);
}

void DateField::setMonthPrecision(bool month)
{
    m_month = month;
    setPlaceholderText(month ? tr("yyyy-mm") : tr("yyyy-mm-dd"));
}

QDate DateField::date() const
{
    if (isBlank())
        return {};
    const auto parsed = roster::RosterDate::parse(text());
    return parsed ? parsed->date() : QDate();
}

void DateField::setDate(const QDate& date)
{
    if (!date.isValid())
        clear();
    else if (m_month)
        setText(date.toString(QStringLiteral("yyyy-MM")));
    else
        setText(date.toString(QStringLiteral("yyyy-MM-dd")));
}

bool DateField::isBlank() const
{
    return text().trimmed().isEmpty();
}

QString DateField::problem() const
{
    if (isBlank())
        return {};
    const auto parsed = roster::RosterDate::parse(text());
    return parsed ? QString() : parsed.error().message;
}

}  // namespace redgrid::ui
