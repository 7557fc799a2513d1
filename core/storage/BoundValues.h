#pragma once

#include "common/RecordId.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace redgrid::storage {

class Statement;

// The parameter values of one statement, made ready ahead of time (text already in UTF-8),
// possibly on another thread than the one that runs the statement. A first import prepares
// a million rows of values on its reading thread while the writing thread only binds them,
// without copying (Statement::bindUnowned), and steps.
// Values follow Statement::bind's rules: text and blobs are values, NULL only by nullptr,
// an empty std::optional or the null RecordId.
class BoundValues
{
public:
    // Room for `count` values with `bytes` bytes of text and blobs in all.
    void reserve(std::size_t count, qsizetype bytes = 0)
    {
        m_values.reserve(count);
        m_bytes.reserve(bytes);
    }

    void add(std::nullptr_t);
    void add(qint64 value);
    void add(int value) { add(qint64(value)); }
    void add(bool value) { add(qint64(value ? 1 : 0)); }
    void add(const QString& text);
    void add(const QByteArray& blob);
    void add(const RecordId& id);
    template<class T>
    void add(const std::optional<T>& value)
    {
        value ? add(*value) : add(nullptr);
    }

    std::size_t size() const { return m_values.size(); }
    // Binds the values to the parameters firstIndex, firstIndex + 1, …. SQLite reads them in
    // place: this object must outlive the statement's run.
    void bindTo(Statement& st, int firstIndex) const;

private:
    enum class Kind : quint8 { Null, Integer, Text, Blob };
    // 16 bytes, so that a row's 45 values (720 bytes) come from glibc's per-thread cache
    // of small blocks rather than its shared bins.
    struct Value
    {
        qint64 integer = 0;  // the value, or where its bytes start in m_bytes
        quint32 size = 0;  // how many bytes
        Kind kind = Kind::Null;
    };
    static_assert(sizeof(Value) == 16);
    void addBytes(Kind kind, QByteArrayView bytes);

    std::vector<Value> m_values;
    // The bytes of every text (UTF-8) and blob, one after the other: one allocation for a
    // row's values instead of one per value (a million-row import makes 30 million fewer).
    QByteArray m_bytes;
};

}  // namespace redgrid::storage
