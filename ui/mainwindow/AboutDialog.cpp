#include "AboutDialog.h"

#include "storage/Connection.h"
#include "ui/common/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

QString AboutDialog::versionText()
{
    return tr("RedGrid %1 · Qt %2 · SQLite %3")
        .arg(QStringLiteral(REDGRID_VERSION), QString::fromLatin1(qVersion()),
            storage::sqliteLibraryVersion());
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About RedGrid"));
    auto* icon = new QLabel;
    icon->setPixmap(Icons::application().pixmap(64));
    auto* text = new QLabel(
        tr("<h2>RedGrid %1</h2>"
           "<p>Party-building-led grid administration for communities and streets: the hierarchy of "
           "district, streets, communities, grids and buildings in one file on your own computer.</p>"
           "<table>"
           "<tr><td>RedGrid</td><td>%1</td></tr>"
           "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
           "<tr><td>SQLite</td><td>%4</td></tr>"
           "</table>")
            .arg(QStringLiteral(REDGRID_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QT_VERSION_STR), storage::sqliteLibraryVersion()));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("Copy &Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

}  // namespace redgrid::ui
