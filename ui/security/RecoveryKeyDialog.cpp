#include "RecoveryKeyDialog.h"

#include "document/engine/ToUnicodeRepair.h"
#include "storage/OutputPath.h"
#include "ui/common/FixedPitchFont.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

namespace redgrid::ui {
namespace {

constexpr int GroupsPerLine = 5;

// "ABCD-EFGH-…" as lines of a few groups, so it can be read and copied by hand.
QString inLines(const QString& key)
{
    const QStringList groups = key.split(QLatin1Char('-'));
    QStringList lines;
    for (int i = 0; i < groups.size(); i += GroupsPerLine)
        lines << groups.mid(i, GroupsPerLine).join(QLatin1Char('-'));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_recoveryKey(recoveryKey)
    , m_databasePath(databasePath)
    , m_key(new QLabel(inLines(recoveryKey)))
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

QString RecoveryKeyDialog::databaseLine() const
{
    return tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(m_databasePath).absoluteFilePath()));
}

QString RecoveryKeyDialog::madeLine() const
{
    return tr("Made: %1").arg(m_shownAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

bool RecoveryKeyDialog::saveTo(const QString& path)
{
    const QString text = tr("RedGrid recovery key") + QStringLiteral("\n\n") + m_recoveryKey
        + QStringLiteral("\n\n") + databaseLine() + QLatin1Char('\n') + madeLine() + QStringLiteral("\n\n")
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
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("%1 recovery key").arg(QFileInfo(m_databasePath).completeBaseName()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the Recovery Key"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &RecoveryKeyDialog::printOn);
    if (preview.exec() == QDialog::Accepted)
        m_print->setText(tr("Printed"));
}

void RecoveryKeyDialog::printOn(QPrinter* printer)
{
    // Printed to a PDF file: never over the open database or its journals.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        if (const Status allowed = storage::OutputPath::check(printer->outputFileName()); !allowed) {
            QMessageBox::warning(this, tr("Recovery Key Not Printed"), allowed.error().toString());
            return;
        }
    }
    // A CJK font named, so that a machine without a fallback prints no boxes.
    QFont body(QStringLiteral("Noto Sans CJK SC"));
    body.setPointSizeF(12);
    const QFont key = fixedPitchFont();
    QTextDocument page;
    page.setDefaultFont(body);
    page.setHtml(
        QStringLiteral("<h2>%1</h2><p>%2<br>%3</p>"
                       "<p style=\"font-family: '%4'; font-size: 22pt; font-weight: bold; "
                       "margin-top: 24pt; margin-bottom: 24pt;\">%5</p><p>%6</p>")
            .arg(tr("RedGrid recovery key").toHtmlEscaped(), databaseLine().toHtmlEscaped(),
                madeLine().toHtmlEscaped(), key.family().toHtmlEscaped(),
                inLines(m_recoveryKey).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                tr("When every administrator's password is lost, choose \"Forgot password\" when signing "
                   "in and enter this key. Keep this page locked away, apart from the computer the "
                   "database is on.")
                    .toHtmlEscaped()));
    page.print(printer);
    // Saved as a PDF (from the preview's print dialog): Qt 6.4 writes its text layer with
    // radicals for some ideographs (网 reads back as ⽹), which document::ToUnicodeRepair mends.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        QFile pdf(printer->outputFileName());
        if (pdf.open(QIODevice::ReadWrite))
            document::ToUnicodeRepair(body).repair(pdf);
    }
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
