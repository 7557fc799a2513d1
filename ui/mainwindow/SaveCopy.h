#pragma once

#include "common/Result.h"

#include <QString>

class QWidget;

namespace redgrid::ui {

// File › Save a Copy As: core's DatabaseCopy (SQLite's online backup, with its own
// connections) on a worker thread, with a progress dialog and Cancel.
class SaveCopy
{
public:
    enum class Outcome { Saved, Cancelled, Failed };

    struct Report
    {
        Outcome outcome = Outcome::Saved;
        Error error;  // when Failed
    };

    static Report run(QWidget* parent, const QString& sourcePath, const QString& targetPath);
};

}  // namespace redgrid::ui
