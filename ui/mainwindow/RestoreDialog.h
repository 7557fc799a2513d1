#pragma once

#include "backup/BackupFolder.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace redgrid::ui {

// File › Restore from Backup: the database's backups, newest first, with their date, size
// and what they hold; or another backup file chosen by hand. Restoring needs an
// administrator's account of the backup (a backup opens with its own accounts), asked here.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const backup::BackupFolder& folder, const QString& databasePath, QWidget* parent = nullptr);

    QString backupPath() const;
    QString username() const;
    QString password() const;

private:
    void chooseFile();
    void updateButton();

    QTreeWidget* m_list;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_restore;
};

}  // namespace redgrid::ui
