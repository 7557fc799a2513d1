#include "EvidenceFilesDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace redgrid::ui {

EvidenceFilesDialog::EvidenceFilesDialog(
    const QString& indicator, const QStringList& files, bool editable, QWidget* parent)
    : QDialog(parent)
    , m_files(files)
    , m_editable(editable)
{
    setObjectName(QStringLiteral("evidenceFilesDialog"));
    setWindowTitle(tr("Evidence Files: %1").arg(indicator));
    auto* note
        = new QLabel(editable ? tr("RedGrid keeps where each file is, not a copy: keep the files where "
                                   "they are, or attach them again after moving them.")
                              : tr("You may open these files; attaching or removing is not yours to do now."),
            this);
    note->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("evidenceFileList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &EvidenceFilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &EvidenceFilesDialog::openChosen);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addEvidenceFile"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeEvidenceFile"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openEvidenceFile"));
    for (QPushButton* button : { m_add, m_remove, m_open })
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &EvidenceFilesDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceFilesDialog::removeChosen);
    connect(m_open, &QPushButton::clicked, this, &EvidenceFilesDialog::openChosen);
    m_add->setVisible(editable);
    m_remove->setVisible(editable);

    auto* side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addWidget(m_open);
    side->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    auto* buttons = new QDialogButtonBox(
        editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(620, 320);
    showFiles();
}

void EvidenceFilesDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!absolute.isEmpty() && !m_files.contains(absolute))
            m_files.append(absolute);
    }
    showFiles();
}

void EvidenceFilesDialog::showFiles()
{
    m_list->clear();
    for (const QString& path : m_files) {
        const QFileInfo file(path);
        auto* item = new QListWidgetItem(file.exists()
                ? tr("%1 — %2").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()))
                : tr("%1 — not found at %2")
                      .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
            m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!file.exists())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    updateButtons();
}

void EvidenceFilesDialog::chooseFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Attach Evidence Files"));
    if (!chosen.isEmpty())
        addFiles(chosen);
}

void EvidenceFilesDialog::removeChosen()
{
    for (const QListWidgetItem* item : m_list->selectedItems())
        m_files.removeAll(item->data(Qt::UserRole).toString());
    showFiles();
}

void EvidenceFilesDialog::openChosen()
{
    for (const QListWidgetItem* item : m_list->selectedItems())
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString()));
}

void EvidenceFilesDialog::updateButtons()
{
    const bool chosen = !m_list->selectedItems().isEmpty();
    m_remove->setEnabled(m_editable && chosen);
    m_open->setEnabled(chosen);
}

}  // namespace redgrid::ui
