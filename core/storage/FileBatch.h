#pragma once

#include "UnfinishedFile.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace redgrid::storage {

// Files that appear in a folder together or not at all (a street's reports): each is
// written, complete or absent as ever, into a private folder beside them (an UnfinishedFile
// folder, noted for the sweep); once all are written a mark says so and they are moved into
// place. A process killed before the mark leaves a folder the next start removes; killed
// after it, while the files are moved, one whose moves the next start finishes. So the
// folder never keeps half a batch past the next start of RedGrid.
class FileBatch
{
    Q_DECLARE_TR_FUNCTIONS(FileBatch)
    Q_DISABLE_COPY_MOVE(FileBatch)

public:
    static Result<std::unique_ptr<FileBatch>> create(const QString& folder);
    ~FileBatch();  // without commit(): nothing of the batch reaches the folder

    // Where the file `name` of the batch is written meanwhile.
    QString pathFor(const QString& name) const;
    // A writer's error about a file of the batch, said of the file in the folder.
    Error inFolder(Error error) const;
    // Moves the files `names`, all written, into the folder (replacing files of the same
    // names); returns their paths there. A file missing or a move refused undoes the moves.
    Result<QStringList> commit(const QStringList& names);

    // For the sweep: if `path` is the folder of a batch marked complete whose process was
    // killed, moves its files into place. Returns whether it did.
    static bool finishLeftover(const QString& path);

private:
    FileBatch(QString folder, std::unique_ptr<UnfinishedFile> scratch);

    QString m_folder;
    std::unique_ptr<UnfinishedFile> m_scratch;
};

}  // namespace redgrid::storage
