#include "Feature.h"

#include "security/Session.h"

#include <QMenu>
#include <QMenuBar>
#include <QWidget>

#include <algorithm>

namespace redgrid::ui {

FeatureMenus::FeatureMenus(QMenuBar* bar, QAction* before)
    : m_bar(bar)
    , m_before(before)
{
}

QMenu* FeatureMenus::menu(const QString& key, const QString& title)
{
    for (QMenu* menu : std::as_const(m_menus)) {
        if (menu->objectName() == key) {
            if (!m_askedFor.contains(menu))
                m_askedFor.append(menu);
            return menu;
        }
    }
    auto* menu = new QMenu(title, m_bar);
    menu->setObjectName(key);
    m_bar->insertMenu(m_before, menu);
    m_menus.append(menu);
    m_askedFor.append(menu);
    return menu;
}

bool Feature::isShownTo(const security::Session& session) const
{
    const QList<security::Permission> needed = permissions();
    return std::all_of(
        needed.begin(), needed.end(), [&](security::Permission p) { return session.allows(p); });
}

void Feature::focusPage()
{
    if (QWidget* shown = page())
        shown->setFocus(Qt::OtherFocusReason);
}

}  // namespace redgrid::ui
