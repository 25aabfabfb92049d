#include "widgets/detail/handshakeview.h"

#include "widgets/detail/acceptformulaview.h"
#include "widgets/detail/headertable.h"
#include "widgets/detail/httpheadview.h"

#include "widgets/detail/statuscolors.h"
#include "core/protocol/handshake.h"
#include "core/protocol/utf8validator.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

bool isHandshakeEvent(const Event &e, EventKind kind)
{
    return e.kind == kind && e.detail;
}

QString latin1(const QByteArray &bytes)
{
    return HeaderTable::headerText(bytes);
}

constexpr int BodyMinimumLines = 6;

void setLabelColor(QLabel *label, const QColor &color = QColor())
{
    StatusColors::setColor(label, QPalette::WindowText, color);
}

} // namespace

HandshakeView::HandshakeView(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(m_scroll))
    , m_acceptMark(new QLabel(m_content))
    , m_acceptSummary(new QLabel(m_content))
    , m_formula(new AcceptFormulaView(m_content))
    , m_negotiated(new QLabel(m_content))
    , m_problems(new QLabel(m_content))
    , m_rawToggle(new QToolButton(m_content))
    , m_copyRequest(new QToolButton(m_content))
    , m_copyResponse(new QToolButton(m_content))
    , m_splitter(new QSplitter(Qt::Horizontal, m_content))
    , m_requestBox(new QGroupBox(m_splitter))
    , m_responseBox(new QGroupBox(m_splitter))
    , m_requestLine(new QLabel(m_requestBox))
    , m_statusLine(new QLabel(m_responseBox))
    , m_requestHead(new HttpHeadView(m_requestBox))
    , m_responseHead(new HttpHeadView(m_responseBox))
    , m_bodyLabel(new QLabel(m_responseBox))
    , m_body(new QPlainTextEdit(m_responseBox))
    , m_tlsBox(new QGroupBox(m_content))
    , m_tlsLabel(new QLabel(m_tlsBox))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont markFont = m_acceptMark->font();
    markFont.setPointSizeF(markFont.pointSizeF() * 1.8);
    markFont.setBold(true);
    m_acceptMark->setFont(markFont);
    m_acceptMark->setAlignment(Qt::AlignCenter);
    m_acceptMark->setMinimumWidth(m_acceptMark->fontMetrics().horizontalAdvance(QStringLiteral("✓✓")));
    for (QLabel *label : {m_acceptSummary, m_negotiated, m_problems, m_requestLine, m_statusLine, m_bodyLabel, m_tlsLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_requestLine->setFont(fixed);
    m_statusLine->setFont(fixed);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_acceptMark, 0, Qt::AlignTop);
    auto *checkText = new QVBoxLayout;
    checkText->addWidget(m_acceptSummary);
    checkText->addWidget(m_formula);
    checkRow->addLayout(checkText, 1);

    m_rawToggle->setCheckable(true);
    m_rawToggle->setAutoRaise(true);
    m_copyRequest->setAutoRaise(true);
    m_copyResponse->setAutoRaise(true);
    auto *viewRow = new QHBoxLayout;
    viewRow->addWidget(m_rawToggle);
    viewRow->addStretch(1);
    viewRow->addWidget(m_copyRequest);
    viewRow->addWidget(m_copyResponse);
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool raw) {
        m_requestHead->setRaw(raw);
        m_responseHead->setRaw(raw);
    });
    connect(m_copyRequest, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(requestRawText()); });
    connect(m_copyResponse, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(responseRawText()); });

    m_body->setReadOnly(true);
    m_body->setFont(fixed);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setMaximumBlockCount(5000);
    m_body->setMinimumHeight(QFontMetrics(fixed).lineSpacing() * BodyMinimumLines);

    auto *requestLayout = new QVBoxLayout(m_requestBox);
    requestLayout->addWidget(m_requestLine);
    requestLayout->addWidget(m_requestHead);
    requestLayout->addStretch(1);
    auto *responseLayout = new QVBoxLayout(m_responseBox);
    responseLayout->addWidget(m_statusLine);
    responseLayout->addWidget(m_responseHead);
    responseLayout->addWidget(m_bodyLabel);
    responseLayout->addWidget(m_body, 1);
    responseLayout->addStretch(0);
    m_splitter->setChildrenCollapsible(false);

    auto *tlsLayout = new QVBoxLayout(m_tlsBox);
    tlsLayout->addWidget(m_tlsLabel);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(checkRow);
    layout->addWidget(m_negotiated);
    layout->addWidget(m_problems);
    layout->addLayout(viewRow);
    layout->addWidget(m_splitter);
    layout->addWidget(m_tlsBox);
    layout->addStretch(1);

    // The tab scrolls as a whole; the header tables are as tall as their rows.
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    retranslateUi();
    render();
}

