#pragma once

#include "common/NodeKind.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redgrid::hierarchy {

// The codes of hierarchy nodes, all digits:
//   district   6  GB/T 2260 county code                         500105
//   street    12  statistical division code: county + 3 + 000   500105001000
//   community 12  county + street 3 + community 3               500105001001
//   grid      15  community code + 3-digit sequence             500105001001003
//   building  20  grid code + 5-digit sequence (00001-99999)    50010500100100300012
// Streets and communities use the National Bureau of Statistics codes; grids follow the
// Beijing DB11 15-digit scheme; buildings number within their grid (Xi'an DB6101/T 3185).
class DivisionCode
{
    Q_DECLARE_TR_FUNCTIONS(DivisionCode)

public:
    static int length(NodeLevel level);
    static int sequenceLength(NodeLevel level);  // 0 for the district

    // The leading digits a node shares with all its descendants' codes:
    // 6 for a district, 9 for a street, the whole code below.
    static QString stem(NodeLevel level, const QString& code);

    // Why `code` is not a valid code for a node at `level` under a parent with
    // `parentCode` (ignored for the district); nothing if it is valid.
    static std::optional<QString> problem(NodeLevel level, const QString& code, const QString& parentCode);

    // The code of the child at `level` numbered `sequence` under `parentCode`.
    static QString compose(NodeLevel level, const QString& parentCode, int sequence);
    static int sequenceOf(NodeLevel level, const QString& code);
    static int maxSequence(NodeLevel level);

    // A 12-digit code of a county ("500105000000") shortened to its 6 digits.
    static QString districtFromStatistical(const QString& code);
};

}  // namespace redgrid::hierarchy
