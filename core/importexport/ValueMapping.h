#pragma once

#include "RosterColumns.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace redgrid::roster {
class CodeTable;
}
namespace redgrid::storage {
class Connection;
}

namespace redgrid::importexport {

// The code table a roster item takes its values from; null for an item that is text, a
// date, a number or a yes/no.
const roster::CodeTable* codeTableOf(RosterField field);

// What the user said a value stands for that its code table does not know: 工作岗位
// "企业管理人员" → 014. An empty code says: import the rows without that item. The choices
// are remembered per database (settings::SettingStore), so that the office's next roster
// imports without asking again.
class ValueMapping
{
public:
    struct Entry
    {
        RosterField field;
        QString text;  // as the file writes it, trimmed
        QString code;  // empty: leave the item out
    };

    // The code chosen for `text` (empty: leave out); nothing when no choice was made. A
    // code its table does not hold (a table changed since) counts as no choice.
    std::optional<QString> codeFor(RosterField field, const QString& text) const;
    void set(RosterField field, const QString& text, const QString& code);
    bool isEmpty() const { return m_codes.isEmpty(); }
    QList<Entry> entries() const;
    // The choices of `other` replace these.
    void overlay(const ValueMapping& other);

    // The choices remembered in the database.
    static ValueMapping remembered(storage::Connection& db);
    // Adds `choices` to the remembered ones (in the caller's transaction, if any).
    static void remember(storage::Connection& db, const ValueMapping& choices);

private:
    QMap<std::pair<RosterField, QString>, QString> m_codes;
};

}  // namespace redgrid::importexport
