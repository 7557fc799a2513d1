#pragma once

#include "PageCanvas.h"

#include <functional>

namespace redgrid::document {

// A report's pages on a paged device the caller owns: a printer (QPrinter, from the GUI),
// or the pages of a print preview. The device must outlive the canvas. `abandon` is
// called when the canvas is destroyed before finish(), to withdraw a print job that failed
// half way (QPrinter::abort; where the printer cannot, as CUPS cannot, the pages drawn so
// far are printed).
class DeviceCanvas : public PageCanvas
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCanvas)

public:
    DeviceCanvas(QPagedPaintDevice& device, PrintDestination destination, std::function<void()> abandon = {});
    ~DeviceCanvas() override;

    PrintDestination destination() const override { return m_destination; }
    Status begin(QPageLayout::Orientation orientation, const QString& title) override;
    Status finish() override;

private:
    QPagedPaintDevice& m_device;
    PrintDestination m_destination;
    std::function<void()> m_abandon;
    bool m_started = false;
};

}  // namespace redgrid::document
