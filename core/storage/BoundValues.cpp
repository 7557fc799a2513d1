#include "BoundValues.h"

#include "Statement.h"

namespace redgrid::storage {

void BoundValues::add(std::nullptr_t)
{
    m_values.push_back({});
}

void BoundValues::add(qint64 value)
{
    m_values.push_back({ Kind::Integer, value, {} });
}

void BoundValues::add(const QString& text)
{
    m_values.push_back({ Kind::Text, 0, text.toUtf8() });
}

void BoundValues::add(const QByteArray& blob)
{
    m_values.push_back({ Kind::Blob, 0, blob });
}

void BoundValues::add(const RecordId& id)
{
    if (id.isNull())
        add(nullptr);
    else
        add(id.toBytes());
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
            st.bindUnowned(index, Statement::Type::Text, value.bytes);
            break;
        case Kind::Blob:
            st.bindUnowned(index, Statement::Type::Blob, value.bytes);
            break;
        }
        ++index;
    }
}

}  // namespace redgrid::storage
