#include "KeySlots.h"

#include "common/Clock.h"
#include "storage/Connection.h"

#include <atomic>

namespace redgrid::security {
namespace {

std::atomic<quint64> newSlotOps { 0 };
std::atomic<quint64> newSlotMem { 0 };

// The slot's own id is authenticated with the wrapped key: a slot copied onto another
// account's row no longer opens.
QByteArray slotContext(const QByteArray& slotId)
{
    return QByteArrayLiteral("key_slot/") + slotId;
}

SecretBytes recoveryWrappingKey(const SecretBytes& recoveryKey)
{
    // The recovery key is 256 random bits: a plain keyed hash is enough, no Argon2 needed.
    return SecretBytes::fromBytes(keyedHash(recoveryKey, "RedGrid recovery key", 32));
}

}  // namespace

KeySlots::KeySlots(storage::Connection& connection)
    : m_db(connection)
{
}

void KeySlots::setCostOfNewSlots(KdfCost cost)
{
    newSlotOps = cost.opsLimit;
    newSlotMem = cost.memLimit;
}

KdfCost KeySlots::costOfNewSlots()
{
    if (newSlotOps == 0)
        return KdfCost::standard();
    return { newSlotOps, newSlotMem };
}

void KeySlots::wrapForAccount(const RecordId& accountId, const QString& password, const DatabaseKeys& keys)
{
    const KdfCost cost = costOfNewSlots();
    const QByteArray salt = PasswordKdf::newSalt();
    const QByteArray slotId = RecordId::generate().toBytes();
    const SealedBox box(PasswordKdf::derive(password, salt, cost));
    const QByteArray wrapped = box.seal(keys.masterKey().toByteArray(), slotContext(slotId));
    const qint64 now = nowMs();
    m_db.cached("DELETE FROM key_slot WHERE account_id = ?").bindAll(accountId).run();
    m_db.cached("INSERT INTO key_slot (id, account_id, kind, salt, ops_limit, mem_limit, wrapped_key, "
                "created_at, modified_at) VALUES (?, ?, 'password', ?, ?, ?, ?, ?, ?)")
        .bindAll(slotId, accountId, salt, qint64(cost.opsLimit), qint64(cost.memLimit), wrapped, now, now)
        .run();
}

void KeySlots::wrapForRecovery(const SecretBytes& recoveryKey, const DatabaseKeys& keys)
{
    const QByteArray slotId = RecordId::generate().toBytes();
    const SealedBox box(recoveryWrappingKey(recoveryKey));
    const QByteArray wrapped = box.seal(keys.masterKey().toByteArray(), slotContext(slotId));
    const qint64 now = nowMs();
    m_db.exec("DELETE FROM key_slot WHERE kind = 'recovery'");
    m_db.cached("INSERT INTO key_slot (id, account_id, kind, salt, ops_limit, mem_limit, wrapped_key, "
                "created_at, modified_at) VALUES (?, NULL, 'recovery', x'', 0, 0, ?, ?, ?)")
        .bindAll(slotId, wrapped, now, now)
        .run();
}

std::optional<DatabaseKeys> KeySlots::unwrapForAccount(const RecordId& accountId, const QString& password)
{
    auto st = m_db.cached("SELECT id, salt, ops_limit, mem_limit, wrapped_key FROM key_slot WHERE account_id "
                          "= ? AND kind = 'password'");
    st.bindAll(accountId);
    if (!st.step())
        return std::nullopt;
    const QByteArray slotId = st.blob(0);
    const QByteArray salt = st.blob(1);
    const KdfCost cost { quint64(st.int64(2)), quint64(st.int64(3)) };
    const QByteArray wrapped = st.blob(4);
    st.reset();
    if (!cost.isAtLeastInteractive() || salt.size() != PasswordKdf::SaltSize)
        return std::nullopt;  // a slot weakened by someone editing the file
    const SealedBox box(PasswordKdf::derive(password, salt, cost));
    auto master = box.open(wrapped, slotContext(slotId));
    if (!master || master->size() != DatabaseKeys::MasterKeySize)
        return std::nullopt;
    DatabaseKeys keys(SecretBytes::fromBytes(*master));
    master->fill('\0');
    return keys;
}

std::optional<DatabaseKeys> KeySlots::unwrapForRecovery(const SecretBytes& recoveryKey)
{
    auto st = m_db.cached("SELECT id, wrapped_key FROM key_slot WHERE kind = 'recovery'");
    if (!st.step())
        return std::nullopt;
    const QByteArray slotId = st.blob(0);
    const QByteArray wrapped = st.blob(1);
    st.reset();
    const SealedBox box(recoveryWrappingKey(recoveryKey));
    auto master = box.open(wrapped, slotContext(slotId));
    if (!master || master->size() != DatabaseKeys::MasterKeySize)
        return std::nullopt;
    DatabaseKeys keys(SecretBytes::fromBytes(*master));
    master->fill('\0');
    return keys;
}

bool KeySlots::hasAnySlot()
{
    return m_db.scalar("SELECT count(*) FROM key_slot") > 0;
}

}  // namespace redgrid::security
