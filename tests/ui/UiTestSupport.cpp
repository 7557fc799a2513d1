#include "UiTestSupport.h"

#include "assessment/AssessmentTemplate.h"
#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyEditor.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "storage/Transaction.h"
#include "support/AreaDemo.h"
#include "support/TestSupport.h"
#include "ui/assessment/SheetsPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QWidget>

#include <catch2/catch.hpp>

namespace {

// Each test process keeps window and recent-file settings (QSettings) to itself, since
// CTest runs the test cases side by side.
const bool privateSettings = [] {
    static QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    return true;
}();

}  // namespace

namespace redgrid::test {

using hierarchy::HierarchyEditor;
using hierarchy::HierarchyNode;
using hierarchy::NodeKind;

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

void processEventsFor(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
}

void onNextModal(std::function<void(QWidget*)> act, std::function<bool(QWidget*)> accepts)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(
        timer, &QTimer::timeout, timer, [timer, act = std::move(act), accepts = std::move(accepts)] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || (accepts && !accepts(modal)))
                return;
            timer->stop();
            timer->deleteLater();
            // A failed REQUIRE has been recorded by the time it throws; the exception must not
            // cross Qt's event loop, and a dialog left open would hang the test.
            try {
                act(modal);
            } catch (...) {
            }
            if (modal->isVisible()) {
                FAIL_CHECK("the modal window was left open");
                if (auto* dialog = qobject_cast<QDialog*>(modal))
                    dialog->reject();
                else
                    modal->close();
            }
        });
    timer->start();
}

void chooseInFileDialog(QFileDialog* dialog, const QString& path)
{
    REQUIRE(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(field);
    field->setText(path);
    static_cast<QDialog*>(dialog)->accept();  // QFileDialog's own accept() is protected
}

void chooseFileInNextDialog(const QString& path)
{
    onNextModalOf<QFileDialog>([path](QFileDialog* dialog) { chooseInFileDialog(dialog, path); });
}

void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(widget, &release);
}

ui::Credentials adminCredentials()
{
    return { testAdministrator().username, TestPassword };
}

void createSmallDemo(const QString& path)
{
    demo::DemoOptions options;
    options.scale = demo::DemoScale::Small;
    auto created = demo::DemoBuilder::create(path, testAdministrator(), options);
    if (!created)
        FAIL(created.error().toString().toStdString());
}

namespace {

HierarchyNode add(HierarchyEditor& editor, const HierarchyNode& parent, NodeKind kind, const QString& name,
    const QString& code = {}, std::optional<int> households = std::nullopt)
{
    auto added = editor.add(parent.id, { kind, name, code, 0, households, {} });
    if (!added)
        FAIL(added.error().toString().toStdString());
    return added.value();
}

}  // namespace

BuiltHierarchy buildHierarchy(const QString& path, int manyBuildings)
{
    BuiltHierarchy h;
    h.db = createJiangbeiDatabase(path);
    HierarchyEditor editor(*h.db);
    storage::Transaction transaction(*h.db);
    h.district = *hierarchy::HierarchyStore(*h.db).root();
    h.huaxinjie = add(
        editor, h.district, NodeKind::Street, QStringLiteral("华新街街道"), QStringLiteral("500105001000"));
    h.guanyinqiao = add(
        editor, h.district, NodeKind::Street, QStringLiteral("观音桥街道"), QStringLiteral("500105006000"));
    h.communityA = add(editor, h.huaxinjie, NodeKind::Community, QStringLiteral("嘉陵一村社区"));
    h.communityB = add(editor, h.huaxinjie, NodeKind::Community, QStringLiteral("红土地社区"));
    h.communityC = add(editor, h.huaxinjie, NodeKind::Community, QStringLiteral("桥北村社区"));
    h.communityD = add(editor, h.guanyinqiao, NodeKind::Community, QStringLiteral("建新北路社区"));
    add(editor, h.guanyinqiao, NodeKind::Community, QStringLiteral("洋河花园社区"));
    h.gridA1 = add(editor, h.communityA, NodeKind::Grid, QStringLiteral("第一网格"));
    h.gridA2 = add(editor, h.communityA, NodeKind::Grid, QStringLiteral("第二网格"));
    for (int i = 1; i <= 3; ++i) {
        add(editor, h.gridA1, NodeKind::Building, QStringLiteral("%1栋").arg(i), {}, 40 + i);
        add(editor, h.gridA2, NodeKind::Building, QStringLiteral("%1栋").arg(i), {}, 60 + i);
    }
    add(editor, h.communityB, NodeKind::Grid, QStringLiteral("第一网格"));
    h.bigGrid = add(editor, h.communityD, NodeKind::Grid, QStringLiteral("大网格"));
    for (int i = 1; i <= manyBuildings; ++i)
        h.lastBuilding = add(editor, h.bigGrid, NodeKind::Building, QStringLiteral("%1栋").arg(i), {}, 1);
    transaction.commit();
    return h;
}

