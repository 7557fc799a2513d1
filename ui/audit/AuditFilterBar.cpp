#include "AuditFilterBar.h"

#include "audit/AuditAction.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

namespace redgrid::ui {

namespace {

QDateEdit* makeDateEdit()
{
    auto* edit = new QDateEdit(QDate::currentDate());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

}  // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_useFrom(new QCheckBox(tr("&From")))
    , m_from(makeDateEdit())
    , m_useTo(new QCheckBox(tr("&To")))
    , m_to(makeDateEdit())
    , m_user(new QComboBox)
    , m_action(new QComboBox)
    , m_result(new QComboBox)
    , m_text(new QLineEdit)
    , m_reset(new QToolButton)
{
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_user->addItem(tr("All users"), QString());
    m_action->addItem(tr("All actions"), QString());
    for (audit::AuditAction action : audit::allAuditActions())
        m_action->addItem(audit::AuditActionLabels::label(action), audit::auditActionKey(action));
    m_result->addItem(tr("Any result"), QVariant());
    m_result->addItem(tr("Succeeded"), true);
    m_result->addItem(tr("Failed"), false);
    m_text->setPlaceholderText(tr("Search the target and the details"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_reset->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_reset->setToolTip(tr("Clear the filters"));
    m_reset->setAutoRaise(true);

    m_pause.setSingleShot(true);
    m_pause.setInterval(TypingPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &AuditFilterBar::filterChanged);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &AuditFilterBar::applyTextNow);
    for (auto [box, edit] : { std::pair { m_useFrom, m_from }, std::pair { m_useTo, m_to } }) {
        connect(box, &QCheckBox::toggled, edit, &QDateEdit::setEnabled);
        connect(box, &QCheckBox::toggled, this, &AuditFilterBar::filterChanged);
        connect(edit, &QDateEdit::dateChanged, this, [this, box = box] {
            if (box->isChecked())
                emit filterChanged();
        });
    }
    // The longest action label would make its box as wide as the search; the list opens wider.
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(14);
    m_action->view()->setMinimumWidth(m_action->view()->sizeHintForColumn(0) + 24);
    for (QComboBox* box : { m_user, m_action, m_result }) {
        if (box != m_action)
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &AuditFilterBar::filterChanged);
    }
    connect(m_reset, &QToolButton::clicked, this, &AuditFilterBar::reset);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->setSpacing(4);
    layout->addWidget(m_useFrom);
    layout->addWidget(m_from);
    layout->addSpacing(6);
    layout->addWidget(m_useTo);
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(m_user);
    layout->addWidget(m_action);
    layout->addWidget(m_result);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reset);
}

audit::AuditFilter AuditFilterBar::filter() const
{
    audit::AuditFilter f;
    f.setDays(
        m_useFrom->isChecked() ? m_from->date() : QDate(), m_useTo->isChecked() ? m_to->date() : QDate());
    f.username = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    const QVariant result = m_result->currentData();
    if (result.isValid())
        f.succeeded = result.toBool();
    f.text = m_text->text().trimmed();
    return f;
}

void AuditFilterBar::setUsernames(const QStringList& usernames)
{
    const QString current = m_user->currentData().toString();
    const QSignalBlocker blocker(m_user);
    while (m_user->count() > 1)
        m_user->removeItem(1);
    for (const QString& name : usernames)
        if (!name.isEmpty())  // an empty name (a login without one) could not be told from "all"
            m_user->addItem(name, name);
    const int index = current.isEmpty() ? 0 : m_user->findData(current);
    m_user->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        emit filterChanged();  // the chosen user is gone: the filter is wider now
}

void AuditFilterBar::reset()
{
    {
        const QSignalBlocker blocker(this);
        m_text->clear();
        m_useFrom->setChecked(false);
        m_useTo->setChecked(false);
        for (QComboBox* box : { m_user, m_action, m_result })
            box->setCurrentIndex(0);
    }
    m_pause.stop();
    emit filterChanged();
}

void AuditFilterBar::applyTextNow()
{
    if (!m_pause.isActive())
        return;
    m_pause.stop();
    emit filterChanged();
}

}  // namespace redgrid::ui
