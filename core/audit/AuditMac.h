#pragma once

#include "AuditEntry.h"

#include <QByteArray>

namespace redgrid::audit {

// The MAC that chains audit entries: keyed BLAKE2b-256 (libsodium crypto_generichash)
// over an unambiguous serialisation of the entry followed by the previous entry's MAC.
// Without the key nobody can compute it, so an entry cannot be edited, forged or moved
// to another place in the chain without the MACs from there on failing.
namespace AuditMac {

inline constexpr int Size = 32;
inline constexpr int KeySize = 32;

// Every column but mac, created_at and modified_at, each as a presence byte (0 = NULL),
// a 4-byte big-endian length and its bytes; integers as 8 bytes big-endian, text as
// UTF-8. A version tag in front keeps the format changeable.
QByteArray canonical(const AuditEntry& entry);

// `key` is KeySize bytes; `previousMac` the MAC of the entry before (Size bytes), or
// empty for the first entry of the chain, which stands for 32 zero bytes.
QByteArray compute(const QByteArray& key, const AuditEntry& entry, const QByteArray& previousMac);

// BLAKE2b-256 of canonical(), without a key: how this computer knows again an entry it
// appended unsealed (ChainMemory::pending). Anyone can compute it; it is only trusted as
// kept outside the database.
QByteArray digest(const AuditEntry& entry);

// Constant-time comparison (sodium_memcmp), false when the sizes differ.
bool equal(const QByteArray& a, const QByteArray& b);

// Initialises libsodium once; safe from any thread. Throws std::runtime_error if the
// library cannot start (no usable random source), which is not recoverable.
void ensureSodium();

}  // namespace AuditMac
}  // namespace redgrid::audit
