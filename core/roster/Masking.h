#pragma once

#include <QString>

namespace redgrid::roster {

// Masks for showing personal numbers on screen, in exports and in logs where the full
// number is not needed. The count of stars equals the count of hidden characters.

// An ID number keeps its first 6 (address code) and last 4 characters:
// 110105199001011234 → 110105********1234. Text shorter than 15 characters (no ID number,
// and too short to hide anything) is fully starred; empty stays empty.
QString maskIdNumber(const QString& idNumber);

// A mobile keeps its first 3 and last 4 digits: 13856785678 → 138****5678. A landline keeps
// its area code and the last 4 digits of the local number; an extension is starred:
// 023-67891234-801 → 023-****1234-***. Anything else keeps its last 4 characters when at
// least 8 long and is fully starred when shorter; empty stays empty.
QString maskPhone(const QString& phone);

// An address keeps its first 6 characters (city and district); the rest is starred:
// 重庆市江北区观音桥街道建新北路 8 号 → 重庆市江北区*********…
QString maskAddress(const QString& address);

}  // namespace redgrid::roster
