#include "DivisionImportDialog.h"

#include "RejectedRowsModel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace redgrid::ui {

QString DivisionImportDialog::summary(const importexport::DivisionImportReport& report)
{
    const QLocale locale;
    return tr("%1 rows read: %2 new, %3 renamed, %4 already up to date, %5 rejected.")
        .arg(locale.toString(report.read), locale.toString(report.inserted), locale.toString(report.updated),
            locale.toString(report.unchanged), locale.toString(report.rejected));
}

DivisionImportDialog::DivisionImportDialog(const importexport::DivisionImportReport& preview, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary(preview)))
    , m_rejected(new QTableView)
{
    setWindowTitle(tr("Import Division List"));
    auto* layout = new QVBoxLayout(this);
    auto* file
        = new QLabel(QStringLiteral("<b>%1</b>").arg(QFileInfo(preview.file).fileName().toHtmlEscaped()));
    file->setToolTip(preview.file);
    layout->addWidget(file);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    if (preview.rejected > 0) {
        auto* note
            = new QLabel(tr("Rejected rows are not imported. Correct them in the file and import it again: "
                            "rows already imported are then left as they are."));
        note->setWordWrap(true);
        layout->addWidget(note);
        m_rejected->setModel(new RejectedRowsModel(preview.rejectedRows, m_rejected));
        m_rejected->verticalHeader()->hide();
        m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_rejected->setWordWrap(false);
        m_rejected->horizontalHeader()->setStretchLastSection(true);
        m_rejected->resizeColumnsToContents();
        layout->addWidget(m_rejected, 1);
    } else {
        m_rejected->hide();
    }

    auto* buttons = new QDialogButtonBox;
    if (preview.inserted + preview.updated > 0) {
        m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        m_import->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + tr("There is nothing to import."));
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(preview.rejected > 0 ? QSize(820, 480) : QSize(520, 160));
}

}  // namespace redgrid::ui