QString makeIdNumber(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + roster::IdNumber::checkCharacter(first17);
}

roster::Member makeMember(
    const QString& name, const RecordId& orgId, const QDate& birth, int sequence, bool probationary)
{
    roster::Member m;
    m.name = name;
    m.orgId = orgId;
    m.idNumber = makeIdNumber(birth, sequence);
    m.sex = sequence % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2");
    m.ethnicity = QStringLiteral("01");
    m.birthDate = birth;
    m.education = sequence % 3 == 0 ? QStringLiteral("21") : QStringLiteral("31");
    m.jobPost = QStringLiteral("42");
    m.mobile = QStringLiteral("138%1").arg(20000000 + sequence * 7919 % 79999999, 8, 10, QLatin1Char('0'));
    m.address = QStringLiteral("重庆市江北区华新街嘉陵一村%1号").arg(sequence % 90 + 1);
    if (probationary) {
        m.category = QStringLiteral("2");
        m.joinedOn = QDate::currentDate().addMonths(-4);
    } else {
        m.joinedOn = birth.addYears(25);
        m.convertedOn = m.joinedOn.addYears(1);
    }
    return m;
}

namespace {

organisation::PartyOrg addOrg(storage::Connection& db, const RecordId& parentId, organisation::OrgKind kind,
    const QString& name, const QString& shortName)
{
    organisation::PartyOrg org;
    org.parentId = parentId;
    org.kind = kind;
    org.name = name;
    org.shortName = shortName;
    auto added = organisation::OrgEditor(db).add(org);
    if (!added)
        FAIL(added.error().toString().toStdString());
    return added.value();
}

}  // namespace

RosterData buildRoster(const QString& path, int bulk)
{
    RosterData r;
    r.h = buildHierarchy(path, 3);
    storage::Connection& db = *r.h.db;
    using organisation::OrgKind;
    r.committee = addOrg(db, {}, OrgKind::Committee,
        QStringLiteral("中共重庆市江北区华新街街道嘉陵一村社区委员会"), QStringLiteral("嘉陵一村社区党委"));
    r.branchA = addOrg(db, r.committee.id, OrgKind::Branch,
        QStringLiteral("中共重庆市江北区华新街街道嘉陵一村社区第一支部委员会"), QStringLiteral("第一支部"));
    r.branchB = addOrg(db, r.committee.id, OrgKind::Branch,
        QStringLiteral("中共重庆市江北区华新街街道嘉陵一村社区第二支部委员会"), QStringLiteral("第二支部"));
    r.groupA1 = addOrg(
        db, r.branchA.id, OrgKind::Group, QStringLiteral("第一支部第一党小组"), QStringLiteral("第一党小组"));
    organisation::PartyOrg covering = r.branchA;
    covering.nodeIds = { r.h.gridA1.id };
    if (auto updated = organisation::OrgEditor(db).update(covering))
        r.branchA = updated.value();
    else
        FAIL(updated.error().toString().toStdString());

    roster::MemberEditor editor(db);
    struct Named
    {
        const char16_t* name;
        const organisation::PartyOrg& org;
        QDate birth;
        int sequence;  // odd: male
        bool probationary;
    };
    const Named named[] = {
        { u"张三", r.branchA, QDate(1968, 3, 14), 101, false },
        { u"曾强", r.branchA, QDate(1975, 9, 2), 103, false },
        { u"陈明", r.branchA, QDate(1959, 12, 30), 105, false },
        { u"李四", r.branchA, QDate(1999, 6, 1), 107, true },
        { u"蔡文", r.groupA1, QDate(1981, 1, 21), 109, false },
        { u"杨洋", r.groupA1, QDate(1990, 7, 7), 111, false },
        { u"张伟", r.branchB, QDate(1962, 4, 18), 113, false },
        { u"王芳", r.branchB, QDate(1970, 11, 9), 114, false },
        { u"刘洋", r.branchB, QDate(2000, 2, 29), 115, true },
    };
    for (const Named& n : named) {
        const QString name = QString::fromUtf16(n.name);
        auto added = editor.add(makeMember(name, n.org.id, n.birth, n.sequence, n.probationary));
        if (!added)
            FAIL(added.error().toString().toStdString());
        r.named.insert(name, added.value());
    }

    static const char16_t* const surnames[] = { u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴",
        u"周", u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢",
        u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘",
        u"于", u"蒋", u"蔡", u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁", u"任", u"沈" };
    static const char16_t* const given[]
        = { u"建国", u"志强", u"秀英", u"桂英", u"海燕", u"晓明", u"丽娟", u"文杰", u"俊杰", u"红梅", u"子涵",
              u"浩然", u"雨欣", u"静怡", u"明轩", u"思远", u"佳怡", u"国华", u"玉兰", u"德明" };
    storage::Transaction transaction(db);
    for (int i = 0; i < bulk; ++i) {
        const QString name = QString::fromUtf16(surnames[i % std::size(surnames)])
            + QString::fromUtf16(given[(i / std::size(surnames) + i) % std::size(given)]);
        // Birth date and sequence together stay unique for 16 million members, and apart from
        // the named members (sequences below 200).
        const int day = i * 37 % 20000;
        const QDate birth = QDate(1940, 1, 1).addDays(day);
        const RecordId org = i % 3 == 2 ? r.groupA1.id : r.branchA.id;
        const int sequence = 200 + (day + i / 50 + i / 20000) % 800;
        editor.upsertByIdNumber(makeMember(name, org, birth, sequence, i % 7 == 6), QStringLiteral("test"));
    }
    transaction.commit();
    r.bulk = bulk;
    return r;
}

void screenshotScreen(const QString& name)
{
    const QString folder = qEnvironmentVariable("REDGRID_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QGuiApplication::primaryScreen()->grabWindow(0).save(
        QDir(folder).filePath(name + QStringLiteral(".png")));
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("REDGRID_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    processEventsFor(50);  // pending layouts, as a user would see them
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

ChildRun runTestInChild(const QString& testName, const QHash<QString, QString>& environment)
{
    QProcess child;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.begin(); it != environment.end(); ++it)
        variables.insert(it.key(), it.value());
    child.setProcessEnvironment(variables);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { testName });
    ChildRun run;
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
    }
    run.output = QString::fromUtf8(child.readAll());
    run.passed = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0
        && run.output.contains(QStringLiteral("All tests passed"));
    return run;
}

