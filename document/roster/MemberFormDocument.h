#pragma once

#include "MemberSelection.h"
#include "common/RecordId.h"
#include "document/engine/Document.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace redgrid::roster {
struct Member;
}

namespace redgrid::document {

// The 党员基本信息采集表 (2017 中组部 collection, 附件2), one member per A4 page: the 16
// numbered items in a bordered table, coded items as their labels, and the signature lines
// of the member, the collector and the branch secretary. ID numbers and phones are masked
// unless PrintOptions::exposure says otherwise (the member checks and signs the form with
// the full numbers). Of one member, or of every member of a selection in its order.
class MemberFormDocument : public Document
{
    Q_DECLARE_TR_FUNCTIONS(MemberFormDocument)

public:
    explicit MemberFormDocument(const RecordId& memberId);  // PrintOptions::progress is not called
    explicit MemberFormDocument(const MemberSelection& selection);  // progress after each page

    Status print(PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const override;
    bool showsPersonalNumbers() const override { return true; }

    // The 16 items, numbered 1–16 as the national form lists them (姓名 … 是否为流动党员).
    static QStringList itemLabels();

private:
    Status printMember(storage::Connection& db, PageCanvas& canvas, const PrintOptions& options) const;
    Status printSelection(storage::Connection& db, PageCanvas& canvas, const PrintOptions& options) const;
    static void drawForm(PageCanvas& canvas, const roster::Member& member, const QString& branchName,
        const PrintOptions& options, int page, int pageCount);

    RecordId m_memberId;
    std::optional<MemberSelection> m_selection;
};

}  // namespace redgrid::document
