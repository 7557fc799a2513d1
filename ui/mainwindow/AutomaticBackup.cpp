#include "AutomaticBackup.h"

#include "SaveCopy.h"
#include "backup/BackupFolder.h"
#include "security/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/SqliteError.h"

#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QSettings>

namespace redgrid::ui {

namespace {
const QString EnabledKey = QStringLiteral("backup/automatic");
constexpr int CheckEveryMs = 30 * 60 * 1000;
}  // namespace

AutomaticBackup::AutomaticBackup(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_daily.setInterval(CheckEveryMs);
    connect(&m_daily, &QTimer::timeout, this, [this] {
        if (m_db && isEnabled() && isDue())
            backUpNow(false);
    });
}

bool AutomaticBackup::isEnabled()
{
    return QSettings().value(EnabledKey, true).toBool();
}

void AutomaticBackup::setEnabled(bool enabled)
{
    QSettings().setValue(EnabledKey, enabled);
}

void AutomaticBackup::databaseOpened(storage::Connection* database)
{
    // A damaged file, or one on a full disk, is not copied over the good backups.
    m_db = database->writesRefused().isEmpty() ? database : nullptr;
    if (!m_db)
        return;
    m_daily.start();
    if (!isEnabled())
        return;
    // Said at once, not only when the next backup fails.
    const backup::BackupFolder folder = backup::BackupFolder::of(*m_db);
    if (Status ready = folder.ready(); !ready)
        emit message(ready.error().toString());
}

void AutomaticBackup::databaseClosing(bool backUp)
{
    m_daily.stop();
    if (m_db && backUp && isEnabled())
        backUpNow(false);
    m_db = nullptr;
}

bool AutomaticBackup::isDue() const
{
    if (!m_db)
        return false;
    const QString installation = security::installationIdOf(*m_db);
    for (const backup::BackupEntry& entry : backup::BackupFolder::of(*m_db).list())
        if (entry.marker && entry.marker->sourceInstallationId == installation)
            return entry.madeAt.secsTo(QDateTime::currentDateTime()) >= 24 * 3600;
    return true;
}

bool AutomaticBackup::backUpNow(bool askedFor)
{
    if (!m_db)
        return false;
    const backup::BackupFolder folder = backup::BackupFolder::of(*m_db);
    if (Status ready = folder.ready(); !ready) {
        emit message(ready.error().toString());
        if (askedFor)
            QMessageBox::warning(m_window, tr("No Backup Made"), ready.error().toString());
        return false;
    }
    const QString target = folder.newBackupPath(QDateTime::currentDateTime());
    const SaveCopy::Report report = SaveCopy::run(m_window, *m_db, target, backup::CopyMarker::Kind::Backup);
    switch (report.outcome) {
    case SaveCopy::Outcome::Cancelled:
        emit message(tr("Backup cancelled; the older backups are kept"));
        return false;
    case SaveCopy::Outcome::Failed:
        // A backup that failed its check is worth a window: the office thinks it has one.
        QMessageBox::warning(m_window, tr("Backup Failed"), report.error.toString());
        emit message(report.error.toString());
        return false;
    case SaveCopy::Outcome::Saved:
        break;
    }
    try {
        folder.rotate(security::installationIdOf(*m_db));
    } catch (const storage::SqliteError&) {
        // The installation id unreadable now: nothing is rotated out, nothing lost.
    }
    const QString text = tr("Backed up to %1 (%2 members, %3 organisations; checked)")
                             .arg(QDir::toNativeSeparators(target))
                             .arg(report.members)
                             .arg(report.organisations);
    emit message(text);
    return true;
}

}  // namespace redgrid::ui
