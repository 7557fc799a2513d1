#pragma once

#include "security/SecuritySetup.h"
#include "storage/Connection.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace redgrid::ui {

// File › New: a new database for one district or county, given its 6-digit code
// (GB/T 2260), name and kind, and where to save the file. An existing file is replaced
// only after the user confirms it. Then the first administrator is asked for
// (FirstAdministratorDialog), and once the file is made, shown the recovery key
// (RecoveryKeyDialog); the database opens signed in as that administrator.
class NewDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    // `openPath`: the database open now, which must not be replaced.
    explicit NewDatabaseDialog(const QString& openPath = {}, QWidget* parent = nullptr);

    // The new database, open; null until accepted.
    std::unique_ptr<storage::Connection> takeConnection() { return std::move(m_connection); }

    // For unattended use and tests: the first administrator, so nothing is asked and the
    // recovery key is not shown but kept in recoveryKey().
    void setFirstAdministrator(const security::FirstAdministrator& administrator);
    const QString& recoveryKey() const { return m_recoveryKey; }

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* locationEdit() const { return m_location; }
    QLabel* refusalLabel() const { return m_refusal; }

    void accept() override;

private:
    void browse();
    void showRefusal(const QString& message);
    QString targetPath() const;

    QString m_openPath;
    QString m_confirmedPath;  // replacing it was confirmed in the file dialog
    std::optional<security::FirstAdministrator> m_administrator;  // given: nothing is asked
    QString m_recoveryKey;
    std::unique_ptr<storage::Connection> m_connection;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_location;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
