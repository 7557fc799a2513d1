#include "RosterFilterBar.h"

#include "MemberLabels.h"
#include "roster/CodeTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPoint>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace redgrid::ui {

using roster::MemberStatus;

RosterFilterBar::RosterFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_searchRow(new QHBoxLayout)
    , m_search(new QLineEdit)
    , m_category(new QComboBox)
    , m_status(new QComboBox)
    , m_age(new QComboBox)
    , m_education(new QComboBox)
    , m_mobile(new QCheckBox(tr("&Mobile members")))
    , m_lostContact(new QCheckBox(tr("&Lost contact")))
    , m_dual(new QCheckBox(tr("&Dual-registered")))
    , m_reset(new QToolButton)
{
    m_search->setPlaceholderText(tr("Search: name, pinyin (zs), ID number or phone, or their last 4 digits"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    m_category->addItem(tr("Full and probationary"), QString());
    for (const roster::CodeEntry& entry : roster::CodeTable::memberCategory().entries())
        m_category->addItem(entry.label, entry.code);

    for (MemberStatus status : { MemberStatus::Active, MemberStatus::TransferredOut, MemberStatus::Departed,
             MemberStatus::Deceased })
        m_status->addItem(MemberLabels::status(status), roster::memberStatusKey(status));
    m_status->addItem(tr("All, also former members"), QString());

    // 35 is the upper age of a 青年党员 in party statistics; the rest are decades.
    m_age->addItem(tr("All ages"), QPoint(-1, -1));
    m_age->addItem(tr("35 and under"), QPoint(-1, 35));
    const QPoint bands[] = { { 36, 45 }, { 46, 55 }, { 56, 60 }, { 61, 70 }, { 71, 80 } };
    for (const QPoint& band : bands)
        m_age->addItem(tr("%1 to %2").arg(band.x()).arg(band.y()), band);
    m_age->addItem(tr("Over 80"), QPoint(81, -1));

    // The levels of GB/T 4658 (its first digit), as party statistics count them.
    m_education->addItem(tr("Any education"), QString());
    for (const roster::CodeEntry& entry : roster::CodeTable::education().children(QString()))
        m_education->addItem(entry.label, entry.code.left(1));

    m_reset->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_reset->setToolTip(tr("Clear the search and the filters"));
    m_reset->setAutoRaise(true);

    m_pause.setSingleShot(true);
    m_pause.setInterval(SearchPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &RosterFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RosterFilterBar::searchNow);
    for (QComboBox* box : { m_category, m_status, m_age, m_education }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &RosterFilterBar::filterChanged);
    }
    for (QCheckBox* box : { m_mobile, m_lostContact, m_dual })
        connect(box, &QCheckBox::toggled, this, &RosterFilterBar::filterChanged);
    connect(m_reset, &QToolButton::clicked, this, &RosterFilterBar::reset);

    m_mobile->setToolTip(tr("Only members away from home (流动党员)"));
    m_lostContact->setToolTip(tr("Only members the branch has lost contact with (失联党员)"));
    m_dual->setToolTip(tr("Only members registered with a community as well (双报到)"));

    m_searchRow->addWidget(m_search, 1);
    m_searchRow->addWidget(m_reset);
    auto* second = new QHBoxLayout;
    for (QComboBox* box : { m_category, m_status, m_age, m_education })
        second->addWidget(box);
    second->addSpacing(8);
    for (QCheckBox* box : { m_mobile, m_lostContact, m_dual })
        second->addWidget(box);
    second->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->setSpacing(4);
    layout->addLayout(m_searchRow);
    layout->addLayout(second);
}

roster::RosterFilter RosterFilterBar::filter() const
{
    roster::RosterFilter f;
    f.search = m_search->text().trimmed();
    f.category = m_category->currentData().toString();
    const QString status = m_status->currentData().toString();
    f.status = status.isEmpty() ? std::nullopt : std::optional(roster::memberStatusFromKey(status));
    const QPoint age = m_age->currentData().toPoint();
    f.minAge = age.x();
    f.maxAge = age.y();
    f.educationPrefix = m_education->currentData().toString();
    if (m_mobile->isChecked())
        f.isMobile = true;
    if (m_lostContact->isChecked())
        f.lostContact = true;
    if (m_dual->isChecked())
        f.dualRegistered = true;
    return f;
}

void RosterFilterBar::reset()
{
    {
        const QSignalBlocker blocker(this);
        m_search->clear();
        for (QComboBox* box : { m_category, m_status, m_age, m_education })
            box->setCurrentIndex(0);
        for (QCheckBox* box : { m_mobile, m_lostContact, m_dual })
            box->setChecked(false);
    }
    m_pause.stop();
    emit filterChanged();
}

void RosterFilterBar::addBesideSearch(QWidget* widget)
{
    m_searchRow->insertWidget(m_searchRow->indexOf(m_search), widget);
}

QList<QWidget*> RosterFilterBar::tabOrder() const
{
    return { m_search, m_reset, m_category, m_status, m_age, m_education, m_mobile, m_lostContact, m_dual };
}

void RosterFilterBar::searchNow()
{
    if (!m_pause.isActive())
        return;
    m_pause.stop();
    emit filterChanged();
}

}  // namespace redgrid::ui
