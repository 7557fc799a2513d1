#include "OrgChecksView.h"

#include "organisation/OrgStore.h"
#include "storage/Connection.h"
#include "ui/common/CoreGuard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redgrid::ui {

using organisation::OrgFinding;

namespace {

QTreeWidget* makeList(const QStringList& headers)
{
    auto* list = new QTreeWidget;
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->setWordWrap(false);
    return list;
}

}  // namespace

OrgChecksView::OrgChecksView(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_db(connection)
    , m_summary(new QLabel)
    , m_pages(new QTabWidget)
    , m_findings(makeList({ tr("Organisation"), tr("Code"), tr("Finding") }))
    , m_coverage(makeList({ tr("Grid"), tr("Code"), tr("Finding") }))
{
    m_findings->setToolTip(tr("Double-click a line to show the organisation"));
    m_coverage->setToolTip(tr("Double-click a line to show the grid in the hierarchy"));
    // Short names of a dozen characters; the message says the rest.
    const int subjectWidth = fontMetrics().horizontalAdvance(QString(12, QChar(0x56FD))) + 40;
    m_findings->header()->resizeSection(SubjectColumn, subjectWidth);
    m_coverage->header()->resizeSection(SubjectColumn, subjectWidth);
    for (QTreeWidget* list : { m_findings, m_coverage }) {
        list->header()->resizeSection(CodeColumn, fontMetrics().horizontalAdvance(QString(16, u'0')));
        connect(list, &QTreeWidget::itemActivated, this, &OrgChecksView::activated);
    }
    m_pages->addTab(m_findings, tr("Checks"));
    m_pages->addTab(m_coverage, tr("Coverage"));

    auto* refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Check Again"));
    connect(refresh, &QPushButton::clicked, this, [this] { this->refresh(); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
}

void OrgChecksView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OrgChecksView::refresh(const QDate& today)
{
    QList<OrgFinding> findings;
    QList<OrgFinding> uncovered;
    QHash<RecordId, QString> shortNames;  // seal names are long: the list shows the short ones
    const auto failure = coreGuard(m_db.path(), [&] {
        organisation::OrgChecks checks(m_db);
        findings = checks.branchSizes() + checks.terms(today);
        uncovered = checks.uncoveredGrids();
        for (const organisation::PartyOrg& org : organisation::OrgStore(m_db).all())
            if (!org.shortName.isEmpty())
                shortNames.insert(org.id, org.shortName);
    });
    m_stale = false;
    m_findings->clear();
    m_coverage->clear();
    if (failure) {
        emit readFailed(failure->toString());
        return;
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon notice = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    const auto add = [&](QTreeWidget* list, const OrgFinding& finding, const QIcon& icon) {
        auto* item = new QTreeWidgetItem(list,
            { shortNames.value(finding.subjectId, finding.subjectName), finding.subjectCode,
                finding.message });
        item->setIcon(SubjectColumn, icon);
        item->setToolTip(SubjectColumn, finding.subjectName);
        item->setToolTip(MessageColumn, finding.message);
        item->setData(SubjectColumn, IdRole, finding.subjectId.toString());
        item->setData(SubjectColumn, KindRole, static_cast<int>(finding.kind));
    };
    for (const OrgFinding& finding : std::as_const(findings))
        add(m_findings, finding, finding.isWarning() ? warning : notice);
    for (const OrgFinding& finding : std::as_const(uncovered))
        add(m_coverage, finding, warning);
    m_pages->setTabText(0, tr("Checks (%1)").arg(findings.size()));
    m_pages->setTabText(1, tr("Coverage (%1)").arg(uncovered.size()));
    m_summary->setText(tr("As of %1: %n finding(s) about organisations", nullptr, int(findings.size()))
                           .arg(today.toString(Qt::ISODate))
        + QStringLiteral("; ")
        + tr("%n grid(s) without a party branch or group", nullptr, int(uncovered.size())));
}

void OrgChecksView::activated(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const RecordId id = RecordId::fromString(item->data(SubjectColumn, IdRole).toString());
    if (static_cast<OrgFinding::Kind>(item->data(SubjectColumn, KindRole).toInt())
        == OrgFinding::Kind::GridUncovered)
        emit gridChosen(id);
    else
        emit orgChosen(id);
}

}  // namespace redgrid::ui