void HandshakeView::setHandshake(const Event &request, const Event &response)
{
    m_request = request;
    m_response = response;
    render();
}

void HandshakeView::setTls(const Event &tls)
{
    m_tls = tls;
    render();
}

void HandshakeView::clear()
{
    m_request = Event();
    m_response = Event();
    m_tls = Event();
    render();
}

bool HandshakeView::hasHandshake() const
{
    return isHandshakeEvent(m_request, EventKind::HandshakeRequest)
            || isHandshakeEvent(m_response, EventKind::HandshakeResponse);
}

QString HandshakeView::requestLine() const { return m_requestLine->text(); }
QString HandshakeView::statusLine() const { return m_statusLine->text(); }
QString HandshakeView::acceptMark() const { return m_acceptMark->text(); }
QString HandshakeView::acceptSummary() const { return m_acceptSummary->text(); }
QString HandshakeView::negotiatedText() const { return m_negotiated->text(); }
QString HandshakeView::problemsText() const { return m_problems->text(); }
QString HandshakeView::bodyText() const { return m_body->toPlainText(); }
QString HandshakeView::tlsText() const { return m_tlsLabel->text(); }

QString HandshakeView::requestRawText() const { return m_requestHead->headText(); }

QString HandshakeView::responseRawText() const
{
    // The head, and the body of a refused upgrade when it is text (what a bug report needs).
    QString text = m_responseHead->headText();
    if (m_response.detail && !m_response.detail->http.body.isEmpty()
        && Utf8Validator::firstInvalidOffset(m_response.detail->http.body) < 0)
        text += QString::fromUtf8(m_response.detail->http.body);
    return text;
}

QString HandshakeView::formulaText() const { return m_formula->text(); }
HeaderTable *HandshakeView::requestHeaders() const { return m_requestHead->table(); }
HeaderTable *HandshakeView::responseHeaders() const { return m_responseHead->table(); }
QPlainTextEdit *HandshakeView::requestRawView() const { return m_requestHead->rawView(); }
QPlainTextEdit *HandshakeView::responseRawView() const { return m_responseHead->rawView(); }

