#include "widgets/session/composer.h"

#include "widgets/detail/statuscolors.h"
#include "widgets/session/closedialog.h"
#include "widgets/session/repeatcontrols.h"
#include "widgets/session/savedmessagesbar.h"
#include "widgets/session/sendhistory.h"
#include "core/session/repeatsender.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int ActionGroupSpacing = 8;

bool sendsEmptyBinary(Composer::Mode mode)
{
    return mode == Composer::Mode::Hex || mode == Composer::Mode::Base64;
}

QString emptyActionText(Composer::Mode mode)
{
    return sendsEmptyBinary(mode) ? Composer::tr("Send Empty Binary Message") : Composer::tr("Send Empty Text Message");
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_payload(new PayloadEditor(this))
    , m_saved(new SavedMessagesBar(this))
    , m_controls(new ControlFrameBar(this))
    , m_repeat(new RepeatControls(this))
    , m_history(new SendHistory(m_payload, this))
    , m_status(new QLabel(this))
    , m_repeatToggle(new QToolButton(this))
    , m_send(new QPushButton(this))
{
    setAcceptDrops(true);

    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_payload->modeBar());
    header->addStretch(1);
    header->addWidget(m_saved);
    setupLibraryActions();
    m_saved->menu()->addSeparator();
    m_sendEmptyAction = m_saved->menu()->addAction(QString(), this, &Composer::sendEmptyMessage);
    m_saved->menu()->addSeparator();
    m_dropAction = m_saved->menu()->addAction(QString(), this, [this] {
        if (m_state == SessionState::Open)
            emit dropRequested();
    });

    m_status->setTextFormat(Qt::PlainText);
    // Codec errors are a sentence long: wrapped onto a second line rather than cut off.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_repeatToggle->setCheckable(true);
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_payload->formatBar());
    actions->addSpacing(ActionGroupSpacing);
    actions->addWidget(m_controls);
    actions->addWidget(m_repeatToggle);
    actions->addSpacing(ActionGroupSpacing);
    actions->addWidget(m_send);

    // The repeat row is shown while Repeat is checked.
    m_repeat->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_payload, 1);
    layout->addLayout(actions);
    layout->addWidget(m_repeat);

    connect(m_payload, &PayloadEditor::validated, this, &Composer::updateState);
    connect(m_payload, &PayloadEditor::edited, this, [this] { m_sendError.clear(); });
    connect(m_payload, &PayloadEditor::fileRefused, this, [this](const QString &error) { setStatus(error, true); });
    connect(m_payload->frameForm(), &FrameSpecForm::tapRequested, this, &Composer::tapRequested);
    connect(m_saved, &SavedMessagesBar::loadRequested, this, &Composer::loadSaved);
    connect(m_saved, &SavedMessagesBar::saveCurrentRequested, this, [this](const QString &name) {
        QString error;
        if (!saveCurrent(name, &error))
            setStatus(error, true);
    });
    connect(m_saved, &SavedMessagesBar::problem, this, [this](const QString &error) { setStatus(error, true); });
    connect(m_saved, &SavedMessagesBar::changed, this, &Composer::savedMessagesChanged);
    connect(m_controls, &ControlFrameBar::pingRequested, this, [this](const QByteArray &payload) {
        m_sendError.clear();
        emit pingRequested(payload);
        updateState();
    });
    connect(m_controls, &ControlFrameBar::closeRequested, this, &Composer::closeRequested);
    connect(m_repeatToggle, &QToolButton::toggled, m_repeat, &QWidget::setVisible);
    connect(m_repeat->sender(), &RepeatSender::started, this, [this] { m_sendError.clear(); });
    connect(m_repeat, &RepeatControls::sendDue, this, &Composer::onRepeatDue);
    connect(m_repeat, &RepeatControls::startRefused, this, &Composer::reportSendError);
    connect(m_repeat, &RepeatControls::stopped, this, &Composer::updateState);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);

    // Window-wide within the visible tab: a hidden tab's shortcuts are inactive, so several tabs
    // do not make them ambiguous.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &Composer::send);
        m_shortcuts.append(shortcut);
    }
    auto *pingShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    connect(pingShortcut, &QShortcut::activated, this, &Composer::ping);
    m_shortcuts.append(pingShortcut);

    // Tab in reading order: modes, saved messages, editor, then the action row left to right.
    QList<QWidget *> order;
    for (QAbstractButton *button : m_payload->modeButtons())
        order << button;
    order << m_saved->combo() << m_saved->menuButton() << m_payload->editor() << m_payload->chooseFileButton()
          << m_payload->prettyButton() << m_payload->compactButton() << m_controls->pingPayloadEdit()
          << m_controls->pingButton() << m_controls->closeButton() << m_repeatToggle << m_send
          << m_repeat->intervalBox() << m_repeat->countBox() << m_repeat->startButton();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    retranslateUi();
    setMode(Mode::Text);
}

