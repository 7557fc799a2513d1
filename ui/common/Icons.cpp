#include "Icons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <functional>
#include <numbers>

namespace redgrid::ui::Icons {
namespace {

using hierarchy::NodeLevel;

// Every shape is drawn on a 16×16 grid and scaled to the pixmap.
using Shape = std::function<void(QPainter&)>;

const QColor PartyRed(0xc6, 0x28, 0x28);
const QColor Gold(0xf2, 0xb1, 0x1b);
const QColor Outline(0x3c, 0x3c, 0x3c);

QIcon paint(const Shape& shape, std::initializer_list<int> sizes = { 16, 20, 24, 32, 48 })
{
    QIcon icon;
    for (int size : sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        shape(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void flag(QPainter& p)  // district: a red flag with a gold star
{
    p.setPen(QPen(Outline, 1.2));
    p.drawLine(QPointF(2.5, 1.5), QPointF(2.5, 15));
    p.setPen(Qt::NoPen);
    p.setBrush(PartyRed);
    p.drawRect(QRectF(3, 2, 11.5, 8));
    p.setBrush(Gold);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 ? 1.0 : 2.4;
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point(6.5 + radius * std::cos(angle), 5.8 + radius * std::sin(angle));
        i ? star.lineTo(point) : star.moveTo(point);
    }
    star.closeSubpath();
    p.drawPath(star);
}

void streets(QPainter& p)  // street/town: two crossing roads
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x5d, 0x6d, 0x7e));
    p.drawRoundedRect(QRectF(1, 1, 14, 14), 2.5, 2.5);
    p.setBrush(QColor(0xf4, 0xf1, 0xe8));
    p.drawRect(QRectF(6.5, 1, 3, 14));
    p.drawRect(QRectF(1, 6.5, 14, 3));
    p.setBrush(Gold);
    p.drawRect(QRectF(7.6, 2, 0.8, 3));
    p.drawRect(QRectF(7.6, 11, 0.8, 3));
}

void house(QPainter& p)  // community/village: a house
{
    p.setPen(QPen(Outline, 0.8));
    p.setBrush(PartyRed);
    p.drawPolygon(QPolygonF({ QPointF(1, 8), QPointF(8, 1.5), QPointF(15, 8) }));
    p.setBrush(QColor(0xfa, 0xf3, 0xe0));
    p.drawRect(QRectF(3, 8, 10, 6.5));
    p.setBrush(QColor(0x8d, 0x5b, 0x35));
    p.drawRect(QRectF(7, 10, 2.5, 4.5));
}

void grid(QPainter& p)  // grid: a square divided three by three
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1e, 0x6f, 0xb8));
    p.drawRoundedRect(QRectF(1, 1, 14, 14), 2, 2);
    p.setPen(QPen(Qt::white, 1.1));
    for (double at : { 5.67, 10.33 }) {
        p.drawLine(QPointF(at, 2), QPointF(at, 14));
        p.drawLine(QPointF(2, at), QPointF(14, at));
    }
}

void building(QPainter& p)  // building/courtyard: a block with windows
{
    p.setPen(QPen(Outline, 0.8));
    p.setBrush(QColor(0x9a, 0xa7, 0xb4));
    p.drawRect(QRectF(3.5, 1.5, 9, 13));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xff, 0xf6, 0xc8));
    for (double y : { 3.5, 6.5, 9.5 }) {
        p.drawRect(QRectF(5, y, 2, 1.8));
        p.drawRect(QRectF(9, y, 2, 1.8));
    }
    p.setBrush(Outline);
    p.drawRect(QRectF(7, 12, 2, 2.5));
}

void program(QPainter& p)  // RedGrid: a red tile with a white grid and a gold star
{
    p.setPen(Qt::NoPen);
    p.setBrush(PartyRed);
    p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    p.setPen(QPen(QColor(255, 255, 255, 200), 0.7));
    for (double at : { 5.5, 10.5 }) {
        p.drawLine(QPointF(at, 2.5), QPointF(at, 13.5));
        p.drawLine(QPointF(2.5, at), QPointF(13.5, at));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(Gold);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 ? 1.3 : 3.1;
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point(8 + radius * std::cos(angle), 8.3 + radius * std::sin(angle));
        i ? star.lineTo(point) : star.moveTo(point);
    }
    star.closeSubpath();
    p.drawPath(star);
}

void pencil(QPainter& p)  // rename
{
    p.translate(8, 8);
    p.rotate(45);
    p.setPen(QPen(Outline, 0.8));
    p.setBrush(Gold);
    p.drawRect(QRectF(-1.8, -6.5, 3.6, 9));
    p.setBrush(QColor(0xe8, 0xc9, 0x9b));
    p.drawPolygon(QPolygonF({ QPointF(-1.8, 2.5), QPointF(1.8, 2.5), QPointF(0, 6.5) }));
    p.setBrush(PartyRed);
    p.drawRect(QRectF(-1.8, -7.5, 3.6, 1.6));
}

}  // namespace

QIcon forLevel(NodeLevel level)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(level);
    if (!cache.contains(key)) {
        switch (level) {
        case NodeLevel::District:
            cache.insert(key, paint(flag));
            break;
        case NodeLevel::Street:
            cache.insert(key, paint(streets));
            break;
        case NodeLevel::Community:
            cache.insert(key, paint(house));
            break;
        case NodeLevel::Grid:
            cache.insert(key, paint(grid));
            break;
        case NodeLevel::Building:
            cache.insert(key, paint(building));
            break;
        }
    }
    return cache.value(key);
}

QIcon rename()
{
    static const QIcon icon = paint(pencil);
    return icon;
}

QIcon application()
{
    static const QIcon icon = paint(program, { 16, 24, 32, 48, 64, 128, 256 });
    return icon;
}

}  // namespace redgrid::ui::Icons