void HandshakeView::render()
{
    const QPalette &pal = palette();
    const bool haveRequest = isHandshakeEvent(m_request, EventKind::HandshakeRequest);
    const bool haveResponse = isHandshakeEvent(m_response, EventKind::HandshakeResponse);
    const HttpMessage request = haveRequest ? m_request.detail->http : HttpMessage();
    const HttpMessage response = haveResponse ? m_response.detail->http : HttpMessage();

    // Request and response panes.
    if (haveRequest) {
        m_requestLine->setText(QStringLiteral("%1 %2 %3").arg(latin1(request.method), latin1(request.target),
                                                              latin1(request.version)));
    } else {
        m_requestLine->setText(tr("No upgrade request recorded."));
    }
    m_requestHead->setMessage(request);
    if (haveResponse) {
        m_statusLine->setText(QStringLiteral("%1 %2 %3").arg(latin1(response.version)).arg(response.statusCode)
                                      .arg(latin1(response.reasonPhrase)));
    } else {
        m_statusLine->setText(haveRequest ? tr("No response yet: the server has not answered the upgrade.")
                                          : tr("No response recorded."));
    }
    m_responseHead->setMessage(response);
    m_copyRequest->setEnabled(haveRequest);
    m_copyResponse->setEnabled(haveResponse);
    setLabelColor(m_statusLine, haveResponse && response.statusCode != 101 ? StatusColors::bad(pal) : QColor());

    // The body of a refused upgrade (RFC 6455 §4.1: any status but 101 ends the handshake).
    const bool hasBody = haveResponse && (!response.body.isEmpty() || response.bodyBytesSeen > 0);
    m_bodyLabel->setVisible(hasBody);
    m_body->setVisible(hasBody);
    if (hasBody) {
        const QLocale locale;
        const bool text = Utf8Validator::firstInvalidOffset(response.body) < 0;
        QString label = text ? tr("Body: %1 bytes, as text").arg(locale.toString(response.bodyBytesSeen))
                             : tr("Body: %1 bytes, as hex (not UTF-8 text)").arg(locale.toString(response.bodyBytesSeen));
        if (response.bodyBytesDropped > 0)
            label += QLatin1Char(' ') + tr("(first %1 bytes kept)").arg(locale.toString(response.body.size()));
        m_bodyLabel->setText(label);
        if (text) {
            m_body->setPlainText(QString::fromUtf8(response.body));
        } else {
            QString hex;
            for (qsizetype i = 0; i < response.body.size(); i += 16)
                hex += QString::fromLatin1(response.body.mid(i, 16).toHex(' ')) + QLatin1Char('\n');
            m_body->setPlainText(hex);
        }
    } else {
        m_body->clear();
    }

    // The accept check, RFC 6455 §4.2.2 step 5.4 and §4.1 item 4 of the client's checks.
    const QByteArray key = request.value("Sec-WebSocket-Key");
    QByteArray expected;
    QByteArray received;
    if (haveResponse) {
        expected = m_response.detail->acceptExpected;
        received = m_response.detail->acceptReceived;
        if (received.isEmpty())
            received = response.value("Sec-WebSocket-Accept");
    }
    if (expected.isEmpty() && !key.isEmpty())
        expected = Handshake::acceptFor(key);
    m_formula->setValues(key, expected, received);

    // The formula only where there is (or will be) an Accept value to compare.
    m_formula->setVisible(!haveResponse || response.statusCode == HttpMessage::SwitchingProtocols);
    if (!haveResponse) {
        m_acceptMark->setText(QString());
        m_acceptMark->setAccessibleName(QString());
        m_acceptSummary->setText(haveRequest ? tr("Waiting for the server's response to check Sec-WebSocket-Accept.")
                                             : tr("No handshake recorded for this connection."));
        setLabelColor(m_acceptSummary);
    } else if (response.statusCode != 101) {
        m_acceptMark->setText(QString());
        m_acceptSummary->setText(tr("The server refused the upgrade with %1 %2, so there is no "
                                    "Sec-WebSocket-Accept to check.")
                                         .arg(response.statusCode)
                                         .arg(latin1(response.reasonPhrase)));
        setLabelColor(m_acceptSummary, StatusColors::bad(pal));
        m_acceptMark->setAccessibleName(QString());
    } else {
        const bool valid = !received.isEmpty() && received == expected;
        m_acceptMark->setText(valid ? QStringLiteral("✓") : QStringLiteral("✗"));
        setLabelColor(m_acceptMark, valid ? StatusColors::good(pal) : StatusColors::bad(pal));
        if (valid)
            m_acceptSummary->setText(tr("Sec-WebSocket-Accept is correct."));
        else if (received.isEmpty())
            m_acceptSummary->setText(tr("Sec-WebSocket-Accept is missing from the 101 response."));
        else
            m_acceptSummary->setText(tr("Sec-WebSocket-Accept is wrong: the server did not compute it from our key."));
        setLabelColor(m_acceptSummary, valid ? StatusColors::good(pal) : StatusColors::bad(pal));
        m_acceptMark->setAccessibleName(valid ? tr("Accept check passed") : tr("Accept check failed"));
    }

    m_acceptMark->setVisible(!m_acceptMark->text().isEmpty());

    // What was negotiated (RFC 6455 §4.2.2 step 5: subprotocol and extensions).
    if (haveResponse && response.statusCode == 101) {
        const QByteArray subprotocol = response.value("Sec-WebSocket-Protocol");
        QStringList extensions;
        for (const QByteArray &ext : response.values("Sec-WebSocket-Extensions"))
            extensions << latin1(ext);
        m_negotiated->setText(tr("Negotiated subprotocol: %1 · extensions: %2")
                                      .arg(subprotocol.isNull() ? tr("none") : latin1(subprotocol),
                                           extensions.isEmpty() ? tr("none") : extensions.join(QStringLiteral(", "))));
        m_negotiated->setVisible(true);
    } else {
        m_negotiated->setVisible(false);
        m_negotiated->clear();
    }

    // Every problem the validator found, one per line.
    const QStringList problems = haveResponse ? m_response.detail->handshakeProblems : QStringList();
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const QString &p : problems)
            lines << QStringLiteral("✗ ") + p;
        m_problems->setText(tr("Problems with the handshake:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        setLabelColor(m_problems, StatusColors::bad(pal));
    } else {
        m_problems->clear();
    }

    // TLS of the upstream leg (the tap terminates TLS; this is the real server's side; docs/ARCHITECTURE.md).
    const bool haveTls = m_tls.kind == EventKind::Tls && m_tls.detail;
    m_tlsBox->setVisible(haveTls);
    if (haveTls) {
        const EventDetail &d = *m_tls.detail;
        QStringList lines;
        lines << tr("Protocol: %1").arg(d.tlsProtocol.isEmpty() ? tr("unknown") : d.tlsProtocol)
              << tr("Cipher: %1").arg(d.tlsCipher.isEmpty() ? tr("unknown") : d.tlsCipher);
        if (!d.tlsChain.isEmpty()) {
            lines << tr("Certificate chain (leaf first):");
            for (const QString &c : d.tlsChain)
                lines << QStringLiteral("  • ") + c;
        }
        if (d.tlsErrors.isEmpty()) {
            lines << tr("Errors: none");
        } else {
            lines << tr("Errors:");
            for (const QString &e : d.tlsErrors)
                lines << QStringLiteral("  ✗ ") + e;
        }
        m_tlsLabel->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_tlsLabel->clear();
    }
}

void HandshakeView::updateOrientation()
{
    const Qt::Orientation wanted = width() < StackBelowWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted)
        m_splitter->setOrientation(wanted);
}

void HandshakeView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateOrientation();
}

void HandshakeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void HandshakeView::retranslateUi()
{
    m_requestBox->setTitle(tr("Request (client → server)"));
    m_responseBox->setTitle(tr("Response (server → client)"));
    m_tlsBox->setTitle(tr("TLS (upstream connection)"));
    m_rawToggle->setText(tr("Raw HTTP"));
    m_rawToggle->setToolTip(tr("Show each head as it crossed the wire instead of the header tables"));
    m_copyRequest->setText(tr("Copy Request"));
    m_copyRequest->setToolTip(tr("Copy the upgrade request as raw HTTP"));
    m_copyResponse->setText(tr("Copy Response"));
    m_copyResponse->setToolTip(tr("Copy the server's response as raw HTTP (with the body of a refused upgrade)"));
    requestHeaders()->setAccessibleName(tr("Request headers in wire order"));
    responseHeaders()->setAccessibleName(tr("Response headers in wire order"));
    m_body->setAccessibleName(tr("Response body"));
}
