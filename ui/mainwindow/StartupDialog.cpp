#include "StartupDialog.h"

#include "ui/common/Icons.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace redgrid::ui {

StartupDialog::StartupDialog(const QString& demoPath, QWidget* parent)
    : QDialog(parent)
    , m_demo(new QCommandLinkButton(tr("Try the &demo database")))
    , m_open(new QCommandLinkButton(tr("&Open a database…")))
    , m_new(new QCommandLinkButton(tr("Create a &new database…")))
{
    setWindowTitle(tr("Welcome to RedGrid"));
    setWindowIcon(Icons::application());

    auto* icon = new QLabel;
    icon->setPixmap(Icons::application().pixmap(48));
    auto* title = new QLabel(tr("<h2>Welcome to RedGrid</h2>"
                                "<p>No database is open. A RedGrid database is one file with the hierarchy "
                                "of your district or county: streets and towns, communities and villages, "
                                "grids and buildings.</p>"));
    title->setWordWrap(true);

    const QString where = QDir::toNativeSeparators(demoPath);
    m_demo->setDescription(
        QFileInfo::exists(demoPath) ? tr(
            "Invented demo data for 重庆市江北区: its real streets and communities with made-up grids and "
            "buildings. Opens %1.")
                                          .arg(where)
                                    : tr("Invented demo data for 重庆市江北区: its real streets and "
                                         "communities with made-up grids and "
                                         "buildings. It is created in %1 (a few seconds).")
                                          .arg(where));
    m_open->setDescription(tr("Choose an existing RedGrid database (*.redgrid)."));
    m_new->setDescription(tr("Start an empty database for your own district or county."));
    connect(m_demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(m_open, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Open); });
    connect(m_new, &QCommandLinkButton::clicked, this, [this] { choose(Choice::New); });

    auto* buttons = new QDialogButtonBox;
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(quit, &QPushButton::clicked, this, &StartupDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_demo);
    layout->addWidget(m_open);
    layout->addWidget(m_new);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_demo->setDefault(true);
    m_demo->setFocus();
}

void StartupDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

}  // namespace redgrid::ui
