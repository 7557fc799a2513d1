#include "RecoveryKeyDialog.h"

#include "document/security/RecoveryKeyDocument.h"
#include "storage/OutputPath.h"
#include "ui/common/FixedPitchFont.h"
#include "ui/common/PrintPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace redgrid::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_recoveryKey(recoveryKey)
    , m_databasePath(databasePath)
    , m_key(new QLabel(document::RecoveryKeyDocument::inLines(recoveryKey)))
    , m_stored(new QCheckBox(tr("I have stored the recovery key")))
    , m_copy(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy")))
    , m_save(new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save to File…")))
    , m_print(new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…")))
    , m_close(new QPushButton(tr("&Done")))
    , m_shownAt(QDateTime::currentDateTime())
{
    setWindowTitle(tr("Recovery Key"));
    auto* intro = new QLabel(tr("<b>This is the recovery key of %1.</b> It is shown only now.")
                                 .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* why = new QLabel(
        tr("If every administrator forgets their password, this key is the only way to open the "
           "database again: the ID numbers and phones in it are encrypted, and nobody — not even "
           "RedGrid's authors — can read them without a password or this key. Print it or write it "
           "down, and keep it locked away, apart from the computer."));
    why->setWordWrap(true);

    QFont mono = fixedPitchFont();
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setStyleSheet(
        QStringLiteral("QLabel { background: #fffdf3; color: #202124; border: 1px dashed #b59a3c; "
                       "padding: 14px; }"));
    m_key->setAccessibleName(tr("Recovery key"));

    auto* keyButtons = new QHBoxLayout;
    keyButtons->addStretch(1);
    keyButtons->addWidget(m_copy);
    keyButtons->addWidget(m_save);
    keyButtons->addWidget(m_print);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    m_close->setEnabled(false);
    m_close->setDefault(true);

    connect(m_copy, &QPushButton::clicked, this, &RecoveryKeyDialog::copyKey);
    connect(m_save, &QPushButton::clicked, this, &RecoveryKeyDialog::saveKey);
    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyDialog::printKey);
    connect(m_stored, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryKeyDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(why);
    layout->addSpacing(6);
    layout->addWidget(m_key);
    layout->addLayout(keyButtons);
    layout->addSpacing(6);
    layout->addWidget(m_stored);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void RecoveryKeyDialog::copyKey()
{
    QApplication::clipboard()->setText(m_recoveryKey);
    m_copy->setText(tr("Copied"));
}

void RecoveryKeyDialog::saveKey()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("%1 recovery key").arg(QFileInfo(m_databasePath).completeBaseName()) + QStringLiteral(".txt"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Recovery Key"), suggested, tr("Text files (*.txt)"));
    if (!path.isEmpty())
        saveTo(path);
}

document::RecoveryKeyDocument RecoveryKeyDialog::page() const
{
    return document::RecoveryKeyDocument(m_recoveryKey, m_databasePath, m_shownAt);
}

bool RecoveryKeyDialog::saveTo(const QString& path)
{
    const document::RecoveryKeyDocument page = this->page();
    const QString text = page.title() + QStringLiteral("\n\n") + m_recoveryKey + QStringLiteral("\n\n")
        + page.databaseLine() + QLatin1Char('\n') + page.madeLine() + QStringLiteral("\n\n")
        + tr("When every administrator's password is lost, choose \"Forgot password\" when signing in and "
             "enter this key. Keep this file away from the computer the database is on.")
        + QLatin1Char('\n');
    if (const Status allowed = storage::OutputPath::check(path); !allowed) {
        QMessageBox::warning(this, tr("Recovery Key Not Saved"), allowed.error().toString());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Recovery Key Not Saved"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_save->setText(tr("Saved"));
    return true;
}

void RecoveryKeyDialog::printKey()
{
    // Without a connection: the page reads no database, and its print is not audited, so
    // the key never reaches the audit log. A PDF is never written over the open database
    // (document::PdfDocument checks storage::OutputPath).
    PrintJob job;
    job.title = tr("Print the Recovery Key");
    job.description = tr("The recovery key of %1, to keep locked away, apart from the computer.")
                          .arg(QFileInfo(m_databasePath).fileName());
    job.fileName
        = tr("%1 recovery key").arg(QFileInfo(m_databasePath).completeBaseName()) + QStringLiteral(".pdf");
    job.pageCount = 1;
    job.document = std::make_shared<document::RecoveryKeyDocument>(page());
    PrintPreview preview(std::move(job), this);
    if (preview.exec() == QDialog::Accepted)
        m_print->setText(tr("Printed"));
}

void RecoveryKeyDialog::accept()
{
    if (m_stored->isChecked())
        QDialog::accept();
}

void RecoveryKeyDialog::reject()
{
    if (m_stored->isChecked())
        QDialog::reject();
}

void RecoveryKeyDialog::closeEvent(QCloseEvent* event)
{
    if (!m_stored->isChecked()) {
        event->ignore();
        m_stored->setFocus();
        return;
    }
    QDialog::closeEvent(event);
}

}  // namespace redgrid::ui
