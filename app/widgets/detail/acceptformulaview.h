#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;

// The Sec-WebSocket-Accept computation of the Handshake tab (RFC 6455 §4.2.2 step 5.4):
//   Sec-WebSocket-Accept = base64(SHA-1(key + "258EAFA5-…"))
//   key      = …
//   expected = …
//   received = …
// A grid (name, "=", value) in a monospace font with fixed-pitch CJK fonts behind it, so the
// columns line up in every language, however long the translated names are.
class AcceptFormulaView : public QWidget
{
    Q_OBJECT

public:
    explicit AcceptFormulaView(QWidget *parent = nullptr);

    // Empty values read "(key not recorded)", "(unknown)", "(none)".
    void setValues(const QByteArray &key, const QByteArray &expected, const QByteArray &received);
    // The lines as shown, "name = value" each.
    QString text() const;
    QList<QLabel *> nameLabels() const { return m_names; }
    QList<QLabel *> valueLabels() const { return m_values; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QByteArray m_key;
    QByteArray m_expected;
    QByteArray m_received;
    QLabel *m_formula = nullptr;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
};
