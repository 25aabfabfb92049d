#include "widgets/detail/closeview.h"

#include "widgets/detail/statuscolors.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/closepayload.h"
#include "core/protocol/closereport.h"
#include "core/protocol/frameheader.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool isCloseFrame(const Event &e)
{
    return (e.kind == EventKind::Frame && e.frame.opcode == FrameHeader::Close)
            || (e.kind == EventKind::Close && e.dir != Direction::None);
}

// The Close frame an event stands for, as CloseReport takes it. A Close record logged with the
// tap off has no payload, only what QWebSocket reported: core builds the payload that says it.
CloseReport::Frame reportFrame(const Event &e)
{
    CloseReport::Frame frame;
    frame.payload = e.payload;
    frame.seenOnWire = e.frame.headerKnown();
    if (e.payload.isEmpty() && e.length == 0 && e.kind == EventKind::Close && e.detail
        && e.detail->closeCode != 0 && e.detail->closeCode != CloseCodes::NoStatusReceived) {
        QString ignored;
        frame.payload = ClosePayload::build(e.detail->closeCode, e.detail->closeReason, &ignored).value_or(QByteArray());
    }
    return frame;
}

QString clockTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

qint64 elapsedUs(const Event &from, const Event &to)
{
    if (from.monoUs > 0 && to.monoUs > 0)
        return to.monoUs - from.monoUs;
    return (to.wallMs - from.wallMs) * 1000;
}

QString elapsedText(qint64 us)
{
    constexpr qint64 UsPerMs = 1000;
    constexpr qint64 FractionBelowUs = 10 * UsPerMs;       // under 10 ms: one decimal
    constexpr qint64 SecondsFromUs = 10 * 1000 * UsPerMs;  // from 10 s on: seconds
    const QLocale locale;
    if (us < FractionBelowUs)
        return CloseView::tr("%1 ms").arg(locale.toString(double(us) / UsPerMs, 'f', 1));
    if (us < SecondsFromUs)
        return CloseView::tr("%1 ms").arg(locale.toString(us / UsPerMs));
    return CloseView::tr("%1 s").arg(locale.toString(double(us) / (1000.0 * UsPerMs), 'f', 2));
}

// "1000 \"bye\"", or "without a status code" for a frame that carried none.
QString closeLabel(const CloseReport::SideReport &side)
{
    QString s = side.hasStatus ? QString::number(side.code) : CloseView::tr("without a status code");
    if (!side.reason.isEmpty())
        s += QStringLiteral(" \"%1\"").arg(side.reason);
    return s;
}

QString sideLine(const CloseReport::SideReport &side, bool isClient)
{
    if (!side.sentClose)
        return isClient ? CloseView::tr("Client: no Close frame (reads as %1)").arg(CloseCodes::label(side.code))
                        : CloseView::tr("Server: no Close frame (reads as %1)").arg(CloseCodes::label(side.code));
    QString code = CloseCodes::label(side.code);
    if (!side.reason.isEmpty())
        code += QStringLiteral(" \"%1\"").arg(side.reason);
    if (side.malformed)
        code += QLatin1Char(' ') + CloseView::tr("(malformed)");
    return isClient ? CloseView::tr("Client: %1").arg(code) : CloseView::tr("Server: %1").arg(code);
}

} // namespace

CloseView::CloseView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_story(new QLabel(this))
    , m_sentence(new QLabel(this))
    , m_sides(new QLabel(this))
    , m_code(new QLabel(this))
    , m_meaning(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
{
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);
    QFont codeFont = m_code->font();
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    for (QLabel *label : {m_headline, m_story, m_sentence, m_sides, m_code, m_meaning, m_explanation}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_timeline->setColumnCount(3);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_headline);
    layout->addWidget(m_story);
    layout->addWidget(m_sentence);
    layout->addWidget(m_sides);
    layout->addSpacing(6);
    layout->addWidget(m_code);
    layout->addWidget(m_meaning);
    layout->addWidget(m_explanation);
    layout->addWidget(m_timeline, 1);
    retranslateUi();
    render();
}

void CloseView::setConnectionEvents(const QList<Event> &events)
{
    m_events.clear();
    for (const Event &e : events) {
        if (isCloseFrame(e) || e.kind == EventKind::Close || e.kind == EventKind::State)
            m_events.append(e);
    }
    render();
}

void CloseView::clear()
{
    m_events.clear();
    render();
}

