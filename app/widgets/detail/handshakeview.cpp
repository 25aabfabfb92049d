#include "widgets/detail/handshakeview.h"

#include "widgets/detail/statuscolors.h"
#include "core/protocol/handshake.h"
#include "core/protocol/utf8validator.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

bool isHandshakeEvent(const Event &e, EventKind kind)
{
    return e.kind == kind && e.detail;
}

QString latin1(const QByteArray &bytes)
{
    // Header bytes are ISO-8859-1 per RFC 9110 §5.5; UTF-8 shows up too and is decoded when valid.
    if (Utf8Validator::firstInvalidOffset(bytes) < 0)
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

void setLabelColor(QLabel *label, const QColor &color = QColor())
{
    StatusColors::setColor(label, QPalette::WindowText, color);
}

} // namespace

HandshakeView::HandshakeView(QWidget *parent)
    : QWidget(parent)
    , m_acceptMark(new QLabel(this))
    , m_acceptSummary(new QLabel(this))
    , m_formula(new QLabel(this))
    , m_negotiated(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_requestBox(new QGroupBox(m_splitter))
    , m_responseBox(new QGroupBox(m_splitter))
    , m_requestLine(new QLabel(m_requestBox))
    , m_statusLine(new QLabel(m_responseBox))
    , m_requestTable(new QTableWidget(m_requestBox))
    , m_responseTable(new QTableWidget(m_responseBox))
    , m_bodyLabel(new QLabel(m_responseBox))
    , m_body(new QPlainTextEdit(m_responseBox))
    , m_tlsBox(new QGroupBox(this))
    , m_tlsLabel(new QLabel(m_tlsBox))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont markFont = m_acceptMark->font();
    markFont.setPointSizeF(markFont.pointSizeF() * 1.8);
    markFont.setBold(true);
    m_acceptMark->setFont(markFont);
    m_acceptMark->setAlignment(Qt::AlignCenter);
    m_acceptMark->setMinimumWidth(m_acceptMark->fontMetrics().horizontalAdvance(QStringLiteral("✓✓")));
    for (QLabel *label : {m_acceptSummary, m_formula, m_negotiated, m_problems, m_requestLine, m_statusLine,
                          m_bodyLabel, m_tlsLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_formula->setFont(fixed);
    m_requestLine->setFont(fixed);
    m_statusLine->setFont(fixed);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_acceptMark, 0, Qt::AlignTop);
    auto *checkText = new QVBoxLayout;
    checkText->addWidget(m_acceptSummary);
    checkText->addWidget(m_formula);
    checkRow->addLayout(checkText, 1);

    for (QTableWidget *table : {m_requestTable, m_responseTable}) {
        table->setColumnCount(2);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->setVisible(false);
        // One line per header: compact rows, long values in the tooltip.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(QFontMetrics(fixed).height() + 4);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
        table->setFont(fixed);
    }
    m_body->setReadOnly(true);
    m_body->setFont(fixed);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setMaximumBlockCount(5000);

    auto *requestLayout = new QVBoxLayout(m_requestBox);
    requestLayout->addWidget(m_requestLine);
    requestLayout->addWidget(m_requestTable, 1);
    auto *responseLayout = new QVBoxLayout(m_responseBox);
    responseLayout->addWidget(m_statusLine);
    responseLayout->addWidget(m_responseTable, 2);
    responseLayout->addWidget(m_bodyLabel);
    responseLayout->addWidget(m_body, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *tlsLayout = new QVBoxLayout(m_tlsBox);
    tlsLayout->addWidget(m_tlsLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(checkRow);
    layout->addWidget(m_negotiated);
    layout->addWidget(m_problems);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_tlsBox);

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
QString HandshakeView::formulaText() const { return m_formula->text(); }
QString HandshakeView::negotiatedText() const { return m_negotiated->text(); }
QString HandshakeView::problemsText() const { return m_problems->text(); }
QString HandshakeView::bodyText() const { return m_body->toPlainText(); }
QString HandshakeView::tlsText() const { return m_tlsLabel->text(); }

void HandshakeView::fillHeaders(QTableWidget *table, const HttpMessage &message)
{
    table->clearContents();
    table->setRowCount(int(message.headers.size()));
    int row = 0;
    for (const HttpMessage::Header &header : message.headers) {
        auto *name = new QTableWidgetItem(latin1(header.first));
        auto *value = new QTableWidgetItem(latin1(header.second));
        value->setToolTip(value->text());
        table->setItem(row, 0, name);
        table->setItem(row, 1, value);
        ++row;
    }
}

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
    fillHeaders(m_requestTable, request);
    if (haveResponse) {
        m_statusLine->setText(QStringLiteral("%1 %2 %3").arg(latin1(response.version)).arg(response.statusCode)
                                      .arg(latin1(response.reasonPhrase)));
    } else {
        m_statusLine->setText(haveRequest ? tr("No response yet: the server has not answered the upgrade.")
                                          : tr("No response recorded."));
    }
    fillHeaders(m_responseTable, response);
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
    const QString keyText = key.isEmpty() ? tr("(key not recorded)") : QString::fromLatin1(key);
    m_formula->setText(tr("Sec-WebSocket-Accept = base64(SHA-1(key + \"%1\"))\n"
                          "key      = %2\n"
                          "expected = %3\n"
                          "received = %4")
                               .arg(QString::fromLatin1(Handshake::Guid), keyText,
                                    expected.isEmpty() ? tr("(unknown)") : QString::fromLatin1(expected),
                                    received.isEmpty() ? tr("(none)") : QString::fromLatin1(received)));
    m_formula->setToolTip(tr("RFC 6455 section 4.2.2: the server appends the GUID to the client's "
                             "Sec-WebSocket-Key, hashes it with SHA-1 and sends the Base64 of the hash."));

    // The formula only where there is (or will be) an Accept value to compare.
    m_formula->setVisible(!haveResponse || response.statusCode == 101);
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
    for (QTableWidget *table : {m_requestTable, m_responseTable})
        table->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_requestTable->setAccessibleName(tr("Request headers in wire order"));
    m_responseTable->setAccessibleName(tr("Response headers in wire order"));
    m_body->setAccessibleName(tr("Response body"));
}
