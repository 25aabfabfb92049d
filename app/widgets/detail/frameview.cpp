#include "widgets/detail/frameview.h"

#include "widgets/detail/hexview.h"
#include "widgets/detail/statuscolors.h"
#include "core/protocol/framedissector.h"
#include "core/protocol/frameheader.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

constexpr int FirstByteRole = Qt::UserRole;
constexpr int ByteCountRole = Qt::UserRole + 1;

constexpr int FirstByteMaskRole = Qt::UserRole + 2;

QString problemPrefix(FrameDissector::Severity severity)
{
    switch (severity) {
    case FrameDissector::Severity::Violation: return FrameView::tr("✗ Violation: ");
    case FrameDissector::Severity::Warning: return FrameView::tr("⚠ Warning: ");
    case FrameDissector::Severity::Note: return FrameView::tr("Note: ");
    }
    return {};
}

// The frame's kind as one translatable noun phrase ("Text frame"), never "%1 frame" around the
// protocol's opcode name.
QString frameName(quint8 opcode)
{
    switch (opcode) {
    case FrameHeader::Continuation: return FrameView::tr("Continuation frame");
    case FrameHeader::Text: return FrameView::tr("Text frame");
    case FrameHeader::Binary: return FrameView::tr("Binary frame");
    case FrameHeader::Close: return FrameView::tr("Close frame");
    case FrameHeader::Ping: return FrameView::tr("Ping frame");
    case FrameHeader::Pong: return FrameView::tr("Pong frame");
    default: break;
    }
    return FrameView::tr("Frame with reserved opcode 0x%1").arg(opcode & 0xF, 1, 16, QLatin1Char('0')).toUpper();
}

// Tap off: what QWebSocket reported, in one sentence per kind of report.
QString untappedNote(quint8 opcode)
{
    switch (opcode) {
    case FrameHeader::Ping:
        return FrameView::tr("The wire tap was off for this connection: QWebSocket reported this ping without its "
                             "frame header. Turn the tap on to see every frame as it crossed the wire.");
    case FrameHeader::Pong:
        return FrameView::tr("The wire tap was off for this connection: QWebSocket reported this pong without its "
                             "frame header. Turn the tap on to see every frame as it crossed the wire.");
    case FrameHeader::Close:
        return FrameView::tr("The wire tap was off for this connection: QWebSocket reported this Close frame without "
                             "its frame header. Turn the tap on to see every frame as it crossed the wire.");
    default:
        break;
    }
    return FrameView::tr("The wire tap was off for this connection: QWebSocket reported this message without its "
                         "frame headers. Turn the tap on to see every frame as it crossed the wire.");
}

} // namespace

FrameView::FrameView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_hex(new HexView(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setVisible(false);
    // A header is 2..14 bytes: one line of the hex strip, plus room for a scroll bar.
    m_hex->setFixedHeight(m_hex->fontMetrics().height() + 2 * m_hex->frameWidth() + 6);
    m_hex->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hex->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the header bytes come first; no room for a bar
    m_tree->setColumnCount(3);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Bits next to the field name, as in a protocol analyzer: at the far right edge of a wide
    // pane they were too far from the field they belong to.
    m_tree->header()->moveSection(2, 1);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_title);
    layout->addWidget(m_hex);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_note);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentFieldChanged(current); });
    retranslateUi();
    render();
}

bool FrameView::carriesFrameHeader(const Event &event)
{
    switch (event.kind) {
    case EventKind::Frame:
        return event.frame.headerKnown();
    case EventKind::Close:
        // A Close record with a direction carries its first Close frame; without, none crossed.
        return event.dir != Direction::None && event.frame.headerKnown();
    default:
        return false;
    }
}

void FrameView::setEvent(const Event &event)
{
    m_event = event;
    render();
}

void FrameView::clear()
{
    m_event = Event();
    render();
}

QString FrameView::noteText() const
{
    return m_note->text();
}

QString FrameView::problemsText() const
{
    return m_problems->text();
}

QTreeWidgetItem *FrameView::addField(QTreeWidgetItem *parent, const QString &name, const QString &value,
                                     const QString &bits, qint64 firstByte, qint64 byteCount)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, name);
    item->setText(1, value);
    item->setText(2, bits);
    item->setData(0, FirstByteRole, firstByte);
    item->setData(0, ByteCountRole, byteCount);
    item->setToolTip(1, value);
    item->setFont(2, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return item;
}

