#include "RosterScopeButton.h"

#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QMenu>

namespace redgrid::ui {

RosterScopeButton::RosterScopeButton(storage::Connection& connection, QWidget* parent)
    : QToolButton(parent)
    , m_db(connection)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The arrow is part of the text ("Scope: … ▾"): the style's own is hard to see.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    setFocusPolicy(Qt::StrongFocus);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &RosterScopeButton::fillMenu);
    const security::Session* session = security::Session::of(m_db);
    if (session && !session->coversWholeDatabase()) {
        const auto failure = coreGuard(m_db.path(), [&] {
            if (const auto area = hierarchy::HierarchyStore(m_db).node(session->account().scopeNodeId))
                m_areaName = area->name;
        });
        Q_UNUSED(failure)  // the name only decorates the text
    }
    setOrganisation({}, {});
}

QString RosterScopeButton::wholeAreaText() const
{
    return m_areaName.isEmpty() ? tr("all organisations") : tr("all organisations of %1").arg(m_areaName);
}

QString RosterScopeButton::scopeText() const
{
    return tr("Scope: %1")
        .arg(m_orgId.isNull() ? wholeAreaText() : tr("%1 and the organisations below it").arg(m_name));
}

void RosterScopeButton::setOrganisation(const RecordId& orgId, const QString& name)
{
    m_orgId = orgId;
    m_name = name;
    // Seal names run to twenty characters and more: the button shows the short name, the
    // tooltip the full one.
    QString shown = name;
    if (!orgId.isNull()) {
        const auto failure = coreGuard(m_db.path(), [&] {
            if (const auto org = organisation::OrgStore(m_db).org(orgId); org && !org->shortName.isEmpty())
                shown = org->shortName;
        });
        Q_UNUSED(failure)  // the full name then
    }
    const QString text = orgId.isNull()
        ? scopeText()
        : tr("Scope: %1").arg(tr("%1 and the organisations below it").arg(shown));
    setText(text + QStringLiteral(" \u25BE"));
    setToolTip(scopeText() + QLatin1Char('\n')
        + tr("Whose members the roster lists; choose here to list more of them"));
}

// The whole area first, then the organisations above the one shown, nearest last, as far
// up as the account may read.
void RosterScopeButton::fillMenu()
{
    menu()->clear();
    QAction* whole = menu()->addAction(wholeAreaText());
    whole->setCheckable(true);
    whole->setChecked(m_orgId.isNull());
    connect(whole, &QAction::triggered, this, [this] { emit organisationChosen({}, {}); });
    if (m_orgId.isNull())
        return;
    QList<organisation::PartyOrg> chain;
    const auto failure
        = coreGuard(m_db.path(), [&] { chain = organisation::OrgStore(m_db).ancestors(m_orgId); });
    if (failure)
        return;
    menu()->addSeparator();
    for (const organisation::PartyOrg& org : chain) {
        QAction* action = menu()->addAction(org.shortName.isEmpty() ? org.name : org.shortName);
        action->setToolTip(org.name);
        action->setCheckable(true);
        action->setChecked(org.id == m_orgId);
        const RecordId id = org.id;
        const QString name = org.name;
        connect(action, &QAction::triggered, this, [this, id, name] { emit organisationChosen(id, name); });
    }
}

}  // namespace redgrid::ui
