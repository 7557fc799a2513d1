#pragma once

#include "hierarchy/HierarchyNode.h"
#include "security/Role.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QDate>
#include <QSet>
#include <QStringList>

#include <memory>

namespace redgrid::test {

// The small demo district (3 streets of 江北区), its administrator signed in, and one street,
// one community of that street and one grid of that community to give accounts: for tests
// of what an account's area lets it see. The community has findings of its own whatever the
// demo drew: its party committee's term ended before AreaDemo::Today, and its first grid
// lost the branch covering it.
struct AreaDemo
{
    static inline const QDate Today { 2026, 12, 6 };
    static inline const QString AccountPassword = QStringLiteral("Secret-2026");

    TempDir dir;
    QString path = dir.path(QStringLiteral("area.redgrid"));
    std::unique_ptr<storage::Connection> admin;
    hierarchy::HierarchyNode district, street, community, grid;

    AreaDemo();

    void addAccount(const QString& name, security::Role role, const RecordId& area);
    std::unique_ptr<storage::Connection> signIn(const QString& name);

    // Worked out as the administrator, not through the scope views: the organisations that
    // cover a node of `area`'s subtree, and everything below them.
    QSet<RecordId> orgsOf(const hierarchy::HierarchyNode& area);
    // The administrator's findings about `area`, each "kind code" (organisation::findingKey),
    // sorted.
    QStringList findingsIn(const hierarchy::HierarchyNode& area);
};

}  // namespace redgrid::test
