#include "widgets/detail/closeview.h"

#include "widgets/detail/statuscolors.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/closepayload.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// One Close frame as the log recorded it.
struct CloseFrame
{
    Event event;
    quint16 code = CloseCodes::NoStatusReceived;
    QString reason;
    bool hasCode = false; // false: an empty payload, reported as 1005 (RFC 6455 §7.1.5)
    QString error;        // a malformed payload (RFC 6455 §5.5.1, §8.1)
};

bool isCloseFrame(const Event &e)
{
    return (e.kind == EventKind::Frame && e.frame.opcode == 0x8) || (e.kind == EventKind::Close && e.dir != Direction::None);
}

CloseFrame readCloseFrame(const Event &e)
{
    CloseFrame f;
    f.event = e;
    // The payload is the wire truth; core parses it (the widgets never parse bytes themselves).
    const ClosePayload parsed = ClosePayload::parse(e.payload);
    f.code = parsed.code;
    f.reason = parsed.reason;
    f.hasCode = !e.payload.isEmpty();
    if (!parsed.valid)
        f.error = parsed.error;
    if (e.payload.isEmpty() && e.length == 0 && e.kind == EventKind::Close && e.detail && e.detail->closeCode != 0) {
        // A Close event without its payload: trust what the session decoded.
        f.code = e.detail->closeCode;
        f.reason = e.detail->closeReason;
        f.hasCode = f.code != CloseCodes::NoStatusReceived;
    }
    return f;
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

QString closeLabel(const CloseFrame &f)
{
    QString s = f.hasCode ? QString::number(f.code) : CloseView::tr("without a status code");
    if (!f.reason.isEmpty())
        s += QStringLiteral(" \"%1\"").arg(f.reason);
    return s;
}

} // namespace

