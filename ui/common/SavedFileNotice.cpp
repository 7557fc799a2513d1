#include "SavedFileNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace redgrid::ui {

SavedFileNotice::SavedFileNotice(const QString& path, const QString& what, QWidget* parent)
    : QMessageBox(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
{
    setObjectName(QStringLiteral("savedFileNotice"));
    setWindowTitle(tr("File Saved"));
    setIcon(QMessageBox::Information);
    setText(what);
    setInformativeText(tr("Saved as %1").arg(QDir::toNativeSeparators(m_path)));
    // Wide enough for a usual path on one line, rather than a word per line.
    if (auto* where = findChild<QLabel*>(QStringLiteral("qt_msgbox_informativelabel")))
        where->setMinimumWidth(qMin(
            fontMetrics().horizontalAdvance(informativeText()) + 8, fontMetrics().averageCharWidth() * 70));
    // The path can be selected and copied, to send the file on or find it later.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openFolder = addButton(tr("Open &Folder"), QMessageBox::ActionRole);
    m_openFolder->setToolTip(tr("Show the folder that holds the file"));
    QPushButton* ok = addButton(QMessageBox::Ok);
    setDefaultButton(ok);
    setEscapeButton(ok);
    connect(m_openFolder, &QPushButton::clicked, this, [this] { openFolder(m_path); });
}

void SavedFileNotice::confirm(QWidget* parent, const QString& path, const QString& what)
{
    SavedFileNotice notice(path, what, parent);
    notice.exec();
}

bool SavedFileNotice::openFolder(const QString& path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

}  // namespace redgrid::ui
