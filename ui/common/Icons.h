#pragma once

#include "common/NodeKind.h"

#include <QIcon>

namespace redgrid::ui {

// Small icons painted in code (nothing to ship, sharp at every scale): one per level of
// the hierarchy, the program's own, and those the platform style lacks.
namespace Icons {

QIcon forLevel(hierarchy::NodeLevel level);
QIcon application();
QIcon rename();  // a pencil

}  // namespace Icons
}  // namespace redgrid::ui
