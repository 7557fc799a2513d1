#include "AddAccountDialog.h"

#include "PasswordFields.h"
#include "security/AccountStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/common/RefusalLabel.h"
#include "ui/hierarchy/NodePickerDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace redgrid::ui {

using hierarchy::NodeLevel;
using security::Role;
using security::Roles;

AddAccountDialog::AddAccountDialog(storage::Connection& connection, QWidget* parent)
    : QDialog(parent)
    , m_db(connection)
    , m_store(connection)
    , m_username(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_role(new QComboBox)
    , m_area(new QLabel)
    , m_chooseArea(new QPushButton(tr("C&hoose…")))
    , m_refusal(new RefusalLabel)
{
    setWindowTitle(tr("Add Account"));
    const security::Session* session = security::Session::of(connection);
    for (Role role : Roles::all())
        if (session && Roles::mayGrant(session->role(), role))
            m_role->addItem(Roles::label(role), static_cast<int>(role));
    // The most common account first: the one for a community.
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(Role::CommunitySecretary))));
    m_username->setMaxLength(64);
    m_displayName->setMaxLength(100);
    m_area->setWordWrap(true);
    m_area->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto* areaRow = new QHBoxLayout;
    areaRow->addWidget(m_area, 1);
    areaRow->addWidget(m_chooseArea);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Area:"), areaRow);
    m_password = new PasswordFields(form, tr("&Password:"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);
    connect(m_chooseArea, &QPushButton::clicked, this, &AddAccountDialog::chooseArea);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddAccountDialog::roleChanged);

    auto* intro = new QLabel(tr("The account sees and changes only what lies in its area, as far as its role "
                                "allows. Give the person their password in private; they can change it "
                                "after signing in."));
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    roleChanged();
}

Role AddAccountDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

void AddAccountDialog::roleChanged()
{
    // An area of the wrong level for the new role is dropped; a district-wide role gets the
    // district without asking.
    const QSet<NodeLevel> levels = security::Roles::areaLevels(role());
    std::optional<hierarchy::HierarchyNode> area;
    if (!m_areaId.isNull())
        coreGuard(m_db.path(), [&] { area = m_store.node(m_areaId); });
    if (!area || !levels.contains(area->level)) {
        m_areaId = {};
        if (levels == QSet<NodeLevel> { NodeLevel::District }) {
            std::optional<hierarchy::HierarchyNode> root;
            coreGuard(m_db.path(), [&] { root = m_store.root(); });
            if (root)
                m_areaId = root->id;
        }
    }
    setArea(m_areaId);
}

void AddAccountDialog::setArea(const RecordId& nodeId)
{
    m_areaId = nodeId;
    showRefusal({});
    QString place;
    if (!nodeId.isNull())
        coreGuard(m_db.path(), [&] { place = NodePickerDialog::placeOf(m_store, nodeId); });
    if (place.isEmpty()) {
        m_area->setText(tr("none yet — choose a %1").arg(security::Roles::areaLevelsText(role())));
        m_area->setStyleSheet(QStringLiteral("color: #5f6368;"));
    } else {
        m_area->setText(place);
        m_area->setStyleSheet({});
    }
}

void AddAccountDialog::chooseArea()
{
    NodePickerDialog picker(
        m_store, m_db.path(), security::Roles::areaLevels(role()), tr("Area of the Account"), this);
    if (!m_areaId.isNull())
        picker.select(m_areaId);
    if (picker.exec() == QDialog::Accepted && picker.chosen())
        setArea(picker.chosen()->id);
}

void AddAccountDialog::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void AddAccountDialog::accept()
{
    if (m_areaId.isNull()) {
        showRefusal(tr("Choose the account's area."));
        return;
    }
    if (auto problem = m_password->problem()) {
        showRefusal(*problem);
        return;
    }
    const security::NewAccount account { m_username->text().trimmed(), m_displayName->text().trimmed(),
        role(), m_areaId, m_password->password() };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<Result<security::Account>> added;
    const auto failure = coreGuard(m_db.path(), [&] { added = security::AccountStore(m_db).add(account); });
    QApplication::restoreOverrideCursor();
    if (failure) {
        showRefusal(failure->toString());
        return;
    }
    if (!*added) {
        showRefusal(added->error().toString());
        return;
    }
    m_added = added->value();
    m_password->clear();
    QDialog::accept();
}

}  // namespace redgrid::ui
