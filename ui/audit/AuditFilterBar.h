#pragma once

#include "audit/AuditFilter.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace redgrid::ui {

// The filters above the audit log: a period (from and to, each optional), the user, the
// action, the result and a text found in the target or the details. Choices apply at
// once; the text after a short pause in typing.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingPauseMs = 250;

    explicit AuditFilterBar(QWidget* parent = nullptr);

    audit::AuditFilter filter() const;
    // The users the log knows, for the user box; the current choice stays if it is there.
    void setUsernames(const QStringList& usernames);
    void reset();
    void applyTextNow();  // a text still waiting for the typing pause

    QCheckBox* fromBox() const { return m_useFrom; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toBox() const { return m_useTo; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* userBox() const { return m_user; }
    QComboBox* actionBox() const { return m_action; }
    QComboBox* resultBox() const { return m_result; }
    QLineEdit* textEdit() const { return m_text; }

signals:
    void filterChanged();

private:
    QTimer m_pause;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QComboBox* m_user;
    QComboBox* m_action;
    QComboBox* m_result;
    QLineEdit* m_text;
    QToolButton* m_reset;
};

}  // namespace redgrid::ui
