#pragma once

#include <QMessageBox>

namespace redgrid::ui {

// Says that a file was written and where, with a button that opens its folder in the file
// manager: after every save (a PDF, an export, a copy of the database, the audit log), so
// that the user always learns the same way what happened and where the file is.
class SavedFileNotice : public QMessageBox
{
    Q_OBJECT

public:
    // `what` says what was saved ("12 members were exported.").
    SavedFileNotice(const QString& path, const QString& what, QWidget* parent = nullptr);

    // Shows the notice and returns when the user has closed it.
    static void confirm(QWidget* parent, const QString& path, const QString& what);
    // Opens the folder that holds `path` in the system's file manager.
    static bool openFolder(const QString& path);

    QString path() const { return m_path; }
    QPushButton* openFolderButton() const { return m_openFolder; }

private:
    QString m_path;
    QPushButton* m_openFolder;
};

}  // namespace redgrid::ui
