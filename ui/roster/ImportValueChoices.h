#pragma once

#include "importexport/MemberImporter.h"

#include <QTableWidget>

class QComboBox;

namespace redgrid::ui {

// The values of a roster that no code table knows (工作岗位 "企业管理人员"), each with the
// number of rows that have it and a choice of the code to import it as, from every value
// its table accepts; "Leave empty" imports the rows without the item.
class ImportValueChoices : public QTableWidget
{
    Q_OBJECT

public:
    explicit ImportValueChoices(QWidget* parent = nullptr);

    // The values of a dry run's report, each showing the code chosen for it (or remembered).
    void setValues(const QList<importexport::UnknownValueCount>& values);
    // What the user chose here (over what the database remembers).
    const importexport::ValueMapping& choices() const { return m_choices; }
    QComboBox* choiceBox(int row) const;

signals:
    void choicesChanged();

private:
    QComboBox* makeChoice(const importexport::UnknownValueCount& value);

    importexport::ValueMapping m_choices;
    QList<std::pair<importexport::RosterField, QString>> m_shown;
};

}  // namespace redgrid::ui
