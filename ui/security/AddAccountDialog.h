#pragma once

#include "hierarchy/HierarchyStore.h"
#include "security/Account.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

class PasswordFields;

// Accounts › Add: a new account with its role (only the roles the administrator may
// grant, Roles::mayGrant), its area (a node of the hierarchy, chosen from the tree: a
// street for a 街道管理员, a community for a 社区书记, a grid for a 网格员) and its first
// password. AccountStore::add checks everything again and says why not.
class AddAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(storage::Connection& connection, QWidget* parent = nullptr);

    const std::optional<security::Account>& added() const { return m_added; }

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleBox() const { return m_role; }
    QLabel* areaLabel() const { return m_area; }
    QPushButton* chooseAreaButton() const { return m_chooseArea; }
    PasswordFields* passwordFields() const { return m_password; }
    QLabel* refusalLabel() const { return m_refusal; }

    security::Role role() const;
    void setArea(const RecordId& nodeId);  // as if chosen in the tree
    RecordId area() const { return m_areaId; }
    void chooseArea();  // opens the tree

    void accept() override;

private:
    void roleChanged();
    void showRefusal(const QString& message);

    storage::Connection& m_db;
    hierarchy::HierarchyStore m_store;
    RecordId m_areaId;
    std::optional<security::Account> m_added;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLabel* m_area;
    QPushButton* m_chooseArea;
    PasswordFields* m_password = nullptr;
    QLabel* m_refusal;
};

}  // namespace redgrid::ui
