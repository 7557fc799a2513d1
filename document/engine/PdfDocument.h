#pragma once

#include "PageCanvas.h"

#include <memory>

class QPdfWriter;

namespace redgrid::storage {
class UnfinishedFile;
}

namespace redgrid::document {

// A report's pages as a PDF file that is complete or absent. Pages go to an unfinished file
// beside the target (storage::UnfinishedFile); finish() mends its text layer
// (ToUnicodeRepair) and renames it over the target. A failed or cancelled print leaves no
// half-written file and keeps an older file of the same name as it was. Fonts are embedded
// as subsets, and the text stays extractable.
class PdfDocument : public PageCanvas
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    explicit PdfDocument(const QString& path);
    ~PdfDocument() override;  // without a successful finish() the target file is left untouched

    QString path() const { return m_path; }
    PrintDestination destination() const override { return { PrintDestination::Kind::File, m_path }; }
    Status begin(QPageLayout::Orientation orientation, const QString& title) override;
    Status finish() override;  // finishes the last page and renames the file into place

private:
    QString m_path;
    std::unique_ptr<storage::UnfinishedFile> m_scratch;
    std::unique_ptr<QPdfWriter> m_writer;
};

}  // namespace redgrid::document
