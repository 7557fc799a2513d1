#pragma once

#include "DemoModule.h"
#include "hierarchy/HierarchyNode.h"

#include <QHash>

namespace redgrid::demo {

// The district and its streets and communities: the real ones of 重庆市江北区 from the
// bundled division list, imported through the same DivisionImporter users run; at the
// large scale topped up with invented streets and communities to benchmark size.
class DemoDivisions : public DemoModule
{
    Q_DECLARE_TR_FUNCTIONS(DemoDivisions)

public:
    QString description() const override;
    Status build(DemoContext& context) override;

    // The bundled division list by code: the real names of the streets and communities of
    // 江北区, as the list has them ("桥北社区居民委员会" where the hierarchy says 桥北社区).
    static QHash<QString, QString> realNames();
    // Whether `node` is a real place: its code in the list, under its name.
    static bool isReal(const QHash<QString, QString>& realNames, const hierarchy::HierarchyNode& node);
};

}  // namespace redgrid::demo
