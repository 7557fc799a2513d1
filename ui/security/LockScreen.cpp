#include "LockScreen.h"

#include "ui/common/Icons.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace redgrid::ui {

LockScreen::LockScreen(QWidget* window, const QString& username, const QString& databaseName)
    : QWidget(window)
    , m_title(new QLabel(tr("RedGrid is locked")))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);  // keys typed into the window stop here
    auto* icon = new QLabel;
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    auto* who
        = new QLabel(tr("%1 is signed in to %2.\nEnter the password to unlock.").arg(username, databaseName));
    who->setAlignment(Qt::AlignCenter);
    who->setTextFormat(Qt::PlainText);
    for (QLabel* label : { m_title, who })
        label->setStyleSheet(QStringLiteral("color: #f1f3f4;"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(who);
    layout->addStretch(3);

    setGeometry(window->rect());
    window->installEventFilter(this);
    raise();
    show();
    setFocus(Qt::OtherFocusReason);
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded)
            raise();  // a widget added later (a new tab page) stays below
    }
    return QWidget::eventFilter(watched, event);
}

void LockScreen::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x3c, 0x1f, 0x1f));
}

}  // namespace redgrid::ui
