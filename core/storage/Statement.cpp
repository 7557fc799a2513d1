#include "Statement.h"

#include "SqliteError.h"
#include "StatementCache.h"

#include <sqlite3.h>

namespace redgrid::storage {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, StatementCache* cache)
    : m_db(db)
    , m_stmt(stmt)
    , m_cache(cache)
{
}

Statement::~Statement()
{
    release();
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_cache(other.m_cache)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_cache = other.m_cache;
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::release() noexcept
{
    if (!m_stmt)
        return;
    if (m_cache) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_cache->giveBack(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throw SqliteError::of(m_db, rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, int value)
{
    check(sqlite3_bind_int(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const char* utf8)
{
    check(sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    // sqlite3_bind_blob with a null pointer would bind NULL; an empty blob is still a blob.
    check(sqlite3_bind_blob(m_stmt, index, blob.isNull() ? "" : blob.constData(),
        static_cast<int>(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindUnowned(int index, Type type, QByteArrayView bytes)
{
    const char* data = bytes.isEmpty() ? "" : bytes.data();  // a null pointer would bind NULL
    const int size = static_cast<int>(bytes.size());
    check(type == Type::Text ? sqlite3_bind_text(m_stmt, index, data, size, SQLITE_STATIC)
                             : sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, const RecordId& id)
{
    if (id.isNull())
        return bind(index, nullptr);
    check(sqlite3_bind_blob(m_stmt, index, id.data(), RecordId::Size, SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    SqliteError error = SqliteError::of(m_db, rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
    error.setExtendedCode(sqlite3_extended_errcode(m_db));
    sqlite3_reset(m_stmt);
    throw error;
}

void Statement::run()
{
    while (step()) { }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

RecordId Statement::id(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    if (!data || sqlite3_column_bytes(m_stmt, column) != RecordId::Size)
        return {};
    return RecordId::fromBytes(QByteArray::fromRawData(static_cast<const char*>(data), RecordId::Size));
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

}  // namespace redgrid::storage
