#include "widgets/detail/payloadview.h"

#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"

#include "widgets/detail/hexview.h"
#include "widgets/detail/jsontreebuilder.h"
#include "widgets/detail/statuscolors.h"
#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/codecs/jsoncodec.h"
#include "core/codecs/textcodec.h"
#include "core/io/safefilewriter.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Page { TextPage, TreePage, HexPage };

// Cut at most `max` bytes without splitting a UTF-8 sequence (a lead byte and up to three
// continuation bytes, RFC 3629 §3).
qsizetype utf8Cut(const QByteArray &bytes, qsizetype max)
{
    if (bytes.size() <= max)
        return bytes.size();
    qsizetype n = max;
    for (int back = 0; back < 3 && n > 0 && (quint8(bytes[n]) & 0xC0) == 0x80; ++back)
        --n;
    return n;
}

QString dataSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return PayloadView::tr("%n byte(s)", nullptr, int(bytes));
    const bool whole = bytes % 1024 == 0 && (bytes < (1 << 20) || bytes % (1 << 20) == 0);
    return locale.formattedDataSize(bytes, whole ? 0 : 1);
}

bool looksLikeJsonContainer(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QToolButton *makeButton(QWidget *parent, bool checkable)
{
    auto *button = new QToolButton(parent);
    button->setCheckable(checkable);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

PayloadView::PayloadView(QWidget *parent)
    : QWidget(parent)
    , m_modeGroup(new QButtonGroup(this))
    , m_styleGroup(new QButtonGroup(this))
    , m_textButton(makeButton(this, true))
    , m_jsonButton(makeButton(this, true))
    , m_hexButton(makeButton(this, true))
    , m_jsonBar(new QWidget(this))
    , m_treeButton(makeButton(m_jsonBar, true))
    , m_prettyButton(makeButton(m_jsonBar, true))
    , m_compactButton(makeButton(m_jsonBar, true))
    , m_expandAll(makeButton(m_jsonBar, false))
    , m_collapseAll(makeButton(m_jsonBar, false))
    , m_copy(makeButton(this, false))
    , m_save(makeButton(this, false))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(m_stack))
    , m_tree(new QTreeWidget(m_stack))
    , m_hex(new HexView(m_stack))
{
    m_modeGroup->addButton(m_textButton, int(Mode::Text));
    m_modeGroup->addButton(m_jsonButton, int(Mode::Json));
    m_modeGroup->addButton(m_hexButton, int(Mode::Hex));
    m_styleGroup->addButton(m_treeButton, int(JsonStyle::Tree));
    m_styleGroup->addButton(m_prettyButton, int(JsonStyle::Pretty));
    m_styleGroup->addButton(m_compactButton, int(JsonStyle::Compact));

    auto *menu = new QMenu(m_copy);
    m_copyText = menu->addAction(QString());
    m_copyHex = menu->addAction(QString());
    m_copyBase64 = menu->addAction(QString());
    m_copy->setMenu(menu);
    m_copy->setPopupMode(QToolButton::InstantPopup);

    auto *jsonLayout = new QHBoxLayout(m_jsonBar);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->setSpacing(2);
    for (QToolButton *b : {m_treeButton, m_prettyButton, m_compactButton, m_expandAll, m_collapseAll})
        jsonLayout->addWidget(b);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(m_textButton);
    bar->addWidget(m_jsonButton);
    bar->addWidget(m_hexButton);
    bar->addSpacing(12);
    bar->addWidget(m_jsonBar);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);

    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setReadOnly(true);
    m_text->setFont(fixed);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_tree->setColumnCount(3);
    m_tree->setUniformRowHeights(true);
    m_tree->setFont(fixed);
    // Key and Value are fitted to what shows (fitTreeColumns), and Type takes the rest: the type
    // then sits right after the values instead of at the far edge of a wide pane.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_hex);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_styleGroup, &QButtonGroup::idClicked, this, [this](int id) { setJsonStyle(JsonStyle(id)); });
    // Deeper levels need wider columns; fit them whenever more of the tree shows.
    connect(m_tree, &QTreeWidget::itemExpanded, this, &PayloadView::fitTreeColumns);
    m_tree->viewport()->installEventFilter(this);
    connect(m_expandAll, &QToolButton::clicked, this, [this] {
        m_tree->expandAll();
        fitTreeColumns();
    });
    connect(m_collapseAll, &QToolButton::clicked, m_tree, &QTreeWidget::collapseAll);
    connect(m_copyText, &QAction::triggered, this, &PayloadView::copyAsText);
    connect(m_copyHex, &QAction::triggered, this, &PayloadView::copyAsHex);
    connect(m_copyBase64, &QAction::triggered, this, &PayloadView::copyAsBase64);
    connect(m_save, &QToolButton::clicked, this, &PayloadView::onSaveClicked);

    retranslateUi();
    render();
}

