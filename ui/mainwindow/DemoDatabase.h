#pragma once

#include "common/Result.h"

#include <QString>

class QWidget;

namespace redgrid::ui {

// The demo database a new user can try: invented data on the real streets and
// communities of 重庆市江北区, kept in the program's data folder.
class DemoDatabase
{
public:
    // e.g. ~/.local/share/RedGrid/RedGrid/demo.redgrid
    static QString defaultPath();
    // Creates it at `path` (DemoScale::District) on a worker thread behind a progress dialog.
    static Status create(QWidget* parent, const QString& path);
};

}  // namespace redgrid::ui
