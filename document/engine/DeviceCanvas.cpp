#include "DeviceCanvas.h"

namespace redgrid::document {

DeviceCanvas::DeviceCanvas(
    QPagedPaintDevice& device, PrintDestination destination, std::function<void()> abandon)
    : m_device(device)
    , m_destination(std::move(destination))
    , m_abandon(std::move(abandon))
{
}

DeviceCanvas::~DeviceCanvas()
{
    if (m_started && m_abandon)
        m_abandon();
    endPainting();
}

Status DeviceCanvas::begin(QPageLayout::Orientation orientation, const QString& title)
{
    Q_UNUSED(title);  // the caller names a print job (QPrinter::setDocName)
    if (Status started = startPainting(m_device, orientation); !started)
        return Error::plain(tr("the printer could not start printing; nothing was printed"));
    m_started = true;
    return Status::success();
}

Status DeviceCanvas::finish()
{
    if (!m_started)
        return Error::plain(tr("the printing was not started"));
    m_started = false;
    if (!endPainting())
        return Error::plain(tr("the printer could not finish printing"));
    return Status::success();
}

}  // namespace redgrid::document
