#include "NewDatabaseDialog.h"

#include "hierarchy/DivisionCode.h"
#include "hierarchy/HierarchyEditor.h"
#include "storage/DatabaseFile.h"
#include "ui/common/RefusalLabel.h"
#include "ui/security/FirstAdministratorDialog.h"
#include "ui/security/RecoveryKeyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace redgrid::ui {

using hierarchy::NodeKind;
using hierarchy::NodeLevel;

namespace {

const QString Suffix = QStringLiteral(".redgrid");

QString filter()
{
    return NewDatabaseDialog::tr("RedGrid databases (*.redgrid)");
}

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo left(a), right(b);
    return left.exists() && right.exists() && left.canonicalFilePath() == right.canonicalFilePath();
}

}  // namespace

NewDatabaseDialog::NewDatabaseDialog(const QString& openPath, QWidget* parent)
    : QDialog(parent)
    , m_openPath(openPath)
    , m_code(new QLineEdit)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_location(new QLineEdit)
    , m_refusal(new RefusalLabel)
{
    setWindowTitle(tr("New Database"));
    auto* intro = new QLabel(tr("A RedGrid database holds the hierarchy of one district or county. "
                                "Enter its division code and name; streets, communities, grids and "
                                "buildings are added afterwards."));
    intro->setWordWrap(true);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setPlaceholderText(tr("6 digits, e.g. 500105"));
    m_name->setPlaceholderText(tr("e.g. 江北区"));
    m_name->setMaxLength(100);
    for (NodeKind kind : hierarchy::kindsOf(NodeLevel::District))
        m_kind->addItem(hierarchy::NodeLabels::kind(kind), static_cast<int>(kind));
    auto* browseButton = new QPushButton(tr("&Browse…"));
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browseButton);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_location->setText(QDir::toNativeSeparators(QDir(documents).filePath(tr("district") + Suffix)));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Division &code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_location);
    form->addRow(fileLabel, locationRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(browseButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDatabaseDialog::reject);
    // Suggest a file named after the district while the user has not picked one.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_confirmedPath.isEmpty() || name.trimmed().isEmpty())
            return;
        const QFileInfo current(QDir::fromNativeSeparators(m_location->text()));
        m_location->setText(QDir::toNativeSeparators(current.dir().filePath(name.trimmed() + Suffix)));
    });
}

QString NewDatabaseDialog::targetPath() const
{
    QString path = QDir::fromNativeSeparators(m_location->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(Suffix, Qt::CaseInsensitive))
        path += Suffix;
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

void NewDatabaseDialog::browse()
{
    // The file dialog asks before choosing an existing file.
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), targetPath(), filter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(Suffix, Qt::CaseInsensitive))
        path += Suffix;
    m_location->setText(QDir::toNativeSeparators(path));
    m_confirmedPath = QFileInfo(path).absoluteFilePath();
}

void NewDatabaseDialog::setFirstAdministrator(const security::FirstAdministrator& administrator)
{
    m_administrator = administrator;
}

void NewDatabaseDialog::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void NewDatabaseDialog::accept()
{
    const QString code = m_code->text().trimmed();
    const QString name = m_name->text().trimmed();
    const auto kind = static_cast<NodeKind>(m_kind->currentData().toInt());
    // Core's own checks first, so a mistyped code never costs the user an existing file.
    if (auto problem = hierarchy::DivisionCode::problem(NodeLevel::District, code, {})) {
        showRefusal(*problem);
        m_code->setFocus();
        return;
    }
    if (auto problem = hierarchy::HierarchyEditor::nameProblem(name)) {
        showRefusal(*problem);
        m_name->setFocus();
        return;
    }
    const QString path = targetPath();
    if (path.isEmpty()) {
        showRefusal(tr("Choose where to save the file."));
        return;
    }
    const bool replacing = QFileInfo::exists(path);
    if (replacing) {
        if (samePath(path, m_openPath)) {
            showRefusal(tr("%1 is the database open now; choose another file name.")
                            .arg(QDir::toNativeSeparators(path)));
            return;
        }
        if (path != m_confirmedPath
            && QMessageBox::question(this, tr("Replace File"),
                   tr("%1 already exists. Replace it with a new, empty database?")
                       .arg(QDir::toNativeSeparators(path)),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return;
    }
    // Who administers it, before anything is removed: a cancel here leaves every file as it was.
    security::FirstAdministrator administrator;
    if (m_administrator) {
        administrator = *m_administrator;
    } else {
        FirstAdministratorDialog dialog(FirstAdministratorDialog::Purpose::NewDatabase, {}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        administrator = dialog.administrator();
    }
    if (replacing) {
        for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
            const QString file = path + QLatin1String(suffix);
            if (QFileInfo::exists(file) && !QFile::remove(file)) {
                showRefusal(tr("%1 cannot be replaced (it may be open in another program).")
                                .arg(QDir::toNativeSeparators(file)));
                return;
            }
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());  // e.g. a Documents folder not made yet
    security::SecuredDatabase secured;
    auto created = storage::DatabaseFile::create(
        path, administrator,
        [&](storage::Connection& db) -> Status {
            auto root = hierarchy::HierarchyEditor(db).createRoot(kind, code, name);
            if (!root)
                return root.error();
            return Status::success();
        },
        &secured);
    if (!created) {
        showRefusal(created.error().toString());
        return;
    }
    m_connection = std::move(created).value();
    m_recoveryKey = secured.recoveryKey;
    if (!m_administrator)
        RecoveryKeyDialog(m_recoveryKey, path, this).exec();
    QDialog::accept();
}

}  // namespace redgrid::ui
