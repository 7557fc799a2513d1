#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace redgrid::ui {

// The databases opened lately (up to 8, newest first), remembered in QSettings, and the
// File › Open Recent menu listing them. Files that no longer exist drop out.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int Max = 8;

    explicit RecentFiles(QObject* parent = nullptr);
    ~RecentFiles() override;

    QStringList files();  // only those that still exist (forgets the others)
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    // The last file opened (for the next start), empty if none.
    QString lastFile() const;

    // Filled each time it opens.
    QMenu* menu() const { return m_menu; }

signals:
    void fileChosen(const QString& path);

private:
    void store(const QStringList& files);
    void fillMenu();

    QMenu* m_menu;
};

}  // namespace redgrid::ui