void PayloadView::setEvent(const Event &event)
{
    m_event = event;
    switch (event.kind) {
    case EventKind::Frame:
    case EventKind::Close:
        m_hasPayload = event.kind != EventKind::Close || event.dir != Direction::None || !event.payload.isEmpty();
        break;
    default:
        m_hasPayload = false;
        break;
    }
    // The last frame of a fragmented message speaks for the whole message (LogRules::messageOf).
    const LogRules::Message message = LogRules::messageOf(event);
    m_payload = !m_hasPayload ? QByteArray() : message.valid ? message.payload : event.payload;
    m_jsonState = JsonState::Unchecked;
    m_jsonError.clear();
    m_treeBuiltForPayload = false;
    m_tree->clear();
    m_hex->setData(m_payload);
    setStatus(QString(), false);

    // The most useful mode for this payload (RFC 6455 §5.6: opcode 1 is UTF-8 text, 2 binary).
    const quint8 opcode = message.valid ? message.opcode : event.frame.opcode;
    m_isTextFrame = opcode == FrameHeader::Text;
    Mode mode = Mode::Text;
    if (m_hasPayload && !m_payload.isEmpty()) {
        const bool binary = opcode == FrameHeader::Binary || opcode == FrameHeader::Close || event.kind == EventKind::Close;
        const QByteArrayView head(m_payload.constData(), utf8Cut(m_payload, MaxTextBytes));
        const bool utf8 = !TextCodec::validateUtf8(head).has_value();
        if (binary || !utf8) {
            mode = Mode::Hex;
        } else if (m_payload.size() <= MaxAutoJsonBytes && looksLikeJsonContainer(m_payload.left(64))) {
            checkJson();
            if (m_jsonState == JsonState::Valid)
                mode = Mode::Json;
        }
    }
    m_mode = mode;
    m_jsonStyle = JsonStyle::Tree;
    render();
}

void PayloadView::fitTreeColumns()
{
    // Each column as wide as what shows in it, but the key at most a third and the value at most
    // what is left after the Type column's own width: a long string is elided, never pushes Type
    // out of sight.
    QHeaderView *header = m_tree->header();
    const int available = qMax(m_tree->viewport()->width(), 200);
    m_tree->resizeColumnToContents(2);
    const int typeWidth = header->sectionSize(2) + 12;
    m_tree->resizeColumnToContents(0);
    const int keyWidth = qMin(header->sectionSize(0) + 12, available / 3);
    header->resizeSection(0, keyWidth);
    m_tree->resizeColumnToContents(1);
    const int valueWidth = qMin(header->sectionSize(1) + 24, qMax(available - keyWidth - typeWidth, available / 4));
    header->resizeSection(1, valueWidth);
}

bool PayloadView::eventFilter(QObject *watched, QEvent *event)
{
    // The tree's viewport gets its real width only once its page is laid out and shown: fit the
    // columns to that width, and again whenever the pane is resized.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize && m_treeBuiltForPayload)
        fitTreeColumns();
    return QWidget::eventFilter(watched, event);
}

void PayloadView::clear()
{
    setEvent(Event());
}

void PayloadView::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Json)
        checkJson();
    render();
}

void PayloadView::setJsonStyle(JsonStyle style)
{
    m_jsonStyle = style;
    if (m_mode != Mode::Json)
        setMode(Mode::Json);
    else
        render();
}

void PayloadView::checkJson()
{
    if (m_jsonState != JsonState::Unchecked)
        return;
    if (m_payload.size() > MaxJsonBytes) {
        m_jsonState = JsonState::TooLarge;
        return;
    }
    if (const auto error = JsonCodec::validate(m_payload)) {
        m_jsonState = JsonState::Invalid;
        m_jsonError = error->message;
        m_jsonErrorLine = error->line;
        m_jsonErrorColumn = error->column;
    } else {
        m_jsonState = JsonState::Valid;
    }
}

