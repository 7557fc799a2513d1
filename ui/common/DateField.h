#pragma once

#include <QDate>
#include <QLineEdit>

namespace redgrid::ui {

// A date typed as rosters write them (2020-07-01, 2020.7.1, 2020年7月1日, 2020-07 for a
// month), or left empty: QDateEdit cannot be empty, and most dates of a member record
// may be unknown. Reading goes through roster::RosterDate, like the importer's.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // A date that is only a year and month is shown as yyyy-MM (失去联系日期).
    void setMonthPrecision(bool month);

    QDate date() const;  // invalid when empty or not a date
    void setDate(const QDate& date);
    bool isBlank() const;
    // Why the text is not a date; empty when it is one or the field is empty.
    QString problem() const;

signals:
    void dateEdited();

private:
    bool m_month = false;
};

}  // namespace redgrid::ui
