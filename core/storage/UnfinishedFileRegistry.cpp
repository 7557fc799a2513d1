#include "UnfinishedFileRegistry.h"

#include "FileBatch.h"
#include "UnfinishedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <unistd.h>
#endif

namespace redgrid::storage {

namespace {

// A process is known by its id and its start time: ids are reused.
struct ProcessMark
{
    qint64 pid = 0;
    QByteArray started;
    bool operator==(const ProcessMark&) const = default;
};

// Field 22 of /proc/PID/stat, the start time in clock ticks after boot, counted after the
// command name (in parentheses, which may hold spaces). Elsewhere no start time is known.
QByteArray startTimeOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3;
    return fields.size() > StartTimeAfterName ? fields.at(StartTimeAfterName) : QByteArray();
#else
    Q_UNUSED(pid);
    return QByteArrayLiteral("0");
#endif
}

ProcessMark thisProcess()
{
    static const ProcessMark mark { QCoreApplication::applicationPid(),
        startTimeOf(QCoreApplication::applicationPid()) };
    return mark;
}

bool isRunning(const ProcessMark& mark)
{
#ifdef Q_OS_UNIX
    if (mark.pid <= 0 || (::kill(pid_t(mark.pid), 0) != 0 && errno != EPERM))
        return false;
#endif
#ifdef Q_OS_LINUX
    return startTimeOf(mark.pid) == mark.started;
#else
    return true;  // without start times, a running process of that id keeps its files
#endif
}

struct Entry
{
    QString file;
    ProcessMark process;
    QString path;
};

// An entry's three lines: process id, start time, the unfinished file's path (UTF-8).
std::optional<Entry> readEntry(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || in.size() > 64 * 1024)
        return std::nullopt;
    const QList<QByteArray> lines = in.readAll().split('\n');
    if (lines.size() < 3)
        return std::nullopt;
    bool ok = false;
    const qint64 pid = lines.at(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Entry { file, { pid, lines.at(1) }, QString::fromUtf8(lines.at(2)) };
}

}  // namespace

QString UnfinishedFileRegistry::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/RedGrid/unfinished-files");
}

QString UnfinishedFileRegistry::record(const QString& path)
{
    const QString where = folder();
    if (!QDir().mkpath(where))
        return {};
    const ProcessMark me = thisProcess();
    const QString entry = QStringLiteral("%1/%2-%3")
                              .arg(where)
                              .arg(me.pid)
                              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QFile out(entry);
    if (!out.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return {};
    const QByteArray text = QByteArray::number(me.pid) + '\n' + me.started + '\n'
        + QFileInfo(path).absoluteFilePath().toUtf8() + '\n';
    if (out.write(text) != text.size()) {
        out.remove();
        return {};
    }
    return entry;
}

void UnfinishedFileRegistry::forget(const QString& entry)
{
    if (!entry.isEmpty())
        QFile::remove(entry);
}

int UnfinishedFileRegistry::sweep()
{
    const QDir where(folder());
    QList<Entry> gone;
    QSet<QString> inUse;  // a fixed name (X.creating) may belong to a running process now
    for (const QString& name : where.entryList(QDir::Files | QDir::Hidden)) {
        const QString file = where.filePath(name);
        const std::optional<Entry> entry = readEntry(file);
        if (!entry) {
            // A kill while the entry was written: its file was not yet created.
            if (QFileInfo(file).lastModified().secsTo(QDateTime::currentDateTime()) > 60)
                QFile::remove(file);
            continue;
        }
        if (isRunning(entry->process))
            inUse.insert(entry->path);
        else
            gone.append(*entry);
    }
    int removed = 0;
    for (const Entry& entry : std::as_const(gone)) {
        // Only a name RedGrid gives to its unfinished files, whatever an entry says.
        if (!inUse.contains(entry.path)
            && UnfinishedFile::isUnfinishedName(QFileInfo(entry.path).fileName())) {
            // A batch killed while its files were moved into place is finished, not undone.
            FileBatch::finishLeftover(entry.path);
            if (UnfinishedFile::removeLeftover(entry.path))
                ++removed;
        }
        QFile::remove(entry.file);
    }
    return removed;
}

}  // namespace redgrid::storage
