#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// The automatic backups of the open database (backup::BackupFolder, backup::DatabaseBackup):
// one when the database closes and one a day while it stays open, each checked before older
// ones are rotated out. A backup folder that is missing (a USB drive not plugged in) is
// said in the status bar and work goes on. Users may switch them off (a setting of this
// computer's user, QSettings "backup/automatic"; on by default).
class AutomaticBackup : public QObject
{
    Q_OBJECT

public:
    explicit AutomaticBackup(QWidget* window);

    static bool isEnabled();
    static void setEnabled(bool enabled);

    void databaseOpened(storage::Connection* database);
    // Backs up, when on and `backUp`; a restore closes without (the file replaced is kept aside,
    // and a backup now would rotate out the one being restored).
    void databaseClosing(bool backUp = true);
    // Backs up now (File › Back Up Now, the daily timer, closing); returns whether one was made.
    bool backUpNow(bool askedFor);
    // The newest backup of the open database is older than a day, or there is none.
    bool isDue() const;

signals:
    void message(const QString& text);  // for the status bar

private:
    QWidget* m_window;
    storage::Connection* m_db = nullptr;
    QTimer m_daily;
};

}  // namespace redgrid::ui
