#pragma once

#include "ui/common/Feature.h"

namespace redgrid::ui {

// The auditor's tab: the audit log is the auditor's whole window. Administrators open it
// from Account › Audit Log instead (AccountActions), so it is no tab of theirs.
class AuditFeature : public Feature
{
    Q_OBJECT

public:
    using Feature::Feature;

    QString title() const override;
    QList<security::Permission> permissions() const override;
    bool isShownTo(const security::Session& session) const override;
    QWidget* open(storage::Connection& connection) override;
    void close() override;
    QWidget* page() const override;

private:
    QWidget* m_viewer = nullptr;
};

}  // namespace redgrid::ui