Composer::~Composer() = default;

// --- The parts, as the public API has always shown them --------------------------------------

void Composer::setMode(Mode mode) { m_payload->setMode(mode); }
Composer::Mode Composer::mode() const { return m_payload->mode(); }
void Composer::setText(const QString &text) { m_payload->setText(text); }
QString Composer::text() const { return m_payload->text(); }
bool Composer::loadFile(const QString &path, QString *error) { return m_payload->loadFile(path, error); }
QString Composer::fileName() const { return m_payload->fileName(); }
qint64 Composer::fileSize() const { return m_payload->fileSize(); }
bool Composer::isInputValid() const { return m_payload->isInputValid(); }
QString Composer::inputError() const { return m_payload->inputError(); }
bool Composer::isInputEmpty() const { return m_payload->isInputEmpty(); }
QPlainTextEdit *Composer::editor() const { return m_payload->editor(); }
QAbstractButton *Composer::modeButton(Mode mode) const { return m_payload->modeButton(mode); }
QToolButton *Composer::prettyButton() const { return m_payload->prettyButton(); }
QToolButton *Composer::compactButton() const { return m_payload->compactButton(); }
QLineEdit *Composer::pingPayloadEdit() const { return m_controls->pingPayloadEdit(); }
QToolButton *Composer::pingButton() const { return m_controls->pingButton(); }
QToolButton *Composer::closeButton() const { return m_controls->closeButton(); }
CloseDialog *Composer::closeDialog() const { return m_controls->closeDialog(); }
QSpinBox *Composer::repeatIntervalBox() const { return m_repeat->intervalBox(); }
QSpinBox *Composer::repeatCountBox() const { return m_repeat->countBox(); }
QPushButton *Composer::repeatStartButton() const { return m_repeat->startButton(); }
QLabel *Composer::repeatCounterLabel() const { return m_repeat->counterLabel(); }
RepeatSender *Composer::repeatSender() const { return m_repeat->sender(); }
QComboBox *Composer::savedCombo() const { return m_saved->combo(); }
QToolButton *Composer::savedMenuButton() const { return m_saved->menuButton(); }
void Composer::prettyPrint() { m_payload->prettyPrint(); }
void Composer::compactPrint() { m_payload->compactPrint(); }
void Composer::chooseFile() { m_payload->chooseFile(); }
void Composer::focusEditor() { m_payload->focusInput(); }
void Composer::ping() { m_controls->ping(); }
void Composer::openCloseDialog() { m_controls->openCloseDialog(); }
void Composer::stopRepeat() { m_repeat->stop(); }

void Composer::setShortcutsEnabled(bool enabled)
{
    for (QShortcut *shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(enabled);
}

// --- Sending -----------------------------------------------------------------------------------

void Composer::setSessionState(SessionState state)
{
    m_state = state;
    if (state != SessionState::Open)
        m_repeat->fail(tr("Repeat stopped: the connection is no longer open."));
    m_controls->setSessionState(state);
    updateState();
}

void Composer::setInjectContext(const FrameSpecClassifier::Context &context)
{
    m_payload->frameForm()->setContext(context);
}

void Composer::setFrameTapState(FrameSpecForm::TapState state)
{
    m_payload->frameForm()->setTapState(state);
    updateState();
}

QString Composer::sendBlockedReason() const
{
    if (!m_payload->isInputValid())
        return m_payload->inputError();
    if (mode() == Mode::Frame) {
        if (const QString why = m_payload->frameForm()->tapBlockedReason(); !why.isEmpty())
            return why;
        // RFC 6455 §5.5.1 ends sending after a Close; the workbench writes on ("Close and keep
        // sending") while the connection is up, and the verdict says it is a violation.
        if (m_state == SessionState::Closing)
            return {};
    }
    switch (m_state) {
    case SessionState::Open:
        if (m_payload->isInputEmpty())
            return tr("Type a message to send, or ⋯ → %1.").arg(emptyActionText(mode()));
        return {};
    case SessionState::Connecting:
    case SessionState::Handshaking:
        return tr("Not open yet: Send is available once the handshake has completed.");
    case SessionState::Closing:
        return tr("The connection is closing: no more messages can be sent (RFC 6455 §5.5.1).");
    case SessionState::Idle:
    case SessionState::Closed:
        break;
    }
    return tr("Not connected: connect first (Ctrl+Shift+C) to send.");
}

QString Composer::statusText() const
{
    return m_status->text();
}

void Composer::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    StatusColors::setColor(m_status, QPalette::WindowText, error ? StatusColors::bad(palette()) : QColor());
}

