#include "RosterSelectionText.h"

#include "RosterFilterBar.h"
#include "RosterModel.h"
#include "RosterWidget.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QStringList>

namespace redgrid::ui {

QString RosterSelectionText::describe(storage::Connection& db, const RosterWidget& roster)
{
    const RosterModel& model = *roster.model();
    const qint64 count = model.totalCount();
    const QString members = count == 1 ? tr("1 member") : tr("%1 members").arg(QLocale().toString(count));
    return tr("Members: %1 (%2)").arg(scope(db, model.filter().orgId), members) + QLatin1Char('\n')
        + tr("Filters: %1").arg(conditions(*roster.filterBar())) + QLatin1Char('\n')
        + tr("Order: %1").arg(order(model));
}

QString RosterSelectionText::scope(storage::Connection& db, const RecordId& orgId)
{
    QString name;
    const auto failure = coreGuard(db.path(), [&] {
        if (!orgId.isNull()) {
            if (const auto org = organisation::OrgStore(db).org(orgId))
                name = org->name;
            return;
        }
        const security::Session* session = security::Session::of(db);
        if (session && !session->coversWholeDatabase())
            if (const auto area = hierarchy::HierarchyStore(db).node(session->account().scopeNodeId))
                name = area->name;
    });
    if (failure)
        name.clear();
    if (!orgId.isNull())
        return tr("%1 and the organisations below it").arg(name);
    return name.isEmpty() ? tr("every organisation") : tr("every organisation of %1").arg(name);
}

QString RosterSelectionText::conditions(const RosterFilterBar& filters)
{
    QStringList given;
    // The first entry of each box is the one that narrows nothing (for the status: active
    // members, what a roster lists unless asked otherwise).
    for (const QComboBox* box :
        { filters.categoryBox(), filters.statusBox(), filters.ageBox(), filters.educationBox() })
        if (box->currentIndex() > 0)
            given.append(box->currentText());
    for (const QCheckBox* box : { filters.mobileBox(), filters.lostContactBox(), filters.dualBox() })
        if (box->isChecked())
            given.append(QString(box->text()).remove(QLatin1Char('&')));
    if (const QString search = filters.searchEdit()->text().trimmed(); !search.isEmpty())
        given.append(tr("search “%1”").arg(search));
    return given.isEmpty() ? tr("none") : given.join(QStringLiteral(" · "));
}

QString RosterSelectionText::order(const RosterModel& model)
{
    if (model.sortsByRelevance())
        return tr("best matches for the search first");
    const bool descending = model.sortOrder() == Qt::DescendingOrder;
    QString key;
    if (model.sortColumn() == RosterModel::NameColumn)
        key = model.nameOrder() == RosterModel::NameOrder::Stroke
            ? tr("name, by the strokes of the surname (姓氏笔画)")
            : tr("name, in pinyin order");
    else
        key = model.headerData(model.sortColumn(), Qt::Horizontal).toString();
    return descending ? tr("%1, descending").arg(key) : key;
}

}  // namespace redgrid::ui