CloseView::CloseView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_story(new QLabel(this))
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
    for (QLabel *label : {m_headline, m_story, m_code, m_meaning, m_explanation}) {
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

    // Close frames: prefer Frame events (the wire); Close events with a direction only when the
    // log has no frame rows (tap off), so one frame is never told twice.
    QList<CloseFrame> frames;
    const bool haveFrameRows = std::any_of(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.kind == EventKind::Frame && e.frame.opcode == 0x8;
    });
    const Event *summary = nullptr;
    for (const Event &e : m_events) {
        if (e.kind == EventKind::Frame && e.frame.opcode == 0x8)
            frames.append(readCloseFrame(e));
        else if (e.kind == EventKind::Close && e.dir != Direction::None && !haveFrameRows)
            frames.append(readCloseFrame(e));
        else if (e.kind == EventKind::Close && e.dir == Direction::None && e.detail)
            summary = &e;
    }
    // TCP closed: the first Closed state after the first Close frame (or any, if there was none).
    const Event *tcpClosed = nullptr;
    for (const Event &e : m_events) {
        if (e.kind == EventKind::State && e.detail && e.detail->state == SessionState::Closed
            && (frames.isEmpty() || e.seq >= frames.first().event.seq)) {
            tcpClosed = &e;
            break;
        }
    }
    m_hasStory = !frames.isEmpty() || summary || tcpClosed;
    m_timeline->setVisible(m_hasStory);
    m_code->setVisible(m_hasStory);
    m_meaning->setVisible(m_hasStory);
    if (!m_hasStory) {
        m_headline->setText(tr("Not closed"));
        m_story->setText(tr("No Close frame has been sent or received on this connection yet."));
        m_explanation->setText(QString());
        m_explanation->setVisible(false);
        m_code->clear();
        m_meaning->clear();
        return;
    }

    const auto addStep = [this](const Event &e, const QString &who, const QString &what) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, clockTime(e.wallMs));
        item->setText(1, who);
        item->setText(2, what);
        item->setToolTip(2, what);
    };
    const auto whoName = [](Direction d) { return d == Direction::Out ? tr("You") : tr("Server"); };

    QStringList story;
    QStringList explanations;
    const CloseFrame *first = frames.isEmpty() ? nullptr : &frames.first();
    const CloseFrame *reply = nullptr;
    if (first) {
        for (const CloseFrame &f : frames) {
            if (f.event.dir != first->event.dir && f.event.seq > first->event.seq) {
                reply = &f;
                break;
            }
        }
    }

    // 1005 is explained once: for the server's frame when it had no code, else for ours.
    const bool serverFrameWithoutCode = std::any_of(frames.cbegin(), frames.cend(), [](const CloseFrame &f) {
        return f.event.dir == Direction::In && !f.hasCode;
    });
    const auto explainNoCode = [&](const CloseFrame &f) {
        if (!f.hasCode && f.event.dir == Direction::In) {
            explanations << tr("The server's Close frame carried no status code, so the code reads as 1005 "
                               "(RFC 6455 §7.1.5).");
        } else if (!f.hasCode && !serverFrameWithoutCode) {
            explanations << tr("Your Close frame carried no status code, so the code reads as 1005 "
                               "(RFC 6455 §7.1.5).");
        }
        if (!f.error.isEmpty())
            explanations << tr("The %1 Close frame is malformed: %2")
                                    .arg(f.event.dir == Direction::In ? tr("server's") : tr("client's"), f.error);
    };

    if (first) {
        const QString at = clockTime(first->event.wallMs);
        story << (first->event.dir == Direction::Out ? tr("You sent Close %1 at %2").arg(closeLabel(*first), at)
                                                     : tr("The server sent Close %1 at %2").arg(closeLabel(*first), at));
        addStep(first->event, whoName(first->event.dir), tr("Close %1 (first)").arg(closeLabel(*first)));
        explainNoCode(*first);
    }
    if (reply) {
        const QLocale locale;
        const qint64 us = elapsedUs(first->event, reply->event);
        const QString after = us < 10000 ? tr("%1 ms").arg(locale.toString(double(us) / 1000.0, 'f', 1))
                                         : (us < 10000000 ? tr("%1 ms").arg(locale.toString(us / 1000))
                                                          : tr("%1 s").arg(locale.toString(double(us) / 1e6, 'f', 2)));
        const bool echo = reply->hasCode == first->hasCode && reply->code == first->code;
        if (reply->event.dir == Direction::In)
            story << (echo ? tr("server echoed %1 after %2") : tr("server answered with %1 after %2"))
                             .arg(closeLabel(*reply), after);
        else
            story << (echo ? tr("you echoed %1 after %2") : tr("you answered with %1 after %2"))
                             .arg(closeLabel(*reply), after);
        addStep(reply->event, whoName(reply->event.dir),
                echo ? tr("Close %1 (echo)").arg(closeLabel(*reply)) : tr("Close %1 (reply)").arg(closeLabel(*reply)));
        explainNoCode(*reply);
    } else if (first && (tcpClosed || summary)) {
        story << (first->event.dir == Direction::Out ? tr("the server sent no Close frame back")
                                                     : tr("no Close frame was sent back"));
    } else if (first) {
        story << (first->event.dir == Direction::Out ? tr("waiting for the server's Close frame")
                                                     : tr("waiting for the reply Close frame"));
    }

    if (!first && (tcpClosed || summary)) {
        const Event &when = tcpClosed ? *tcpClosed : *summary;
        story << tr("The connection dropped without a Close frame at %1").arg(clockTime(when.wallMs));
    } else if (tcpClosed) {
        story << tr("TCP closed");
    }
    if (tcpClosed)
        addStep(*tcpClosed, tr("TCP"), tr("Connection closed"));

    // Clean: RFC 6455 §7.1.4 — both Close frames crossed before TCP closed.
    bool clean = false;
    bool finished = summary || tcpClosed;
    if (summary)
        clean = summary->detail->closeClean;
    else
        clean = first && reply && tcpClosed;
    QString storyLine = story.join(QStringLiteral(" → "));
    if (finished)
        storyLine += QStringLiteral(" · ") + (clean ? tr("clean") : tr("not clean"));
    m_story->setText(storyLine);

    // Which code to explain: what the session reported, else the peer's frame, else ours.
    quint16 code = CloseCodes::AbnormalClosure;
    QString reason;
    if (summary && summary->detail->closeCode != 0) {
        code = summary->detail->closeCode;
        reason = summary->detail->closeReason;
    } else if (reply) {
        code = reply->code;
        reason = reply->reason;
    } else if (first && !finished) {
        code = first->code;
        reason = first->reason;
    }
    if (code == CloseCodes::AbnormalClosure) {
        explanations << (first ? tr("The connection dropped without a Close frame from the server: TCP ended "
                                    "before the server answered (RFC 6455 §7.1.5).")
                               : tr("The connection dropped without a Close frame: TCP ended before any closing "
                                    "handshake (RFC 6455 §7.1.5)."));
    }
    m_code->setText(reason.isEmpty() ? tr("Code %1 · %2").arg(code).arg(CloseCodes::name(code))
                                     : tr("Code %1 · %2 · reason \"%3\"").arg(code).arg(CloseCodes::name(code), reason));
    m_meaning->setText(CloseCodes::meaning(code));
    if (summary)
        addStep(*summary, QString(), finished ? (clean ? tr("Closed cleanly with %1").arg(CloseCodes::label(code))
                                                     : tr("Closed, not cleanly, with %1").arg(CloseCodes::label(code)))
                                            : QString());

    QString headline;
    if (!finished)
        headline = tr("Closing…");
    else if (!first)
        headline = tr("Connection dropped");
    else if (first->event.dir == Direction::Out)
        headline = clean ? tr("You closed the connection cleanly") : tr("You closed the connection, not cleanly");
    else
        headline = clean ? tr("The server closed the connection cleanly") : tr("The server closed the connection, not cleanly");
    m_headline->setText(headline);
    QPalette headlinePalette = m_headline->palette();
    headlinePalette.setColor(QPalette::WindowText, !finished ? StatusColors::warning(pal)
                                                             : (clean ? StatusColors::good(pal) : StatusColors::bad(pal)));
    m_headline->setPalette(headlinePalette);

    explanations.removeDuplicates();
    m_explanation->setText(explanations.join(QLatin1Char('\n')));
    m_explanation->setVisible(!explanations.isEmpty());
}

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
