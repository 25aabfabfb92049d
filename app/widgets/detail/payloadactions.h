#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QAction;
class QToolButton;
class QWidget;

// What the Payload tab does with the bytes it shows: copy them as text, hex or Base64, and save
// them raw to a file (through the one checked writer, core/io/). Owns the Copy and Save buttons
// of the tab's tool bar; its strings are the tab's (PayloadView's translation context).
class PayloadActions : public QObject
{
    Q_OBJECT

public:
    explicit PayloadActions(QWidget *bar);

    QToolButton *copyButton() const { return m_copy; }
    QToolButton *saveButton() const { return m_save; }

    // The bytes to copy and save; seq names the suggested file ("payload-12.bin"), 0 for none.
    void setPayload(const QByteArray &payload, quint64 seq);
    void setEnabled(bool enabled);

    void copyAsText() const;
    void copyAsHex() const;
    void copyAsBase64() const;
    // Writes the raw bytes; on failure returns false with a translated *error. Either way the
    // outcome is announced through statusChanged.
    bool saveToFile(const QString &path, QString *error = nullptr);

    void retranslateUi();

signals:
    void statusChanged(const QString &text, bool error);

private:
    void onSaveClicked();

    QWidget *m_bar;
    QByteArray m_payload;
    quint64 m_seq = 0;
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
    QAction *m_copyText = nullptr;
    QAction *m_copyHex = nullptr;
    QAction *m_copyBase64 = nullptr;
};
