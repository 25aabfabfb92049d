#include "widgets/detail/frameview.h"

#include "widgets/detail/hexview.h"
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

// Wireshark-style bit picture of a field inside one byte: "1... ....", ".... 0001".
QString bitPicture(quint8 byte, quint8 mask)
{
    QString s;
    for (int bit = 7; bit >= 0; --bit) {
        if (bit == 3)
            s += QLatin1Char(' ');
        if (mask & (1u << bit))
            s += (byte & (1u << bit)) ? QLatin1Char('1') : QLatin1Char('0');
        else
            s += QLatin1Char('.');
    }
    return s;
}

QString bytesHex(const QByteArray &bytes, int from, int count)
{
    return QString::fromLatin1(bytes.mid(from, count).toHex(' '));
}

} // namespace

FrameView::FrameView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_hex(new HexView(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
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

void FrameView::setEvent(const Event &event, HeaderSource source)
{
    m_event = event;
    // Only the tap produces Frame events: their fields are the decoded wire header.
    m_source = event.kind == EventKind::Frame ? HeaderSource::Wire : source;
    render();
}

void FrameView::clear()
{
    m_event = Event();
    m_source = HeaderSource::Unknown;
    render();
}

QString FrameView::noteText() const
{
    return m_note->text();
}

QTreeWidgetItem *FrameView::addField(QTreeWidgetItem *parent, const QString &name, const QString &value,
                                     const QString &bits, int firstByte, int byteCount)
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
    if (!m_hasFrame) {
        m_hex->setData({});
        m_title->setText(tr("No frame header"));
        if (m_event.kind == EventKind::Frame) {
            m_note->setText(tr("The wire tap was off for this connection: QWebSocket reported this %1 "
                               "without its frame header. Turn the tap on to see every frame as it crossed the wire.")
                                    .arg(FrameHeader::opcodeName(m_event.frame.opcode)));
        } else if (m_event.seq == 0 && m_event.kind == EventKind::Info && !m_event.detail) {
            m_note->setText(tr("Select a frame in the log to see its header dissected."));
        } else {
            m_note->setText(tr("This row is not a WebSocket frame, so it has no frame header."));
        }
        return;
    }

    const FrameFields &f = m_event.frame;
    const quint64 length = m_event.length;
    // The header's exact bytes as the tap saw them: never re-encoded from the fields.
    const QByteArray raw = f.headerBytes().toByteArray();
    m_hex->setData(raw);
    const auto b0 = quint8(raw[0]);
    const auto b1 = quint8(raw[1]);
    const QLocale locale;
    const QString direction = m_event.dir == Direction::Out ? tr("client → server") : tr("server → client");
    m_title->setText(tr("%1 frame, %2, header %n byte(s)", nullptr, int(raw.size()))
                             .arg(FrameHeader::opcodeName(f.opcode), direction));

    addField(nullptr, tr("FIN"),
             f.fin ? tr("1 — final frame of the message") : tr("0 — more frames of this message follow"),
             bitPicture(b0, 0x80), 0, 1);
    const char *rsvNames[] = {"RSV1", "RSV2", "RSV3"};
    for (int i = 0; i < 3; ++i) {
        const bool set = f.rsv & (4 >> i);
        addField(nullptr, QString::fromLatin1(rsvNames[i]),
                 set ? tr("1 — set (only allowed when an extension defines it, RFC 6455 §5.2)") : tr("0 — not set"),
                 bitPicture(b0, quint8(0x40 >> i)), 0, 1);
    }
    QString opcodeKind = f.opcode & 0x8 ? tr("control frame") : tr("data frame");
    if (FrameHeader::isReservedOpcode(f.opcode))
        opcodeKind = tr("reserved opcode, a protocol error (RFC 6455 §5.2)");
    addField(nullptr, tr("Opcode"),
             tr("0x%1 — %2 (%3)").arg(uint(f.opcode), 1, 16).arg(FrameHeader::opcodeName(f.opcode), opcodeKind),
             bitPicture(b0, 0x0F), 0, 1);
    addField(nullptr, tr("MASK"),
             f.masked ? tr("1 — payload masked (required from client to server, RFC 6455 §5.3)")
                      : tr("0 — payload not masked"),
             bitPicture(b1, 0x80), 1, 1);

    const int extBytes = raw.size() - 2 - (f.masked ? 4 : 0);
    const int lengthBits = extBytes == 2 ? 16 : (extBytes == 8 ? 64 : 7);
    const QString encoding = lengthBits == 7 ? tr("7-bit encoding") : (lengthBits == 16 ? tr("16-bit encoding") : tr("64-bit encoding"));
    auto *lengthItem = addField(nullptr, tr("Payload length"),
                                tr("%1 bytes (%2)").arg(locale.toString(length), encoding),
                                QString(), 1, 1 + extBytes);
    const quint8 len7 = b1 & 0x7F;
    QString len7Meaning;
    if (len7 == 126)
        len7Meaning = tr("126 — the length is in the next 2 bytes");
    else if (len7 == 127)
        len7Meaning = tr("127 — the length is in the next 8 bytes");
    else
        len7Meaning = tr("%1 — the length itself").arg(uint(len7));
    addField(lengthItem, tr("Length field (7 bits)"), len7Meaning, bitPicture(b1, 0x7F), 1, 1);
    if (extBytes > 0) {
        addField(lengthItem, lengthBits == 16 ? tr("Extended length (16 bits)") : tr("Extended length (64 bits)"),
                 tr("%1 (%2)").arg(locale.toString(length), bytesHex(raw, 2, extBytes)), QString(), 2, extBytes);
    }
    const bool minimal = !f.nonMinimalLength && lengthBits == FrameHeader::minimalLengthBits(length);
    addField(lengthItem, tr("Minimal encoding"),
             minimal ? tr("yes")
                     : tr("no — %1 fits a shorter encoding; RFC 6455 §5.2 requires the minimal number of bytes")
                               .arg(locale.toString(length)),
             QString(), 1, 1 + extBytes);
    lengthItem->setExpanded(true);

    if (f.masked) {
        addField(nullptr, tr("Masking key"),
                 tr("0x%1 (%2)").arg(f.maskKey, 8, 16, QLatin1Char('0')).arg(bytesHex(raw, 2 + extBytes, 4)),
                 QString(), 2 + extBytes, 4);
    } else {
        addField(nullptr, tr("Masking key"), tr("none (MASK is 0)"), QString(), 1, 1);
    }

    const int payloadBytes = int(std::min<quint64>(length, quint64(std::numeric_limits<int>::max())));
    QString note;
    switch (m_source) {
    case HeaderSource::Wire:
        // The decoded fields keep everything the header holds (the length encoding too), so
        // these bytes are the header exactly as it crossed the wire.
        note = tr("The header as the wire tap recorded it; %n payload byte(s) follow it.", nullptr, payloadBytes);
        break;
    case HeaderSource::TapOff:
        note = tr("Reconstructed: the wire tap was off for this connection, so this header is rebuilt from what Qt "
                  "reports. MASK, the masking key and the length encoding may differ from the wire; %n payload "
                  "byte(s) follow it.", nullptr, payloadBytes);
        break;
    case HeaderSource::Unknown:
        note = tr("Header rebuilt from the logged fields (whether the wire tap recorded this frame is unknown); "
                  "%n payload byte(s) follow it.", nullptr, payloadBytes);
        break;
    }
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
    m_hex->setSelection(current->data(0, FirstByteRole).toInt(), current->data(0, ByteCountRole).toInt());
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
