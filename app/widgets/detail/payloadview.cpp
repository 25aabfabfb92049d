#include "widgets/detail/payloadview.h"

#include "core/codecs/jsoncodec.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "widgets/detail/hexview.h"
#include "widgets/detail/jsontreemodel.h"
#include "widgets/detail/jsontreeview.h"
#include "widgets/detail/payloadactions.h"
#include "widgets/detail/payloadtextview.h"
#include "widgets/detail/statuscolors.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace {

enum Page { TextPage, TreePage, HexPage };

} // namespace

QString PayloadView::dataSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return PayloadView::tr("%n byte(s)", nullptr, int(bytes));
    const bool whole = bytes % 1024 == 0 && (bytes < (1 << 20) || bytes % (1 << 20) == 0);
    return locale.formattedDataSize(bytes, whole ? 0 : 1);
}

namespace {

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
    , m_actions(new PayloadActions(this))
    , m_kind(new QLabel(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new PayloadTextView(MaxTextBytes, LongLineChars, m_stack))
    , m_tree(new JsonTreeView(m_stack))
    , m_hex(new HexView(m_stack))
{
    m_modeGroup->addButton(m_textButton, int(Mode::Text));
    m_modeGroup->addButton(m_jsonButton, int(Mode::Json));
    m_modeGroup->addButton(m_hexButton, int(Mode::Hex));
    m_styleGroup->addButton(m_treeButton, int(JsonStyle::Tree));
    m_styleGroup->addButton(m_prettyButton, int(JsonStyle::Pretty));
    m_styleGroup->addButton(m_compactButton, int(JsonStyle::Compact));

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
    bar->addWidget(m_actions->copyButton());
    bar->addWidget(m_actions->saveButton());

    for (QLabel *label : {m_kind, m_note, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_status->setVisible(false);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_hex);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_kind);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_styleGroup, &QButtonGroup::idClicked, this, [this](int id) { setJsonStyle(JsonStyle(id)); });
    connect(m_expandAll, &QToolButton::clicked, this, &PayloadView::expandAll);
    connect(m_collapseAll, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(m_actions, &PayloadActions::statusChanged, this, &PayloadView::setStatus);

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
    m_actions->setPayload(m_payload, event.seq);
    m_jsonTree = JsonTree();
    m_treeBuiltForPayload = false;
    m_expandNote.clear();
    m_tree->clearTree();
    m_hex->setData(m_payload);
    setStatus(QString(), false);

    // What the payload is, and so the most useful mode, is the classifier's (RFC 6455 §5.6:
    // opcode 1 is UTF-8 text, 2 binary; a Close payload is a code and a reason).
    const quint8 opcode = event.kind == EventKind::Close ? quint8(FrameHeader::Close)
                          : message.valid               ? message.opcode
                                                        : event.frame.opcode;
    m_opcode = opcode;
    m_complete = m_event.length <= quint64(m_payload.size());
    m_class = m_hasPayload ? PayloadClassifier::classify(opcode, m_payload, m_complete) : PayloadClassifier::Result();
    m_jsonError = m_class.jsonError;
    m_jsonState = m_class.kind == PayloadClassifier::Kind::Json ? JsonState::Valid
                  : m_jsonError                                 ? JsonState::Invalid
                  : m_payload.size() > MaxJsonBytes             ? JsonState::TooLarge
                                                                : JsonState::Unchecked;
    switch (m_class.kind) {
    case PayloadClassifier::Kind::Binary: m_mode = Mode::Hex; break;
    case PayloadClassifier::Kind::Json: m_mode = m_payload.size() <= MaxAutoJsonBytes ? Mode::Json : Mode::Text; break;
    case PayloadClassifier::Kind::Empty:
    case PayloadClassifier::Kind::Text: m_mode = Mode::Text; break;
    }
    m_jsonStyle = JsonStyle::Tree;
    render();
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
    // The classifier read JSON only where it looks like a document (an object or an array); asked
    // for JSON anyway, the tree's own build says whether it is one (a scalar is valid JSON).
    if (m_jsonState != JsonState::Unchecked && m_jsonState != JsonState::Valid)
        return;
    if (m_treeBuiltForPayload)
        return;
    JsonTree::Options options;
    options.maxDepth = JsonTreeModel::FetchDepth;
    options.maxNodes = JsonTreeModel::MaxChildRows + 1;
    m_jsonTree = JsonTree::build(m_payload, options);
    m_treeBuiltForPayload = true;
    if (m_jsonTree.isValid()) {
        m_jsonState = JsonState::Valid;
    } else {
        m_jsonState = JsonState::Invalid;
        m_jsonError = m_jsonTree.error();
    }
}

void PayloadView::expandAll()
{
    bool more = false;
    const int opened = m_tree->expandAllBounded(&more);
    m_expandNote = more ? tr("Expand all opened the first %1 nodes; open the others one by one.")
                                  .arg(QLocale().toString(opened))
                        : QString();
    render();
}

bool PayloadView::showText(const QByteArray &bytes, bool wholePayload)
{
    const PayloadTextView::Shown shown = m_text->showUtf8(bytes);
    m_extraNote = PayloadTextView::describe(shown, bytes.size(), wholePayload, LongLineChars);
    return shown.linesBroken;
}

void PayloadView::render()
{
    m_text->clearMarks();
    QStringList notes;
    m_extraNote.clear();

    for (QAbstractButton *b : m_modeGroup->buttons())
        b->setEnabled(m_hasPayload);
    m_actions->setEnabled(m_hasPayload);
    m_modeGroup->button(int(m_mode))->setChecked(true);
    m_styleGroup->button(int(m_jsonStyle))->setChecked(true);
    m_jsonBar->setVisible(m_hasPayload && m_mode == Mode::Json);
    m_kind->setText(classificationText());
    m_kind->setVisible(m_hasPayload);

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
        m_note->setVisible(true);
        return;
    }

    if (m_event.length > quint64(m_payload.size()))
        notes << tr("The log kept %1 of the %2 payload.").arg(dataSize(m_payload.size()), dataSize(qint64(m_event.length)));
    if (m_payload.isEmpty())
        notes << tr("The payload is empty.");

    bool jsonTextFallback = false;
    if (m_mode == Mode::Json) {
        if (m_jsonState == JsonState::Invalid) {
            notes << tr("Not valid JSON, shown as text. %1").arg(m_jsonError ? m_jsonError->message : QString());
            jsonTextFallback = true;
        } else if (m_jsonState == JsonState::TooLarge) {
            notes << tr("Too large for the JSON view (over %1), shown as text.").arg(dataSize(MaxJsonBytes));
            jsonTextFallback = true;
        }
    } else if (m_class.kind == PayloadClassifier::Kind::Json && m_mode == Mode::Text) {
        notes << tr("Over %1 of JSON opens as text; JSON shows it as a tree.").arg(dataSize(MaxAutoJsonBytes));
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
        renderTree();
    } else {
        renderText(&notes, jsonTextFallback);
    }
    if (!m_extraNote.isEmpty())
        notes << m_extraNote;
    if (treeUsable && !m_expandNote.isEmpty())
        notes << m_expandNote;
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

void PayloadView::renderTree()
{
    checkJson();
    if (m_tree->jsonModel()->isEmpty())
        m_tree->setTree(m_jsonTree);
    m_stack->setCurrentIndex(TreePage);
}

void PayloadView::renderText(QStringList *notes, bool jsonTextFallback)
{
    m_stack->setCurrentIndex(TextPage);
    if (m_mode == Mode::Json && !jsonTextFallback) {
        const QByteArray formatted = m_jsonStyle == JsonStyle::Pretty ? JsonCodec::pretty(m_payload)
                                                                      : JsonCodec::compact(m_payload);
        showText(formatted, false);
        return;
    }
    const bool broken = showText(m_payload, true);
    if (m_class.utf8Error)
        *notes << tr("Not valid UTF-8 (%1); invalid bytes show as \uFFFD.").arg(m_class.utf8Error->message);
    if (m_jsonState == JsonState::Invalid && jsonTextFallback && m_jsonError && m_jsonError->line > 0 && !broken) {
        // Put the cursor on the error so it is one glance away.
        QColor bad = StatusColors::bad(palette());
        constexpr int MarkAlpha = 60;
        bad.setAlpha(MarkAlpha);
        m_text->markPosition(m_jsonError->line, m_jsonError->column, bad);
    }
}

void PayloadView::copyAsText() const { m_actions->copyAsText(); }
void PayloadView::copyAsHex() const { m_actions->copyAsHex(); }
void PayloadView::copyAsBase64() const { m_actions->copyAsBase64(); }

bool PayloadView::saveToFile(const QString &path, QString *error)
{
    return m_actions->saveToFile(path, error);
}

void PayloadView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    StatusColors::setColor(m_status, QPalette::WindowText, error ? StatusColors::bad(palette()) : QColor());
}

QString PayloadView::noteText() const { return m_note->text(); }
QString PayloadView::statusText() const { return m_status->text(); }

QString PayloadView::classificationText() const
{
    if (!m_hasPayload)
        return QString();
    return tr("Detected: %1 — %2").arg(PayloadClassifier::kindName(m_class.kind), m_class.reason);
}

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

QToolButton *PayloadView::copyButton() const { return m_actions->copyButton(); }
QToolButton *PayloadView::saveButton() const { return m_actions->saveButton(); }

void PayloadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_tree->jsonModel()->isEmpty())
            m_tree->retranslate(); // type names in the tree are translated
        if (m_hasPayload) // its reason is translated
            m_class = PayloadClassifier::classify(m_opcode, m_payload, m_complete);
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
    m_expandAll->setToolTip(tr("Expand the nodes of the JSON tree, up to %1 of them")
                                    .arg(QLocale().toString(JsonTreeView::MaxExpandAll)));
    m_collapseAll->setText(tr("Collapse all"));
    m_collapseAll->setToolTip(tr("Collapse every node of the JSON tree"));
    m_actions->retranslateUi();
    m_tree->setAccessibleName(tr("JSON tree"));
    m_text->setAccessibleName(tr("Payload text"));
    m_hex->setAccessibleName(tr("Payload bytes"));
}
