#include "widgets/session/sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void Sparkline::setCapacity(int capacity)
{
    m_capacity = qMax(2, capacity);
    while (m_values.size() > m_capacity)
        m_values.removeFirst();
    update();
}

void Sparkline::addValue(double value)
{
    m_values.append(qMax(0.0, value));
    while (m_values.size() > m_capacity)
        m_values.removeFirst();
    update();
}

void Sparkline::clear()
{
    m_values.clear();
    update();
}

double Sparkline::maximum() const
{
    return m_values.isEmpty() ? 0.0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

QSize Sparkline::sizeHint() const
{
    return QSize(m_capacity + 4, fontMetrics().height());
}

QSize Sparkline::minimumSizeHint() const
{
    return sizeHint();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor baseline = palette().color(QPalette::WindowText);
    baseline.setAlphaF(0.25);
    painter.setPen(QPen(baseline, 1));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    if (m_values.size() < 2)
        return;
    const double top = qMax(1.0, maximum());
    const double step = area.width() / double(m_capacity - 1);
    // Right-aligned: the newest value is always at the right edge.
    const double x0 = area.right() - step * double(m_values.size() - 1);
    QPainterPath line;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF p(x0 + step * i, area.bottom() - area.height() * (m_values.at(i) / top));
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(x0, area.bottom());
    fill.closeSubpath();
    QColor accent = palette().color(QPalette::Highlight);
    QColor fillColor = accent;
    fillColor.setAlphaF(0.25);
    painter.fillPath(fill, fillColor);
    painter.setPen(QPen(accent, 1.2));
    painter.drawPath(line);
}
