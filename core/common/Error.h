#pragma once

#include <QString>

namespace redgrid {

// A user-readable failure from core: what went wrong, and where in which file.
// The GUI shows it, the CLI prints it as one line ("FILE:ROW: reason").
struct Error
{
    enum class Kind {
        Refused,  // a rule or the input said no: the user can fix it and try again
        Storage,  // the database file itself failed (busy, full, damaged): nothing was written
        Denied,  // nobody signed in, a wrong password, or an account that may not do this
    };

    QString message;
    QString file;  // empty when no file is involved
    qint64 row = 0;  // 1-based row within the file; 0 when not about a row
    Kind kind = Kind::Refused;

    static Error plain(QString message) { return Error { std::move(message), {}, 0 }; }
    static Error inFile(QString file, QString message)
    {
        return Error { std::move(message), std::move(file), 0 };
    }
    static Error storage(QString message) { return Error { std::move(message), {}, 0, Kind::Storage }; }
    static Error denied(QString message) { return Error { std::move(message), {}, 0, Kind::Denied }; }
    bool isStorageFailure() const { return kind == Kind::Storage; }
    bool isDenied() const { return kind == Kind::Denied; }
    // The same error said of `file` (when it names none yet), keeping its kind.
    Error of(const QString& path) const
    {
        Error error = *this;
        if (error.file.isEmpty())
            error.file = path;
        return error;
    }

    QString toString() const;
};

}  // namespace redgrid