void FrameView::render()
{
    m_tree->clear();
    m_hasFrame = carriesFrameHeader(m_event);
    m_hex->setVisible(m_hasFrame);
    m_tree->setVisible(m_hasFrame);
    m_problems->clear();
    m_problems->setVisible(false);
    if (!m_hasFrame) {
        m_hex->setData({});
        m_title->setText(tr("No frame header"));
        if (m_event.kind == EventKind::Frame) {
            m_note->setText(untappedNote(m_event.frame.opcode));
        } else if (m_event.seq == 0 && m_event.kind == EventKind::Info && !m_event.detail) {
            m_note->setText(tr("Select a frame in the log to see its header dissected."));
        } else {
            m_note->setText(tr("This row is not a WebSocket frame, so it has no frame header."));
        }
        return;
    }

    const FrameFields &f = m_event.frame;
    // The header's exact bytes as the tap saw them: never re-encoded from the fields. Core takes
    // them apart (FrameDissector); this view only lays out what it says.
    const QByteArray raw = f.headerBytes().toByteArray();
    m_hex->setData(raw);
    FrameDissector::Context context;
    if (m_event.dir == Direction::Out)
        context.sender = FrameDecoder::Role::ClientToServer;
    else if (m_event.dir == Direction::In)
        context.sender = FrameDecoder::Role::ServerToClient;
    context.payloadShownUnmasked = true; // the log keeps payloads unmasked
    const FrameDissector dissected(raw, quint64(m_event.payload.size()), context);
    const QString direction = m_event.dir == Direction::Out ? tr("client → server") : tr("server → client");
    m_title->setText(tr("%1, %2, header %n byte(s)", nullptr, int(raw.size())).arg(frameName(f.opcode), direction));

    QList<QTreeWidgetItem *> items;
    items.reserve(dissected.fields().size());
    for (const FrameDissector::Field &field : dissected.fields()) {
        QTreeWidgetItem *parent = field.parent >= 0 && field.parent < items.size() ? items.at(field.parent) : nullptr;
        QTreeWidgetItem *item = addField(parent, field.label, field.value, field.bits, field.firstByte, field.byteCount);
        item->setData(0, FirstByteMaskRole, int(field.firstByteMask));
        items.append(item);
    }
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->childCount() > 0)
            item->setExpanded(true);
    }

    QStringList problems;
    const QPalette &pal = palette();
    for (const FrameDissector::Problem &problem : dissected.problems()) {
        problems << problemPrefix(problem.severity) + problem.text;
        if (problem.field >= 0 && problem.field < items.size()) {
            // Mark the field the problem is about, so it is found in the tree too.
            QTreeWidgetItem *item = items.at(problem.field);
            const QColor color = problem.severity == FrameDissector::Severity::Violation ? StatusColors::bad(pal)
                                 : problem.severity == FrameDissector::Severity::Warning ? StatusColors::warning(pal)
                                                                                        : QColor();
            if (color.isValid())
                item->setForeground(1, color);
            item->setToolTip(1, item->text(1) + QLatin1Char('\n') + problem.text);
        }
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    StatusColors::setColor(m_problems, QPalette::WindowText,
                           dissected.hasViolations() ? StatusColors::bad(pal) : StatusColors::warning(pal));

    const int payloadBytes = int(std::min<quint64>(m_event.length, quint64(std::numeric_limits<int>::max())));
    // A header is shown only when the tap saw its exact bytes (a tap-off frame has none), so these
    // are the bytes as they crossed the wire.
    QString note = tr("The header as the wire tap recorded it; %n payload byte(s) follow it.", nullptr, payloadBytes);
    if (f.masked)
        note += QLatin1Char(' ') + tr("The Payload tab shows them unmasked.");
    m_note->setText(note);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void FrameView::onCurrentFieldChanged(QTreeWidgetItem *current)
{
    if (!current || !m_hasFrame) {
        m_hex->setSelection(0, 0);
        return;
    }
    // The bytes the field occupies; a bit field marks the one byte its bits live in.
    m_hex->setSelection(current->data(0, FirstByteRole).toLongLong(), current->data(0, ByteCountRole).toLongLong());
}

void FrameView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void FrameView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Value"), tr("Bits")});
    m_tree->setAccessibleName(tr("Frame header fields"));
    m_hex->setAccessibleName(tr("Frame header bytes"));
}
