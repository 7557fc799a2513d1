#include "FileDialogLocaliser.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QScreen>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>

namespace redgrid::ui {
namespace {

// The columns of QFileSystemModel.
enum Column { NameColumn, SizeColumn, TypeColumn, DateColumn };

QString dateFormat()
{
    return QStringLiteral("yyyy-MM-dd HH:mm");
}

// The dialog's file list with sizes, types and dates in the interface language.
class FileListModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        const auto* files = qobject_cast<const QFileSystemModel*>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        switch (index.column()) {
        case SizeColumn:
            if (files->isDir(source))
                return QString();
            return QLocale().formattedDataSize(files->size(source), 1, QLocale::DataSizeTraditionalFormat);
        case TypeColumn:
            if (files->isDir(source))
                return FileDialogLocaliser::tr("Folder");
            if (files->fileInfo(source).suffix() == QLatin1String("redgrid"))
                return FileDialogLocaliser::tr("RedGrid database");
            break;
        case DateColumn:
            return QLocale().toString(files->lastModified(source), dateFormat());
        default:
            break;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

// Wide enough for the texts above, so that none is cut off.
void widenColumns(QFileDialog* dialog)
{
    auto* tree = dialog->findChild<QTreeView*>(QStringLiteral("treeView"));
    if (!tree)
        return;
    const QFontMetrics metrics = tree->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    QHeaderView* header = tree->header();
    const auto atLeast = [&](int column, int width) {
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    };
    atLeast(SizeColumn, metrics.horizontalAdvance(QStringLiteral("999.9 MB")) + padding);
    atLeast(TypeColumn, metrics.horizontalAdvance(QStringLiteral("Excel 2007 电子表格")) + padding);
    atLeast(DateColumn, metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + padding);
    atLeast(NameColumn, metrics.averageCharWidth() * 32);
    // Room for them all without a horizontal scroll bar in a dialog of the usual size.
    const int wanted = header->length() + tree->verticalScrollBar()->sizeHint().width() + dialog->width()
        - tree->viewport()->width();
    if (dialog->width() < wanted)
        dialog->resize(
            std::min(wanted, dialog->screen() ? dialog->screen()->availableSize().width() : wanted),
            dialog->height());
}

}  // namespace

void FileDialogLocaliser::install()
{
    static FileDialogLocaliser* installed = nullptr;
    if (installed)
        return;
    installed = new FileDialogLocaliser(qApp);
    qApp->installEventFilter(installed);
}

void FileDialogLocaliser::localise(QFileDialog* dialog)
{
    if (dialog->proxyModel())
        return;  // done already (or the dialog has a proxy of its own)
    dialog->setProxyModel(new FileListModel(dialog));
    widenColumns(dialog);
}

bool FileDialogLocaliser::eventFilter(QObject* watched, QEvent* event)
{
    // Show comes before the dialog is on screen.
    if (event->type() == QEvent::Show) {
        if (auto* dialog = qobject_cast<QFileDialog*>(watched))
            localise(dialog);
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace redgrid::ui
