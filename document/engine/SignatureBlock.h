#pragma once

#include "Block.h"

#include <QList>
#include <QString>

namespace redgrid::document {

// One line to sign on: who signs ("党支部书记签字："), optionally a date to fill in by hand
// ("日期：　　年　　月　　日") and a seal mark ("（盖章）") where the organisation's seal
// goes.
struct SignatureLine
{
    QString who;
    bool dated = false;
    bool seal = false;
};

// Where the parts of each line go, in mm from the block's left edge.
struct SignatureStyle
{
    double rowHeight = 12;
    double labelWidth = 40;
    double lineStart = 38;
    double lineEnd = 95;
    double dateLeft = 105;
    double dateWidth = 65;
    double pointSize = 12;
    double lineWidth = 0.25;
};

// The signature and seal lines at the foot of a form or a report, kept together on one page.
class SignatureBlock : public Block
{
public:
    explicit SignatureBlock(QList<SignatureLine> lines, SignatureStyle style = {});

    double partHeight(const PageCanvas& canvas, int part, double width) const override;
    void draw(PageCanvas& canvas, double left, double top, double width, int first, int last) const override;

    static QString dateBlank();  // 日期：　　　　年　　月　　日
    static QString sealMark();  // （盖章）

private:
    QList<SignatureLine> m_lines;
    SignatureStyle m_style;
};

}  // namespace redgrid::document
