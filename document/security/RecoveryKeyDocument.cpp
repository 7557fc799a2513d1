#include "RecoveryKeyDocument.h"

#include "document/engine/PageCanvas.h"
#include "document/engine/PageFlow.h"
#include "document/engine/SignatureBlock.h"
#include "document/engine/TextBlock.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace redgrid::document {

RecoveryKeyDocument::RecoveryKeyDocument(QString recoveryKey, QString databasePath, QDateTime madeAt)
    : m_recoveryKey(std::move(recoveryKey))
    , m_databasePath(std::move(databasePath))
    , m_madeAt(std::move(madeAt))
{
}

QString RecoveryKeyDocument::inLines(const QString& recoveryKey)
{
    const QStringList groups = recoveryKey.split(QLatin1Char('-'));
    QStringList lines;
    for (int i = 0; i < groups.size(); i += GroupsPerLine)
        lines << groups.mid(i, GroupsPerLine).join(QLatin1Char('-'));
    return lines.join(QLatin1Char('\n'));
}

QString RecoveryKeyDocument::title()
{
    return tr("RedGrid recovery key");
}

QString RecoveryKeyDocument::databaseLine() const
{
    return tr("Database: %1").arg(QDir::toNativeSeparators(QFileInfo(m_databasePath).absoluteFilePath()));
}

QString RecoveryKeyDocument::madeLine() const
{
    return tr("Made: %1").arg(m_madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Status RecoveryKeyDocument::print(PageCanvas& canvas, const PrintOptions& options, storage::Connection*) const
{
    // Nothing around the page: one page needs no numbers, and the key is the whole content.
    PageFrame frame;
    frame.pageNumbers = PageFrame::PageNumbers::None;
    PageFlow flow(QPageLayout::Portrait, {}, frame);
    flow.add(TextBlock(title(), PageCanvas::font(18, true))).spaceAfter = 6;
    flow.add(TextBlock(databaseLine() + QLatin1Char('\n') + madeLine(), PageCanvas::font(12)));
    // Set apart above and below, large and bold, to be read and typed in again by hand.
    TextBlock& key = flow.add(TextBlock(inLines(m_recoveryKey), PageCanvas::fixedPitchFont(22, true)));
    key.spaceBefore = 8;
    key.spaceAfter = 12;
    flow.add(TextBlock(tr("When every administrator's password is lost, choose \"Forgot password\" when "
                          "signing in and enter this key. Keep this page locked away, apart from the "
                          "computer the database is on."),
                 PageCanvas::font(12)))
        .spaceAfter
        = 16;
    SignatureStyle lines;
    lines.labelWidth = 48;
    lines.lineStart = 48;
    lines.lineEnd = 150;
    flow.add(SignatureBlock({ { tr("Kept by (signature):") }, { tr("Kept where:") } }, lines));
    return flow.print(canvas, title(), options);
}

}  // namespace redgrid::document
