#pragma once

#include "core/log/event.h"

#include <QWidget>

class AcceptFormulaView;
class HeaderTable;
class HttpHeadView;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSplitter;
class QToolButton;

// The Handshake tab (RFC 6455 §4): the upgrade request and the server's response side by side
// (stacked when the pane is narrow), headers in wire order, the Sec-WebSocket-Accept check
// spelled out in a monospace grid (aligned in every language), what was negotiated, every
// problem found, the body of a refused upgrade and the upstream TLS details. The header tables
// are as tall as their rows and the tab scrolls; "Raw HTTP" shows each head as it crossed the
// wire, and the copy buttons and the tables' context menus copy a header or a whole head.
class HandshakeView : public QWidget
{
    Q_OBJECT

public:
    explicit HandshakeView(QWidget *parent = nullptr);

    // Either event may be a default Event when that side was not recorded (yet).
    void setHandshake(const Event &request, const Event &response);
    // A Tls event of the upstream leg; a default Event hides the TLS section.
    void setTls(const Event &tls);
    void clear();
    bool hasHandshake() const;

    // Width below which request and response are stacked instead of side by side.
    static constexpr int StackBelowWidth = 760;

    // What the view shows, for tests and assistive technology.
    QString requestLine() const;
    QString statusLine() const;
    QString acceptMark() const;     // "✓", "✗" or "" when there is nothing to check
    QString acceptSummary() const;
    QString formulaText() const;
    QString negotiatedText() const;
    QString problemsText() const;
    QString bodyText() const;
    QString tlsText() const;
    QString requestRawText() const;
    QString responseRawText() const;
    HeaderTable *requestHeaders() const;
    HeaderTable *responseHeaders() const;
    QPlainTextEdit *requestRawView() const;
    QPlainTextEdit *responseRawView() const;
    QToolButton *rawToggle() const { return m_rawToggle; }
    QToolButton *copyRequestButton() const { return m_copyRequest; }
    QToolButton *copyResponseButton() const { return m_copyResponse; }
    AcceptFormulaView *formulaBlock() const { return m_formula; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QGroupBox *tlsBox() const { return m_tlsBox; }
    QSplitter *splitter() const { return m_splitter; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void retranslateUi();
    void updateOrientation();

    Event m_request;
    Event m_response;
    Event m_tls;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_acceptMark = nullptr;
    QLabel *m_acceptSummary = nullptr;
    AcceptFormulaView *m_formula = nullptr;
    QLabel *m_negotiated = nullptr;
    QLabel *m_problems = nullptr;
    QToolButton *m_rawToggle = nullptr;
    QToolButton *m_copyRequest = nullptr;
    QToolButton *m_copyResponse = nullptr;
    QSplitter *m_splitter = nullptr;
    QGroupBox *m_requestBox = nullptr;
    QGroupBox *m_responseBox = nullptr;
    QLabel *m_requestLine = nullptr;
    QLabel *m_statusLine = nullptr;
    HttpHeadView *m_requestHead = nullptr;
    HttpHeadView *m_responseHead = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QGroupBox *m_tlsBox = nullptr;
    QLabel *m_tlsLabel = nullptr;
};
