#pragma once

#include "common/RecordId.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QTreeView;

namespace redgrid::hierarchy {
class HierarchyStore;
}

namespace redgrid::ui {

class SearchResultsModel;

// The search field of the toolbar: as the user types (after a short pause) a popup lists
// up to 50 nodes whose name contains the text or whose code starts with it; choosing one,
// or Enter for the first, asks for it to be shown in the tree.
class HierarchySearchBox : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int MaxResults = 50;
    static constexpr int DebounceMs = 200;

    explicit HierarchySearchBox(QWidget* parent = nullptr);

    // The database to search; nullptr when none is open.
    void setStore(hierarchy::HierarchyStore* store, const QString& databasePath);

    SearchResultsModel* results() const { return m_results; }
    QTreeView* popupView() const { return m_popup; }
    // Runs a search that is still waiting for the typing pause, now.
    void searchNow();
    void chooseResult(int row);

signals:
    void nodeChosen(const RecordId& id);
    void readFailed(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void runSearch();
    void showPopup();
    void chooseFirst();

    hierarchy::HierarchyStore* m_store = nullptr;
    QString m_databasePath;
    QTimer m_pause;
    SearchResultsModel* m_results;
    QCompleter* m_completer;
    QTreeView* m_popup;
};

}  // namespace redgrid::ui
