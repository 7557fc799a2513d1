#include "RestoreDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

namespace {
enum Column { DateColumn, SizeColumn, MembersColumn, OrganisationsColumn, FileColumn };
}

RestoreDialog::RestoreDialog(const backup::BackupFolder& folder, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto* intro = new QLabel(tr("Choose a backup of %1. The current file is kept aside under a dated name "
                                "before the backup takes its place.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(databasePath).fileName())),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Made"), tr("Size"), tr("Members"), tr("Organisations"), tr("File") });
    const QLocale locale;
    for (const backup::BackupEntry& entry : folder.list()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, entry.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(
            SizeColumn, locale.formattedDataSize(entry.bytes, 1, QLocale::DataSizeTraditionalFormat));
        if (entry.marker) {
            item->setText(MembersColumn, locale.toString(entry.marker->members));
            item->setText(OrganisationsColumn, locale.toString(entry.marker->organisations));
        } else {
            item->setText(MembersColumn, tr("cannot be read"));
            item->setToolTip(MembersColumn, entry.problem);
            item->setDisabled(true);
        }
        item->setText(FileColumn, QFileInfo(entry.path).fileName());
        item->setData(DateColumn, Qt::UserRole, entry.path);
        for (int column : { SizeColumn, MembersColumn, OrganisationsColumn })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_list);
        none->setText(DateColumn, tr("No backups in %1").arg(QDir::toNativeSeparators(folder.folder())));
        none->setDisabled(true);
        none->setFirstColumnSpanned(true);
    } else {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_username->setObjectName(QStringLiteral("backupUsername"));
    m_password->setObjectName(QStringLiteral("backupPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Administrator of the backup:"), m_username);
    form->addRow(tr("Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton* other = buttons->addButton(tr("Other &File…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherBackupFile"));
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::updateButton);
    connect(m_username, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 420);
    m_username->setFocus();
    updateButton();
}

QString RestoreDialog::backupPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(DateColumn, Qt::UserRole).toString() : QString();
}

QString RestoreDialog::username() const
{
    return m_username->text().trimmed();
}

QString RestoreDialog::password() const
{
    return m_password->text();
}

void RestoreDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a Backup"), QString(), tr("RedGrid databases (*.redgrid);;All files (*)"));
    if (file.isEmpty())
        return;
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(DateColumn, tr("(chosen file)"));
    item->setText(FileColumn, QDir::toNativeSeparators(file));
    item->setData(DateColumn, Qt::UserRole, file);
    m_list->setCurrentItem(item);
    updateButton();
}

void RestoreDialog::updateButton()
{
    m_restore->setEnabled(!backupPath().isEmpty() && !username().isEmpty() && !password().isEmpty());
}

}  // namespace redgrid::ui
