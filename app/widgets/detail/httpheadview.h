#pragma once

#include "core/protocol/httpmessage.h"

#include <QStackedWidget>

class HeaderTable;
class QPlainTextEdit;

// One HTTP head of the handshake, as a header table (HeaderTable) or as raw HTTP, the text that
// crossed the wire (rebuilt from the fields when the tap was off). Either page is as tall as
// its lines.
class HttpHeadView : public QStackedWidget
{
    Q_OBJECT

public:
    explicit HttpHeadView(QWidget *parent = nullptr);

    void setMessage(const HttpMessage &message);
    void setRaw(bool raw);
    bool isRaw() const;
    // The head with its CRLF line ends; empty when there is none.
    QString headText() const;

    HeaderTable *table() const { return m_table; }
    QPlainTextEdit *rawView() const { return m_raw; }

private:
    void fitRawView();
    void fitToPage();

    HeaderTable *m_table = nullptr;
    QPlainTextEdit *m_raw = nullptr;
};
