#include "StartPage.h"

#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "roster/MemberStore.h"
#include "security/AccountStore.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"
#include "ui/hierarchy/LevelCountText.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace redgrid::ui {
namespace {

const QString DoneStyle = QStringLiteral("color: #1e7b34;");
const QString ToDoStyle = QStringLiteral("color: #8a5a00;");

struct Counts
{
    qint64 streets = 0;  // streets and towns
    hierarchy::LevelCounts levels {};
    qint64 organisations = 0;
    qint64 members = 0;
};

Counts readCounts(storage::Connection& db)
{
    Counts counts;
    counts.levels = hierarchy::HierarchyStore(db).countByLevel();
    counts.streets = counts.levels[hierarchy::NodeLevel::Street];
    counts.organisations = organisation::OrgStore(db).count();
    counts.members = roster::MemberStore(db).count();
    return counts;
}

}  // namespace

StartPage::StartPage(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
{
    setObjectName(QStringLiteral("startPage"));
    auto* title = new QLabel(tr("Setting Up a New Database"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(
        tr("This database is new. These steps make it ready for use, in this order; each button does "
           "its step, and this page says what is done. The same commands are in the menus."));
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(createRow(Step::Divisions, tr("Import the official division list"),
        tr("The streets, towns, communities and villages of the district, from the division code list of "
           "the statistics bureau (a CSV file). Grids and buildings are added in the hierarchy."),
        tr("Import Division List…")));
    layout->addWidget(createRow(Step::Organisations, tr("Set up the party organisations"),
        tr("The 党委 and 党总支, the 党支部 below them and the part of the hierarchy each one covers, "
           "as they are in the organisation tree."),
        tr("Add Organisation…")));
    layout->addWidget(createRow(Step::Roster, tr("Import the roster"),
        tr("The members from the roster the office keeps (花名册, Excel or CSV). A preview shows each "
           "row's problems before anything is written."),
        tr("Import Members…")));
    layout->addWidget(createRow(Step::Accounts, tr("Add the accounts"),
        tr("An account for each person who will use RedGrid, with a role and an area: a 社区书记 "
           "sees and changes only their community."),
        tr("Accounts…")));
    layout->addStretch(1);
}

QWidget* StartPage::createRow(
    Step step, const QString& title, const QString& explanation, const QString& buttonText)
{
    Row& r = row(step);
    r.box = new QFrame;
    static_cast<QFrame*>(r.box)->setFrameShape(QFrame::StyledPanel);
    r.title = new QLabel(title);
    QFont bold = r.title->font();
    bold.setBold(true);
    r.title->setFont(bold);
    auto* text = new QLabel(explanation);
    text->setWordWrap(true);
    r.status = new QLabel;
    r.status->setWordWrap(true);
    r.button = new QPushButton(buttonText);
    r.button->setEnabled(false);
    connect(r.button, &QPushButton::clicked, this, [this, step] {
        if (QAction* action = row(step).action)
            action->trigger();  // its dialogs are modal: the step is over when it returns
        refresh();
    });

    auto* grid = new QGridLayout(r.box);
    grid->setColumnStretch(0, 1);
    grid->addWidget(r.title, 0, 0);
    grid->addWidget(text, 1, 0);
    grid->addWidget(r.status, 2, 0);
    grid->addWidget(r.button, 0, 1, 3, 1, Qt::AlignVCenter);
    r.box->hide();  // until it has an action
    return r.box;
}

bool StartPage::isNeeded(storage::Connection& connection)
{
    Counts counts;
    if (coreGuard(connection.path(), [&] { counts = readCounts(connection); }))
        return false;
    return counts.streets == 0 || counts.organisations == 0 || counts.members == 0;
}

void StartPage::setAction(Step step, QAction* action)
{
    Row& r = row(step);
    r.action = action && action->isVisible() ? action : nullptr;
    r.box->setVisible(r.action != nullptr);
    if (r.action) {
        r.button->setEnabled(r.action->isEnabled());
        connect(r.action, &QAction::changed, r.button,
            [button = r.button, action = r.action] { button->setEnabled(action->isEnabled()); });
    }
    renumber();
}

void StartPage::renumber()
{
    int number = 0;
    for (Row& r : m_rows) {
        if (!r.action)
            continue;
        QString text = r.title->text();
        text.remove(QRegularExpression(QStringLiteral("^\\d+\\. ")));
        r.title->setText(QStringLiteral("%1. %2").arg(++number).arg(text));
    }
}

void StartPage::refresh()
{
    Counts counts;
    qint64 accounts = 0;
    const security::Session* session = security::Session::of(m_db);
    const bool managesAccounts = session && session->allows(security::Permission::ManageAccounts);
    if (auto failure = coreGuard(m_db.path(), [&] {
            counts = readCounts(m_db);
            if (managesAccounts) {
                const auto listed = security::AccountStore(m_db).list();
                accounts = listed ? listed->size() : 0;
            }
        })) {
        emit readFailed(failure->toString());
        return;
    }
    hierarchy::LevelCounts below = counts.levels;
    below[hierarchy::NodeLevel::District] = 0;
    showStatus(Step::Divisions, counts.streets > 0, LevelCountText::describe(below));
    showStatus(Step::Organisations, counts.organisations > 0,
        tr("Party organisations: %1").arg(QLocale().toString(counts.organisations)));
    showStatus(Step::Roster, counts.members > 0, tr("Members: %1").arg(QLocale().toString(counts.members)));
    // The administrator's own account is there from the start.
    showStatus(Step::Accounts, accounts > 1, tr("Accounts: %1").arg(QLocale().toString(accounts)));
}

void StartPage::showStatus(Step step, bool done, const QString& detail)
{
    Row& r = row(step);
    r.done = done;
    r.status->setText(done ? tr("✓ Done — %1").arg(detail) : tr("To do"));
    r.status->setStyleSheet(done ? DoneStyle : ToDoStyle);
}

bool StartPage::isDone(Step step) const
{
    return row(step).done;
}

bool StartPage::hasStepToDo() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.action && !r.done; });
}

bool StartPage::isShown(Step step) const
{
    return row(step).action != nullptr;
}

QPushButton* StartPage::button(Step step) const
{
    return row(step).button;
}

QLabel* StartPage::statusLabel(Step step) const
{
    return row(step).status;
}

}  // namespace redgrid::ui
