#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace redgrid::ui {
namespace {

const QString RecentKey = QStringLiteral("recentFiles");
const QString LastKey = QStringLiteral("lastFile");

QString normalized(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

}  // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
    , m_menu(new QMenu(tr("Open &Recent")))
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::fillMenu);
    fillMenu();
}

RecentFiles::~RecentFiles()
{
    delete m_menu;  // a widget, so it cannot be our child; leaves the File menu with it
}

QStringList RecentFiles::files()
{
    QStringList existing;
    const QStringList stored = QSettings().value(RecentKey).toStringList();
    for (const QString& path : stored) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    if (existing.size() != stored.size())
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > Max)
        list.removeLast();
    store(list);
    QSettings().setValue(LastKey, file);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(normalized(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::lastFile() const
{
    return QSettings().value(LastKey).toString();
}

void RecentFiles::store(const QStringList& files)
{
    QSettings().setValue(RecentKey, files);
    m_menu->setEnabled(!files.isEmpty());
}

void RecentFiles::fillMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString& path : list) {
        // &1 … &8 as keyboard accelerators; a literal & in a path must be doubled.
        QString text = QDir::toNativeSeparators(path);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_menu->addAction(QStringLiteral("&%1 %2").arg(number++).arg(text));
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, &RecentFiles::clear);
    }
    m_menu->setEnabled(!list.isEmpty());
}

}  // namespace redgrid::ui
