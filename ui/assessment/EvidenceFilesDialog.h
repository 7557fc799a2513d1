#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace redgrid::ui {

// The files attached to an indicator's entry as evidence (issue 23 §1: "a score with an
// evidence note and optional attached file paths"). RedGrid keeps their paths, not copies:
// a file moved or deleted since is marked as not found. Read-only when the account may not
// enter this side of the sheet now.
class EvidenceFilesDialog : public QDialog
{
    Q_OBJECT

public:
    EvidenceFilesDialog(
        const QString& indicator, const QStringList& files, bool editable, QWidget* parent = nullptr);

    QStringList files() const { return m_files; }
    // What Add… does once the file dialog has answered (a file already listed is not repeated).
    void addFiles(const QStringList& paths);

private:
    void showFiles();
    void chooseFiles();
    void removeChosen();
    void openChosen();
    void updateButtons();

    QStringList m_files;
    bool m_editable;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_open;
};

}  // namespace redgrid::ui
