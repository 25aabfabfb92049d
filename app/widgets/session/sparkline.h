#pragma once

#include <QList>
#include <QWidget>

// A small line chart of recent values (the stats strip's receive rate, one value per second for
// the last minute). Paints with palette colours only, so it works in dark mode too.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultCapacity = 60;

    explicit Sparkline(QWidget *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    // Appends one value; the oldest falls off beyond capacity().
    void addValue(double value);
    void clear();
    const QList<double> &values() const { return m_values; }
    double maximum() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    int m_capacity = DefaultCapacity;
};
