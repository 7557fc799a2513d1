#pragma once

#include "Member.h"
#include "MemberEncoder.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::roster {

class MemberEditor;

// A first import's fast path into the member table (MemberImporter).
//
// While a first import fills an empty roster, the secondary indexes are dropped and built
// once at the end (much faster than a million index updates), and the table's CHECK
// constraints are not evaluated: the importer has validated every value (MemberValidator),
// and they cost a tenth of the writing. If foreign keys are off (storage::ForeignKeysOff,
// before the transaction), finish() proves every reference instead, at a fraction of what
// checking each row costs. Use inside the caller's transaction: if it rolls back, so does
// the drop. If the roster already has members, it only proves the references (when foreign
// keys are off). New members are written in statements of several rows (insert): one
// statement per member spends a quarter of SQLite's time starting and ending statements.
class MemberBulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(MemberBulkLoad)

public:
    // Writes through `editor`, which encodes and seals the rows as it writes its own.
    explicit MemberBulkLoad(MemberEditor& editor);
    MemberBulkLoad(MemberBulkLoad&& other) noexcept;
    MemberBulkLoad& operator=(MemberBulkLoad&&) = delete;
    ~MemberBulkLoad();  // checks again, also when finish() was not reached

    // Inserts a member who is not on record, with a new id, as MemberEditor::write() does.
    // The row is written together with the next ones, at the latest by finish(). `encoded`,
    // if it was made for member.id, is taken (the caller gets a spent one back, to free or
    // reuse on the thread that made it).
    void insert(const Member& member, EncodedMember* encoded);
    // Writes what insert() holds and rebuilds the indexes; throws SqliteError (a foreign
    // key error) if a row refers to an organisation or hierarchy node that does not exist.
    void finish();

private:
    void writeHeldRows();
    void checkConstraintsAgain();
    void rebuildIndexes();
    void proveReferences();  // throws SqliteError if a reference is broken
    MemberEditor* m_editor;
    storage::Connection* m_db;
    QStringList m_indexSql;
    std::vector<EncodedMember> m_held;  // the first m_heldCount are rows to write
    std::size_t m_heldCount = 0;
    bool m_ignoringChecks = false;
    bool m_proveReferences = false;
    bool m_onlyInsertedRows = false;  // the roster was empty: every row comes through insert()
    bool m_rowsReferToPlaces = false;  // an inserted row names a residence or community
};

}  // namespace redgrid::roster