QString CloseView::headline() const { return m_headline->text(); }
QString CloseView::storyText() const { return m_story->text(); }
QString CloseView::codeText() const { return m_code->text(); }
QString CloseView::meaningText() const { return m_meaning->text(); }
QString CloseView::explanationText() const { return m_explanation->text(); }

void CloseView::render()
{
    const QPalette &pal = palette();
    m_timeline->clear();

    // The connection's Close frames: Frame events (the wire) first; the Close record's frame only
    // when the log has no Close frame rows (tap off), so one frame is never counted twice.
    const bool haveFrameRows = std::any_of(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.kind == EventKind::Frame && e.frame.opcode == FrameHeader::Close;
    });
    const Event *clientFrame = nullptr;
    const Event *serverFrame = nullptr;
    const Event *summary = nullptr;
    for (const Event &e : m_events) {
        if (isCloseFrame(e) && (e.kind == EventKind::Frame || !haveFrameRows)) {
            const Event *&slot = e.dir == Direction::Out ? clientFrame : serverFrame;
            if (!slot)
                slot = &e;
        } else if (e.kind == EventKind::Close && e.dir == Direction::None && e.detail) {
            summary = &e;
        }
    }
    const Event *first = clientFrame && serverFrame ? (serverFrame->seq < clientFrame->seq ? serverFrame : clientFrame)
                                                    : (clientFrame ? clientFrame : serverFrame);
    const Event *reply = first == clientFrame ? serverFrame : clientFrame;
    // TCP closed: the first Closed state after the first Close frame (or any, if there was none).
    const Event *tcpClosed = nullptr;
    for (const Event &e : m_events) {
        if (e.kind == EventKind::State && e.detail && e.detail->state == SessionState::Closed
            && (!first || e.seq >= first->seq)) {
            tcpClosed = &e;
            break;
        }
    }
    m_hasStory = first || summary || tcpClosed;
    for (QWidget *w : {static_cast<QWidget *>(m_timeline), static_cast<QWidget *>(m_code),
                       static_cast<QWidget *>(m_meaning), static_cast<QWidget *>(m_sentence),
                       static_cast<QWidget *>(m_sides)})
        w->setVisible(m_hasStory);
    if (!m_hasStory) {
        m_headline->setText(tr("Not closed"));
        m_story->setText(tr("No Close frame has been sent or received on this connection yet."));
        m_explanation->clear();
        m_explanation->setVisible(false);
        for (QLabel *label : {m_code, m_meaning, m_sentence, m_sides})
            label->clear();
        return;
    }

    // What the close means is CloseReport's: codes, 1005/1006, malformed frames, clean or not.
    CloseReport::Input input;
    if (clientFrame)
        input.client = reportFrame(*clientFrame);
    if (serverFrame)
        input.server = reportFrame(*serverFrame);
    input.firstSender = !first ? CloseReport::Side::None
                               : (first == clientFrame ? CloseReport::Side::Client : CloseReport::Side::Server);
    input.connectionDropped = summary || tcpClosed;
    const CloseReport report(input);
    // Tap off, QWebSocket answers a Close without telling: whether the handshake completed is
    // unknown (CloseVerdict), which neither "clean" nor "not clean" would say truthfully.
    const bool cleanUnknown = std::any_of(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.kind == EventKind::Close && e.detail && !e.detail->closeCleanKnown;
    });
    const bool clientFirst = report.closer() == CloseReport::Side::Client;
    const CloseReport::SideReport &firstSide = clientFirst ? report.client() : report.server();
    const CloseReport::SideReport &replySide = clientFirst ? report.server() : report.client();

    const auto addStep = [this](const Event &e, const QString &who, const QString &what) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, clockTime(e.wallMs));
        item->setText(1, who);
        item->setText(2, what);
        item->setToolTip(2, what);
    };
    const QString firstWho = clientFirst ? tr("You") : tr("Server");
    const QString replyWho = clientFirst ? tr("Server") : tr("You");

    // The timeline in one line: which frame crossed when, told with the report's codes.
    QStringList story;
    if (first) {
        const QString at = clockTime(first->wallMs);
        story << (clientFirst ? tr("You sent Close %1 at %2").arg(closeLabel(firstSide), at)
                              : tr("The server sent Close %1 at %2").arg(closeLabel(firstSide), at));
        addStep(*first, firstWho, tr("Close %1 (first)").arg(closeLabel(firstSide)));
    }
    if (first && reply) {
        const QString after = elapsedText(elapsedUs(*first, *reply));
        const bool echo = report.echoMatches();
        if (!clientFirst)
            story << (echo ? tr("you echoed %1 after %2") : tr("you answered with %1 after %2")).arg(closeLabel(replySide), after);
        else
            story << (echo ? tr("server echoed %1 after %2") : tr("server answered with %1 after %2"))
                             .arg(closeLabel(replySide), after);
        addStep(*reply, replyWho,
                echo ? tr("Close %1 (echo)").arg(closeLabel(replySide)) : tr("Close %1 (reply)").arg(closeLabel(replySide)));
    } else if (first && report.isFinished()) {
        story << (clientFirst ? tr("the server sent no Close frame back") : tr("no Close frame was sent back"));
    } else if (first) {
        story << (clientFirst ? tr("waiting for the server's Close frame") : tr("waiting for the reply Close frame"));
    }
    if (!first && report.isFinished()) {
        const Event &when = tcpClosed ? *tcpClosed : *summary;
        story << tr("The connection dropped without a Close frame at %1").arg(clockTime(when.wallMs));
    } else if (tcpClosed) {
        story << tr("TCP closed");
    }
    if (tcpClosed)
        addStep(*tcpClosed, tr("TCP"), tr("Connection closed"));
    QString storyLine = story.join(QStringLiteral(" → "));
    if (report.isFinished())
        storyLine += QStringLiteral(" · ")
                + (cleanUnknown ? tr("clean unknown (tap off)") : report.isClean() ? tr("clean") : tr("not clean"));
    m_story->setText(storyLine);
    m_sentence->setText(report.sentence());
    m_sides->setText(sideLine(report.client(), true) + QLatin1Char('\n') + sideLine(report.server(), false));

    // The code the client application is left with (RFC 6455 §7.1.5), once the close is over;
    // while it is under way, the code of the Close frame that started it.
    const CloseReport::SideReport &shown = report.isFinished() || !first ? report.server() : firstSide;
    const quint16 code = report.isFinished() || !first ? report.connectionCloseCode() : firstSide.code;
    m_code->setText(shown.reason.isEmpty()
                            ? tr("Code %1 · %2").arg(code).arg(CloseCodes::name(code))
                            : tr("Code %1 · %2 · reason \"%3\"").arg(code).arg(CloseCodes::name(code), shown.reason));
    m_meaning->setText(CloseCodes::meaning(code));
    if (summary && report.isFinished())
        addStep(*summary, QString(), report.isClean() ? tr("Closed cleanly with %1").arg(CloseCodes::label(code))
                                                      : tr("Closed, not cleanly, with %1").arg(CloseCodes::label(code)));

    QString headline;
    if (!report.isFinished())
        headline = tr("Closing…");
    else if (cleanUnknown)
        headline = clientFirst ? tr("You closed the connection (tap off: whether cleanly is unknown)")
                               : tr("The server closed the connection (tap off: whether cleanly is unknown)");
    else if (report.closer() == CloseReport::Side::None)
        headline = tr("Connection dropped");
    else if (clientFirst)
        headline = report.isClean() ? tr("You closed the connection cleanly") : tr("You closed the connection, not cleanly");
    else
        headline = report.isClean() ? tr("The server closed the connection cleanly")
                                    : tr("The server closed the connection, not cleanly");
    m_headline->setText(headline);
    StatusColors::setColor(m_headline, QPalette::WindowText,
                           !report.isFinished() || cleanUnknown ? StatusColors::warning(pal)
                                                : (report.isClean() ? StatusColors::good(pal) : StatusColors::bad(pal)));

    QStringList notes = report.notes();
    if (cleanUnknown) {
        // Tap off: say what is unknown and what turning the tap on would show.
        notes << tr("With the wire tap on, this tab would show both Close frames as they crossed the wire, which "
                    "side sent first, how long the reply took, and whether the connection closed cleanly.");
    }
    m_explanation->setText(notes.join(QLatin1Char('\n')));
    m_explanation->setVisible(!notes.isEmpty());
}

QString CloseView::sentenceText() const { return m_sentence->text(); }
QString CloseView::sidesText() const { return m_sides->text(); }

void CloseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void CloseView::retranslateUi()
{
    m_timeline->setHeaderLabels({tr("Time"), tr("Who"), tr("What")});
    m_timeline->setAccessibleName(tr("Closing handshake timeline"));
}
