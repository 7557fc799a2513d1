#include "BoundValues.h"

#include "Statement.h"

#include <QStringEncoder>

namespace redgrid::storage {

void BoundValues::add(std::nullptr_t)
{
    m_values.push_back({});
}

void BoundValues::add(qint64 value)
{
    m_values.push_back({ value, 0, Kind::Integer });
}

void BoundValues::add(const QString& text)
{
    // Straight into m_bytes, without a QByteArray per text.
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + utf8.requiredSpace(text.size()));
    char* end = utf8.appendToBuffer(m_bytes.data() + start, text);
    m_bytes.truncate(end - m_bytes.constData());
    m_values.push_back({ start, quint32(m_bytes.size() - start), Kind::Text });
}

void BoundValues::add(const QByteArray& blob)
{
    addBytes(Kind::Blob, blob);
}

void BoundValues::addBytes(Kind kind, QByteArrayView bytes)
{
    const qsizetype start = m_bytes.size();
    m_bytes.append(bytes);
    m_values.push_back({ start, quint32(bytes.size()), kind });
}

void BoundValues::add(const RecordId& id)
{
    if (id.isNull())
        add(nullptr);
    else
        addBytes(Kind::Blob, QByteArrayView(reinterpret_cast<const char*>(id.data()), RecordId::Size));
}

void BoundValues::bindTo(Statement& st, int firstIndex) const
{
    int index = firstIndex;
    for (const Value& value : m_values) {
        switch (value.kind) {
        case Kind::Null:
            st.bind(index, nullptr);
            break;
        case Kind::Integer:
            st.bind(index, value.integer);
            break;
        case Kind::Text:
            st.bindUnowned(
                index, Statement::Type::Text, QByteArrayView(m_bytes).sliced(value.integer, value.size));
            break;
        case Kind::Blob:
            st.bindUnowned(
                index, Statement::Type::Blob, QByteArrayView(m_bytes).sliced(value.integer, value.size));
            break;
        }
        ++index;
    }
}

}  // namespace redgrid::storage
