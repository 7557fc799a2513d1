#pragma once

#include "document/engine/Document.h"

#include <QDateTime>
#include <QString>

namespace redgrid::document {

// The recovery key of a newly secured database on one A4 page, to keep locked away: what it
// is, the database it opens, when it was made, the key in a fixed-pitch font in lines of a
// few groups (as the dialog shows it, to copy by hand), what to do with it, and lines for who
// keeps it and where. It reads no database and is never audited: the audit log must not hold
// the key, and the page is printed before anyone has signed in.
class RecoveryKeyDocument : public Document
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeyDocument)

public:
    RecoveryKeyDocument(QString recoveryKey, QString databasePath, QDateTime madeAt);

    Status print(PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const override;

    // "ABCD-EFGH-…" as lines of GroupsPerLine groups, so it can be read and copied by hand.
    static QString inLines(const QString& recoveryKey);
    static constexpr int GroupsPerLine = 5;

    // The words the page and the saved key file share.
    static QString title();  // "RedGrid recovery key"
    QString databaseLine() const;  // "Database: /path/to/file.redgrid"
    QString madeLine() const;  // "Made: 2026-12-07 09:30"

private:
    QString m_recoveryKey;
    QString m_databasePath;
    QDateTime m_madeAt;
};

}  // namespace redgrid::document