std::unique_ptr<storage::Connection> signInAs(
    AreaDemo& demo, const QString& account, security::Role role, const RecordId& area)
{
    demo.addAccount(account, role, area);
    return demo.signIn(account);
}

void showSheetsPage(ui::SheetsPage& page)
{
    page.resize(1500, 900);
    page.show();
    page.reload();
}

QTreeWidgetItem* overviewRow(QTreeWidget* overview, const QString& name)
{
    for (int i = 0; i < overview->topLevelItemCount(); ++i)
        if (overview->topLevelItem(i)->text(0) == name)
            return overview->topLevelItem(i);
    return nullptr;
}

void openSheetOf(ui::SheetsPage& page, const QString& name)
{
    auto* overview = namedChild<QTreeWidget>(page, "sheetOverview");
    QTreeWidgetItem* line = overviewRow(overview, name);
    INFO(name.toStdString());
    REQUIRE(line);
    overview->setCurrentItem(line);
}

const assessment::Indicator* firstManualIndicator(const assessment::AssessmentTemplate& table)
{
    for (const auto& [node, depth] : table.flatten())
        if (node->method == assessment::ScoringMethod::Manual
            && node->kind == assessment::IndicatorKind::Regular)
            return node;
    return nullptr;
}

QTreeWidgetItem* scoreSheetRow(QTreeWidget* tree, const QString& key)
{
    // The score sheet's roles: the indicator's key, and a deduction rule's key on its rows.
    const int keyRole = Qt::UserRole + 1, ruleRole = Qt::UserRole + 2;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, keyRole).toString() == key && (*it)->data(0, ruleRole).isNull())
            return *it;
    return nullptr;
}

QTreeWidgetItem* firstManualRow(QTreeWidget* tree, const assessment::AssessmentTemplate& table)
{
    const assessment::Indicator* manual = firstManualIndicator(table);
    return manual ? scoreSheetRow(tree, manual->key) : nullptr;
}

void typeIntoCell(QTreeWidget* tree, QTreeWidgetItem* row, int column, const QString& text)
{
    tree->setCurrentItem(row, column);
    tree->editItem(row, column);
    auto* editor = qobject_cast<QLineEdit*>(tree->indexWidget(tree->currentIndex()));
    REQUIRE(editor);
    editor->selectAll();
    typeText(editor, text);
    pressKey(editor, Qt::Key_Return);
    processEventsFor(20);  // the editor goes, the next entry opens
}

}  // namespace redgrid::test
