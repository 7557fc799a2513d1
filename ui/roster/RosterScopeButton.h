#pragma once

#include "common/RecordId.h"

#include <QToolButton>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// Says, beside the roster's search box, whose members the roster lists ("Scope: 观音桥街道
// 党工委 and below ▾"), so that a search finding nothing is not taken for an empty district;
// its menu widens the scope: to an organisation above the one shown, or to every
// organisation of the account's area.
class RosterScopeButton : public QToolButton
{
    Q_OBJECT

public:
    explicit RosterScopeButton(storage::Connection& connection, QWidget* parent = nullptr);

    // The organisation whose subtree is listed (null: the whole area).
    void setOrganisation(const RecordId& orgId, const QString& name);
    RecordId organisation() const { return m_orgId; }

    // The scope's text without the button's arrow, e.g. for a message.
    QString scopeText() const;

signals:
    void organisationChosen(const RecordId& orgId, const QString& name);  // null: the whole area

private:
    void fillMenu();
    QString wholeAreaText() const;

    storage::Connection& m_db;
    RecordId m_orgId;
    QString m_name;
    QString m_areaName;  // the account's area; empty when it is the whole database
};

}  // namespace redgrid::ui