bool PayloadView::showText(const QByteArray &bytes, bool wholePayload)
{
    const qsizetype cut = utf8Cut(bytes, MaxTextBytes);
    QString text = QString::fromUtf8(bytes.constData(), cut);
    // Qt lays out a text block as one piece: a single 1 MiB line (compact JSON, a base64 blob)
    // takes seconds to minutes to wrap. Long lines are shown in blocks of LongLineChars; copy
    // and save still use the payload itself.
    bool broken = false;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != QLatin1Char('\n'))
            continue;
        if (i - lineStart > LongLineChars) {
            broken = true;
            break;
        }
        lineStart = i + 1;
    }
    if (broken) {
        QString split;
        split.reserve(text.size() + text.size() / LongLineChars + 1);
        qsizetype run = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n')) {
                run = 0;
            } else if (run >= LongLineChars && !c.isLowSurrogate()) {
                split += QLatin1Char('\n');
                run = 0;
            }
            split += c;
            ++run;
        }
        text = split;
    }
    m_text->setPlainText(text);
    if (cut < bytes.size()) {
        m_extraNote = wholePayload ? tr("Showing the first %1 of %2; the Hex view shows all of it.")
                                            .arg(dataSize(cut), dataSize(bytes.size()))
                                  : tr("Showing the first %1 of %2.").arg(dataSize(cut), dataSize(bytes.size()));
    }
    if (broken) {
        m_extraNote += (m_extraNote.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("Lines longer than %1 characters are shown in pieces.").arg(QLocale().toString(LongLineChars));
    }
    return broken;
}

void PayloadView::render()
{
    m_text->setExtraSelections({});
    QStringList notes;
    m_extraNote.clear();
    const QLocale locale;

    for (QAbstractButton *b : m_modeGroup->buttons())
        b->setEnabled(m_hasPayload);
    m_copy->setEnabled(m_hasPayload);
    m_save->setEnabled(m_hasPayload);
    m_modeGroup->button(int(m_mode))->setChecked(true);
    m_styleGroup->button(int(m_jsonStyle))->setChecked(true);
    m_jsonBar->setVisible(m_hasPayload && m_mode == Mode::Json);

    if (!m_hasPayload) {
        m_text->clear();
        m_stack->setCurrentIndex(TextPage);
        if (m_event.seq == 0) // nothing selected (the event log numbers rows from 1)
            notes << tr("Select a row in the log to see its payload here; the Frame, Handshake and Close "
                        "tabs show its frame header and the connection's opening and closing.");
        else if (m_event.detail && !m_event.detail->text.isEmpty())
            notes << tr("This row carries no payload: %1").arg(m_event.detail->text);
        else if (m_event.kind == EventKind::HandshakeRequest || m_event.kind == EventKind::HandshakeResponse)
            notes << tr("This row carries no payload; the Handshake tab shows it.");
        else
            notes << tr("This row carries no payload.");
        m_note->setText(notes.join(QLatin1Char(' ')));
        return;
    }

    if (m_event.length > quint64(m_payload.size()))
        notes << tr("The log kept %1 of the %2 payload.").arg(dataSize(m_payload.size()), dataSize(qint64(m_event.length)));
    if (m_payload.isEmpty())
        notes << tr("The payload is empty.");

    bool jsonTextFallback = false;
    if (m_mode == Mode::Json) {
        if (m_jsonState == JsonState::Invalid) {
            notes << tr("Not valid JSON, shown as text. %1").arg(m_jsonError);
            jsonTextFallback = true;
        } else if (m_jsonState == JsonState::TooLarge) {
            notes << tr("Too large for the JSON view (over %1), shown as text.").arg(dataSize(MaxJsonBytes));
            jsonTextFallback = true;
        }
    }
    const bool treeUsable = m_mode == Mode::Json && !jsonTextFallback && m_jsonStyle == JsonStyle::Tree;
    m_expandAll->setEnabled(treeUsable);
    m_collapseAll->setEnabled(treeUsable);
    for (QToolButton *b : {m_treeButton, m_prettyButton, m_compactButton})
        b->setEnabled(!jsonTextFallback);

    if (m_mode == Mode::Hex) {
        m_stack->setCurrentIndex(HexPage);
        notes << tr("%1 in %n line(s) of 16 bytes.", nullptr, int(std::min<qint64>(m_hex->lineCount(), INT_MAX)))
                         .arg(dataSize(m_payload.size()));
    } else if (treeUsable) {
        if (!m_treeBuiltForPayload) {
            const JsonTreeBuilder::Result r = JsonTreeBuilder::build(m_payload, m_tree, MaxTreeNodes);
            m_treeBuiltForPayload = true;
            m_treeTruncated = r.truncated;
            fitTreeColumns();
        }
        m_stack->setCurrentIndex(TreePage);
        if (m_treeTruncated)
            m_extraNote = tr("The tree shows the first %1 values; Pretty or Hex show the rest.")
                                  .arg(locale.toString(MaxTreeNodes));
    } else {
        m_stack->setCurrentIndex(TextPage);
        if (m_mode == Mode::Json && !jsonTextFallback) {
            const QByteArray formatted = m_jsonStyle == JsonStyle::Pretty ? JsonCodec::pretty(m_payload)
                                                                          : JsonCodec::compact(m_payload);
            showText(formatted, false);
        } else {
            const bool broken = showText(m_payload, true);
            const QByteArrayView shown(m_payload.constData(), utf8Cut(m_payload, MaxTextBytes));
            if (const auto bad = TextCodec::validateUtf8(shown))
                notes << tr("Not valid UTF-8 (%1); invalid bytes show as \uFFFD.").arg(bad->message);
            if (m_jsonState == JsonState::Invalid && jsonTextFallback && m_jsonErrorLine > 0 && !broken) {
                // Put the cursor on the error so it is one glance away.
                const QTextBlock block = m_text->document()->findBlockByNumber(m_jsonErrorLine - 1);
                if (block.isValid()) {
                    QTextCursor cursor(block);
                    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                        std::min(m_jsonErrorColumn - 1, block.length() - 1));
                    m_text->setTextCursor(cursor);
                    m_text->centerCursor();
                    QTextEdit::ExtraSelection mark;
                    mark.cursor = cursor;
                    mark.cursor.clearSelection();
                    QColor bad = StatusColors::bad(palette());
                    bad.setAlpha(60);
                    mark.format.setBackground(bad);
                    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
                    m_text->setExtraSelections({mark});
                }
            }
        }
    }
    if (!m_extraNote.isEmpty())
        notes << m_extraNote;
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

