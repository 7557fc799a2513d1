#pragma once

#include "common/NodeKind.h"
#include "common/RecordId.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace redgrid::storage {
class Connection;
}

namespace redgrid::ui {

// A hierarchy node as a form field: where it is, a button to choose it, one to clear it
// (a member's building, the community of a dual registration).
class NodeChooser : public QWidget
{
    Q_OBJECT

public:
    NodeChooser(storage::Connection& connection, QSet<hierarchy::NodeLevel> levels, const QString& title,
        QWidget* parent = nullptr);

    RecordId nodeId() const { return m_id; }
    void setNodeId(const RecordId& id);
    void choose();  // opens the picker
    QLineEdit* placeEdit() const { return m_place; }

signals:
    void nodeChanged();

private:
    storage::Connection& m_db;
    QSet<hierarchy::NodeLevel> m_levels;
    QString m_title;
    RecordId m_id;
    QLineEdit* m_place;
    QToolButton* m_clear;
};

}  // namespace redgrid::ui
