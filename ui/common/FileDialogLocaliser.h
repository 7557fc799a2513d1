#pragma once

#include <QObject>

class QFileDialog;

namespace redgrid::ui {

// Qt's own file dialog in the interface language, whatever the system's: QFileSystemModel
// writes sizes and dates in the system locale ("6 Dec 2026 14:03", "120.56 KiB") and a
// folder's type from a string Debian's qtbase_zh_CN lacks ("Folder"). Every file dialog the
// program opens (through QFileDialog's static functions too) gets a proxy model over its
// list that writes them in the interface language (dates as yyyy-MM-dd HH:mm), and columns
// wide enough for them.
class FileDialogLocaliser : public QObject
{
    Q_OBJECT

public:
    // Watches the application for file dialogs; once per application.
    static void install();
    // What install() does to each dialog (for a dialog made before it was installed).
    static void localise(QFileDialog* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

}  // namespace redgrid::ui