void PayloadView::copyAsText() const
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_payload));
}

void PayloadView::copyAsHex() const
{
    QGuiApplication::clipboard()->setText(HexCodec::encode(m_payload));
}

void PayloadView::copyAsBase64() const
{
    QGuiApplication::clipboard()->setText(Base64Codec::encode(m_payload));
}

bool PayloadView::saveToFile(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        setStatus(message, true);
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("No file name was given."));
    // SafeFileWriter: a full disk is reported here and never leaves a truncated file behind.
    SafeFileWriter file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_payload) != m_payload.size() || !file.commit())
        return fail(tr("Could not save to %1: %2").arg(QDir::toNativeSeparators(path), file.failureReason()));
    setStatus(tr("Saved %1 to %2.").arg(dataSize(m_payload.size()), QDir::toNativeSeparators(path)), false);
    return true;
}

void PayloadView::onSaveClicked()
{
    const QString suggested = m_event.seq > 0 ? tr("payload-%1.bin").arg(m_event.seq) : tr("payload.bin");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save payload"), suggested);
    if (!path.isEmpty())
        saveToFile(path);
}

void PayloadView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    StatusColors::setColor(m_status, QPalette::WindowText, error ? StatusColors::bad(palette()) : QColor());
}

QString PayloadView::noteText() const { return m_note->text(); }
QString PayloadView::statusText() const { return m_status->text(); }

QString PayloadView::displayedText() const
{
    return m_stack->currentIndex() == TextPage ? m_text->toPlainText() : QString();
}

QToolButton *PayloadView::modeButton(Mode mode) const
{
    return qobject_cast<QToolButton *>(m_modeGroup->button(int(mode)));
}

QToolButton *PayloadView::jsonStyleButton(JsonStyle style) const
{
    return qobject_cast<QToolButton *>(m_styleGroup->button(int(style)));
}

void PayloadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_treeBuiltForPayload = false; // type names in the tree are translated
        render();
    }
    QWidget::changeEvent(event);
}

void PayloadView::retranslateUi()
{
    m_textButton->setText(tr("Text"));
    m_textButton->setToolTip(tr("Show the payload as UTF-8 text"));
    m_jsonButton->setText(tr("JSON"));
    m_jsonButton->setToolTip(tr("Show the payload as JSON"));
    m_hexButton->setText(tr("Hex"));
    m_hexButton->setToolTip(tr("Show every byte in hexadecimal"));
    m_treeButton->setText(tr("Tree"));
    m_treeButton->setToolTip(tr("JSON as a tree of members and elements"));
    m_prettyButton->setText(tr("Pretty"));
    m_prettyButton->setToolTip(tr("JSON indented, one member per line"));
    m_compactButton->setText(tr("Compact"));
    m_compactButton->setToolTip(tr("JSON without whitespace"));
    m_expandAll->setText(tr("Expand all"));
    m_expandAll->setToolTip(tr("Expand every node of the JSON tree"));
    m_collapseAll->setText(tr("Collapse all"));
    m_collapseAll->setToolTip(tr("Collapse every node of the JSON tree"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the whole payload as text, hex or Base64"));
    m_copy->setAccessibleName(tr("Copy payload"));
    m_copyText->setText(tr("Copy as text"));
    m_copyHex->setText(tr("Copy as hex"));
    m_copyBase64->setText(tr("Copy as Base64"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the raw payload bytes to a file"));
    m_save->setAccessibleName(tr("Save payload to file"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value"), tr("Type")});
    m_tree->setAccessibleName(tr("JSON tree"));
    m_text->setAccessibleName(tr("Payload text"));
    m_hex->setAccessibleName(tr("Payload bytes"));
}
