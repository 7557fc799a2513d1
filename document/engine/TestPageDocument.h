#pragma once

#include "Document.h"

namespace redgrid::document {

// A printer's test page for the document engine, reading no database: Chinese text in the
// embedded fonts, a table that breaks onto a second page with its header row repeated, a
// bar chart drawn with Qt Charts, signature and seal lines and the page frame. Printed by
// `redgrid-cli print-test-page` to check that a machine (a server without a display too)
// draws every kind of block.
class TestPageDocument : public Document
{
public:
    Status print(PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const override;

    static constexpr int TableRows = 40;  // more than one A4 page holds
};

}  // namespace redgrid::document