void Composer::updateState()
{
    const QString blocked = sendBlockedReason();
    const QString inputError = m_payload->inputError();
    m_send->setEnabled(blocked.isEmpty());
    m_send->setToolTip(blocked.isEmpty() ? tr("Send the message (Ctrl+Enter)") : blocked);
    if (!inputError.isEmpty())
        setStatus(inputError, true);
    else if (!m_sendError.isEmpty())
        setStatus(m_sendError, true);
    else if (!blocked.isEmpty())
        setStatus(tr("%1 · %2").arg(m_payload->inputInfo(), blocked), false);
    else
        setStatus(m_payload->inputInfo(), false);
    const bool file = mode() == Mode::File;
    const bool frame = mode() == Mode::Frame;
    m_saved->setSaveEnabled(!file && !frame, frame ? tr("Hand-made frames are not saved with a profile")
                                                   : tr("Files are not saved with a profile"));
    m_sendEmptyAction->setText(emptyActionText(mode()));
    m_sendEmptyAction->setEnabled(m_state == SessionState::Open && !m_repeat->isRunning() && !frame);
    m_dropAction->setEnabled(m_state == SessionState::Open);
    m_repeat->setBlockedReason(frame ? tr("Repeat sends messages; in Frame mode each Send writes the frames once.") : blocked);
    updateLibraryActions();
}

bool Composer::emitOutgoing(const PayloadEditor::Outgoing &out)
{
    m_sendFailed = false;
    if (out.isText)
        emit textMessageRequested(out.text);
    else if (!out.filePath.isEmpty())
        emit fileMessageRequested(out.filePath);
    else
        emit binaryMessageRequested(out.data);
    return !m_sendFailed;
}

void Composer::send()
{
    if (!m_send->isEnabled() || m_repeat->isRunning())
        return;
    if (mode() == Mode::Frame) {
        m_sendError.clear();
        m_sendFailed = false;
        emit framesRequested(m_payload->frameForm()->frames());
        updateState();
        return;
    }
    PayloadEditor::Outgoing out;
    QString error;
    if (!m_payload->buildOutgoing(&out, &error)) {
        m_payload->setInputError(error);
        return;
    }
    m_sendError.clear();
    if (emitOutgoing(out))
        m_history->record(mode(), m_payload->text());
    updateState();
}

void Composer::sendEmptyMessage()
{
    if (m_state != SessionState::Open || m_repeat->isRunning())
        return;
    m_sendError.clear();
    PayloadEditor::Outgoing out;
    out.isText = !sendsEmptyBinary(mode());
    emitOutgoing(out);
    updateState();
}

void Composer::reportSendError(const QString &error)
{
    m_sendFailed = true;
    m_sendError = error;
    m_repeat->fail(error);
    updateState();
}

void Composer::startRepeat()
{
    if (!sendBlockedReason().isEmpty() || m_repeat->isRunning())
        return;
    m_repeat->start();
}

void Composer::onRepeatDue()
{
    PayloadEditor::Outgoing out;
    QString error;
    // The input may have changed since the start: each send uses what is in the editor now.
    if (!m_payload->buildOutgoing(&out, &error)) {
        m_repeat->fail(error);
        return;
    }
    emitOutgoing(out);
}

// --- Saved messages ----------------------------------------------------------------------------

// --- Drag and drop -----------------------------------------------------------------------------

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        loadFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

// --- Language ----------------------------------------------------------------------------------

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateState(); // the error colours follow the theme
    QWidget::changeEvent(event);
}

void Composer::retranslateUi()
{
    m_repeatToggle->setText(tr("Repeat…"));
    m_repeatToggle->setToolTip(tr("Send the message every N ms, M times or until stopped"));
    m_send->setText(tr("Send  Ctrl+Enter"));
    m_send->setAccessibleName(tr("Send"));
    m_dropAction->setText(tr("Drop TCP Connection (no Close)"));
    m_dropAction->setToolTip(tr("Cut the TCP connection now without a closing handshake, to see how the server copes"));
    retranslateLibrary();
    updateState();
}
