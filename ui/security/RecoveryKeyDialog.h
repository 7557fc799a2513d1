#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace redgrid::document {
class RecoveryKeyDocument;
}

namespace redgrid::ui {

// Shows the recovery key of a newly secured database, once: it is stored nowhere in the
// clear, and it is the only way back in when every administrator's password is lost. The
// key can be copied, saved to a file or printed (document::RecoveryKeyDocument, through the
// print preview, to paper or a PDF), and the dialog closes only once the user ticks that the key is stored.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& recoveryKey, const QString& databasePath, QWidget* parent = nullptr);

    QLabel* keyLabel() const { return m_key; }
    QCheckBox* storedBox() const { return m_stored; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* printButton() const { return m_print; }

    // Writes the key with a few words on what it is; false (with a message) if it failed.
    bool saveTo(const QString& path);

    void accept() override;
    void reject() override;  // only once the key is stored

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void copyKey();
    void saveKey();
    void printKey();
    // The printed page (Print…, through ui::PrintPreview), whose words the saved file shares.
    document::RecoveryKeyDocument page() const;

    QString m_recoveryKey;
    QString m_databasePath;
    QLabel* m_key;
    QCheckBox* m_stored;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_print;
    QPushButton* m_close;
    QDateTime m_shownAt;
};

}  // namespace redgrid::ui
