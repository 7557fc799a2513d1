#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace redgrid::storage {

// A file being written beside the file it will become: in the target's folder (the same
// file system, so that the final rename is one step), private to the user (0600) while it
// may hold unmasked data, removed on every failure and cancel, and noted in the
// UnfinishedFileRegistry so that the next start removes it if this process is killed.
// Every file RedGrid writes goes through one: the target is complete or absent.
class UnfinishedFile
{
    Q_DECLARE_TR_FUNCTIONS(UnfinishedFile)
    Q_DISABLE_COPY_MOVE(UnfinishedFile)

public:
    // Named ".NAME.XXXXXX.part" beside `target`.
    static Result<std::unique_ptr<UnfinishedFile>> create(const QString& target);
    // Named `target` + `suffix` (a database's ".creating"), for writers whose file must keep
    // a name the user can recognise. SQLite's companions of the name go with it.
    static Result<std::unique_ptr<UnfinishedFile>> createNamed(const QString& target, const QString& suffix);
    // A private folder (0700) beside `target`, named as create() names a file, for a
    // library's own scratch files (libxlsxwriter builds each sheet in one): removed with all
    // it holds, never committed.
    static Result<std::unique_ptr<UnfinishedFile>> createFolder(const QString& target);
    ~UnfinishedFile();  // without commit(): the file is removed, the target untouched

    QString path() const { return m_path; }
    QString target() const { return m_target; }
    // The file opened for writing and reading, for writers that write through a QIODevice.
    // Writers that open `path()` themselves (libxlsxwriter, SQLite) leave it unopened.
    // Unbuffered, so that a write the disk refuses is seen at once and remembered (a
    // buffered QFile forgets a failed flush at its next seek): commit() then refuses.
    QFile& device();

    // Flushes the file to the disk and renames it over the target. The target gets the
    // permissions of the file it replaces, or those of a newly saved document.
    Status commit();
    // Removes the file now (a cancel); also what the destructor does.
    void discard();

    // Whether `fileName` is a name this class gives: the sweep removes nothing else.
    static bool isUnfinishedName(const QString& fileName);
    // Removes what a killed writer left at `path` (a file and SQLite's companions of it, or
    // a scratch folder with what it holds). Returns whether anything was there.
    static bool removeLeftover(const QString& path);

private:
    UnfinishedFile(QString target, QString path, QString entry);
    static Result<std::unique_ptr<UnfinishedFile>> make(
        const QString& target, const QString& path, bool folder);
    static Result<std::unique_ptr<UnfinishedFile>> makeHidden(const QString& target, bool folder);

    QString m_target;
    QString m_path;
    QString m_entry;  // in the registry; empty when it could not be noted
    class CheckedFile;
    std::unique_ptr<CheckedFile> m_device;
    bool m_folder = false;
    bool m_done = false;
};

}  // namespace redgrid::storage
