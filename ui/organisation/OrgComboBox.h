#pragma once

#include "organisation/PartyOrg.h"

#include <QComboBox>

namespace redgrid::ui {

// A party organisation chosen from the whole tree, indented by level. Where only a
// member's home fits (a 支部 of any sort or a 党小组), the others are listed for
// orientation but cannot be chosen.
class OrgComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum class Choice { Any, MemberHome };

    explicit OrgComboBox(QWidget* parent = nullptr);

    // `orgs` parents before children (OrgStore::all). A non-empty `noneText` adds a first
    // entry for "no organisation" (the top level, when choosing a parent).
    void setOrgs(const QList<organisation::PartyOrg>& orgs, Choice choice, const QString& noneText = {});

    RecordId orgId() const;  // null for the "none" entry or nothing chosen
    bool setOrgId(const RecordId& id);  // false if it is not listed
    bool isChoosable(const organisation::PartyOrg& org) const;

private:
    Choice m_choice = Choice::Any;
};

}  // namespace redgrid::ui
