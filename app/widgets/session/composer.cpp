#include "widgets/session/composer.h"

#include "widgets/session/closedialog.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/codecs/jsoncodec.h"
#include "core/codecs/textcodec.h"
#include "widgets/detail/statuscolors.h"
#include "core/profiles/profilestore.h"
#include "core/session/repeatsender.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Validating a few kilobytes per keystroke is free; a pasted megabyte waits until typing pauses.
constexpr qsizetype ImmediateValidationChars = 64 * 1024;
constexpr int DeferredValidationMs = 150;

SavedMessage::Mode toSavedMode(Composer::Mode mode)
{
    switch (mode) {
    case Composer::Mode::Json:
        return SavedMessage::Mode::Json;
    case Composer::Mode::Hex:
        return SavedMessage::Mode::Hex;
    case Composer::Mode::Base64:
        return SavedMessage::Mode::Base64;
    case Composer::Mode::Text:
    case Composer::Mode::File:
        break;
    }
    return SavedMessage::Mode::Text;
}

Composer::Mode fromSavedMode(SavedMessage::Mode mode)
{
    switch (mode) {
    case SavedMessage::Mode::Json:
        return Composer::Mode::Json;
    case SavedMessage::Mode::Hex:
        return Composer::Mode::Hex;
    case SavedMessage::Mode::Base64:
        return Composer::Mode::Base64;
    case SavedMessage::Mode::Text:
        break;
    }
    return Composer::Mode::Text;
}

bool sendsEmptyBinary(Composer::Mode mode)
{
    return mode == Composer::Mode::Hex || mode == Composer::Mode::Base64;
}

QString emptyActionText(Composer::Mode mode)
{
    return sendsEmptyBinary(mode) ? Composer::tr("Send Empty Binary Message") : Composer::tr("Send Empty Text Message");
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_modeGroup(new QButtonGroup(this))
    , m_savedLabel(new QLabel(this))
    , m_savedCombo(new QComboBox(this))
    , m_savedMenu(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_filePage(new QWidget(this))
    , m_fileLabel(new QLabel(m_filePage))
    , m_chooseFile(new QPushButton(m_filePage))
    , m_status(new QLabel(this))
    , m_pretty(new QToolButton(this))
    , m_compact(new QToolButton(this))
    , m_pingPayload(new QLineEdit(this))
    , m_ping(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_repeat(new QToolButton(this))
    , m_send(new QPushButton(this))
    , m_repeatRow(new QWidget(this))
    , m_repeatEveryLabel(new QLabel(m_repeatRow))
    , m_repeatInterval(new QSpinBox(m_repeatRow))
    , m_repeatCount(new QSpinBox(m_repeatRow))
    , m_repeatStart(new QPushButton(m_repeatRow))
    , m_repeatCounter(new QLabel(m_repeatRow))
    , m_validateTimer(new QTimer(this))
    , m_repeater(new RepeatSender(this))
{
    setAcceptDrops(true);

    // Mode buttons, a segmented row like the detail pane's.
    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    for (int i = 0; i <= int(Mode::File); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_modeGroup->addButton(button, i);
        m_modeButtons.append(button);
        header->addWidget(button);
    }
    m_modeButtons.first()->setChecked(true);
    header->addStretch(1);
    header->addWidget(m_savedLabel);
    m_savedLabel->setBuddy(m_savedCombo);
    m_savedCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_savedCombo->setMinimumContentsLength(12);
    header->addWidget(m_savedCombo);
    m_savedMenu->setPopupMode(QToolButton::InstantPopup);
    m_savedMenu->setText(QStringLiteral("⋯"));
    auto *savedMenu = new QMenu(m_savedMenu);
    m_saveAction = savedMenu->addAction(QString(), this, &Composer::askSaveCurrent);
    m_renameAction = savedMenu->addAction(QString(), this, &Composer::askRenameSaved);
    m_deleteAction = savedMenu->addAction(QString(), this, &Composer::askDeleteSaved);
    savedMenu->addSeparator();
    m_sendEmptyAction = savedMenu->addAction(QString(), this, &Composer::sendEmptyMessage);
    m_savedMenu->setMenu(savedMenu);
    header->addWidget(m_savedMenu);

    // Editor and file page.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(fixed);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(QFontMetrics(fixed).lineSpacing() * 3 + 12);
    m_editor->setAcceptDrops(false); // the composer takes file drops
    auto *fileLayout = new QHBoxLayout(m_filePage);
    fileLayout->addWidget(m_fileLabel, 1);
    fileLayout->addWidget(m_chooseFile);
    m_fileLabel->setWordWrap(true);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_filePage);

    // Status and actions.
    m_status->setTextFormat(Qt::PlainText);
    // Codec errors are a sentence long: wrapped onto a second line rather than cut off.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pingPayload->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20);
    m_pingPayload->setClearButtonEnabled(true);
    m_repeat->setCheckable(true);
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_pretty);
    actions->addWidget(m_compact);
    actions->addSpacing(8);
    actions->addWidget(m_pingPayload);
    actions->addWidget(m_ping);
    actions->addWidget(m_close);
    actions->addWidget(m_repeat);
    actions->addSpacing(8);
    actions->addWidget(m_send);

    // Repeat row, shown while Repeat is checked.
    m_repeatInterval->setRange(RepeatSender::MinIntervalMs, RepeatSender::MaxIntervalMs);
    m_repeatInterval->setValue(1000);
    m_repeatInterval->setAccelerated(true);
    m_repeatCount->setRange(0, 1000000);
    m_repeatCount->setValue(10);
    auto *repeatLayout = new QHBoxLayout(m_repeatRow);
    repeatLayout->setContentsMargins(0, 0, 0, 0);
    repeatLayout->addWidget(m_repeatEveryLabel);
    repeatLayout->addWidget(m_repeatInterval);
    repeatLayout->addWidget(m_repeatCount);
    repeatLayout->addWidget(m_repeatStart);
    repeatLayout->addWidget(m_repeatCounter);
    repeatLayout->addStretch(1);
    m_repeatRow->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);
    layout->addWidget(m_repeatRow);

    m_validateTimer->setSingleShot(true);
    connect(m_validateTimer, &QTimer::timeout, this, &Composer::validateInput);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::scheduleValidation);
    connect(m_chooseFile, &QPushButton::clicked, this, &Composer::chooseFile);
    connect(m_pretty, &QToolButton::clicked, this, &Composer::prettyPrint);
    connect(m_compact, &QToolButton::clicked, this, &Composer::compactPrint);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_ping, &QToolButton::clicked, this, &Composer::ping);
    connect(m_pingPayload, &QLineEdit::textChanged, this, &Composer::updatePingState);
    connect(m_pingPayload, &QLineEdit::returnPressed, this, &Composer::ping);
    connect(m_close, &QToolButton::clicked, this, &Composer::openCloseDialog);
    connect(m_repeat, &QToolButton::toggled, m_repeatRow, &QWidget::setVisible);
    connect(m_repeatStart, &QPushButton::clicked, this, [this] {
        if (m_repeater->isRunning())
            stopRepeat();
        else
            startRepeat();
    });
    connect(m_savedCombo, &QComboBox::activated, this, &Composer::onSavedActivated);
    connect(m_repeater, &RepeatSender::sendDue, this, &Composer::onRepeatDue);
    connect(m_repeater, &RepeatSender::progressChanged, this, &Composer::onRepeatProgress);
    connect(m_repeater, &RepeatSender::stopped, this, &Composer::onRepeatStopped);

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

    // Tab in reading order (the members were created before the mode buttons, which would put
    // the buttons last): modes, saved messages, editor, then the action row left to right.
    QList<QWidget *> order(m_modeButtons.cbegin(), m_modeButtons.cend());
    order << m_savedCombo << m_savedMenu << m_editor << m_chooseFile << m_pretty << m_compact << m_pingPayload << m_ping
          << m_close << m_repeat << m_send << m_repeatInterval << m_repeatCount << m_repeatStart;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    retranslateUi();
    refreshSavedCombo();
    setMode(Mode::Text);
}

Composer::~Composer() = default;

CloseDialog *Composer::closeDialog() const
{
    return m_closeDialog.data();
}

QAbstractButton *Composer::modeButton(Mode mode) const
{
    return m_modeGroup->button(int(mode));
}

void Composer::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *button = modeButton(mode); button && !button->isChecked())
        button->setChecked(true);
    m_stack->setCurrentWidget(mode == Mode::File ? m_filePage : static_cast<QWidget *>(m_editor));
    m_pretty->setVisible(mode == Mode::Json);
    m_compact->setVisible(mode == Mode::Json);
    switch (mode) {
    case Mode::Text:
        m_editor->setPlaceholderText(tr("Text message (UTF-8)"));
        break;
    case Mode::Json:
        m_editor->setPlaceholderText(tr("JSON, e.g. {\"op\": \"ping\"}"));
        break;
    case Mode::Hex:
        m_editor->setPlaceholderText(tr("Hex bytes, e.g. 48 65 6c 6c 6f or 0x48,0x65"));
        break;
    case Mode::Base64:
        m_editor->setPlaceholderText(tr("Base64, standard or URL-safe alphabet"));
        break;
    case Mode::File:
        break;
    }
    validateInput();
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
    validateInput();
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

bool Composer::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    QString why;
    if (!info.exists())
        why = tr("The file \"%1\" does not exist.").arg(info.fileName());
    else if (info.isDir())
        why = tr("\"%1\" is a folder; choose a file.").arg(info.fileName());
    else if (info.size() > MaxFileBytes)
        why = tr("\"%1\" is %2; files up to %3 can be sent.").arg(info.fileName(), sizeText(info.size()), sizeText(MaxFileBytes));
    else if (!file.open(QIODevice::ReadOnly))
        why = tr("Cannot read \"%1\": %2").arg(info.fileName(), file.errorString());
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        setMode(Mode::File);
        setStatus(why, true);
        return false;
    }
    m_fileData = file.readAll();
    m_fileName = info.fileName();
    setMode(Mode::File);
    return true;
}

void Composer::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file to send"));
    if (!path.isEmpty())
        loadFile(path);
}

void Composer::setShortcutsEnabled(bool enabled)
{
    for (QShortcut *shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(enabled);
}

void Composer::setSessionState(SessionState state)
{
    m_state = state;
    if (state != SessionState::Open)
        m_repeater->fail(tr("Repeat stopped: the connection is no longer open."));
    updateState();
}

void Composer::scheduleValidation()
{
    m_sendError.clear();
    if (m_editor->document()->characterCount() <= ImmediateValidationChars)
        validateInput();
    else
        m_validateTimer->start(DeferredValidationMs);
}

void Composer::validateInput()
{
    m_validateTimer->stop();
    Outgoing out;
    QString error;
    m_inputEmpty = (m_mode == Mode::Text || m_mode == Mode::Hex || m_mode == Mode::Base64) && m_editor->document()->isEmpty();
    if (buildOutgoing(&out, &error)) {
        m_inputError.clear();
        const qint64 bytes = out.isText ? out.text.toUtf8().size() : out.data.size();
        switch (m_mode) {
        case Mode::Text:
            m_inputInfo = tr("Text · %1 in UTF-8").arg(sizeText(bytes));
            break;
        case Mode::Json:
            m_inputInfo = tr("✓ valid JSON · %1").arg(sizeText(bytes));
            break;
        case Mode::Hex:
        case Mode::Base64:
            m_inputInfo = tr("✓ binary · %1").arg(sizeText(bytes));
            break;
        case Mode::File:
            m_inputInfo = tr("%1 · %2 (sent as one binary message)").arg(m_fileName, sizeText(bytes));
            break;
        }
    } else {
        m_inputError = error;
        m_inputInfo.clear();
    }
    if (m_mode == Mode::File) {
        m_fileLabel->setText(m_fileName.isEmpty() ? tr("Drop a file here or choose one; it is sent as one binary message.")
                                                  : tr("%1 · %2").arg(m_fileName, sizeText(m_fileData.size())));
    }
    updateState();
}

bool Composer::buildOutgoing(Outgoing *out, QString *error) const
{
    const QString input = m_editor->toPlainText();
    CodecError codecError;
    switch (m_mode) {
    case Mode::Text: {
        // A lone surrogate has no UTF-8 form (RFC 3629 §3); Qt would silently replace it.
        if (!QStringView(input).isValidUtf16()) {
            for (qsizetype i = 0; i < input.size(); ++i) {
                const QChar c = input.at(i);
                const bool paired = (c.isHighSurrogate() && i + 1 < input.size() && input.at(i + 1).isLowSurrogate());
                if (paired) {
                    ++i;
                    continue;
                }
                if (c.isSurrogate()) {
                    *error = TextCodec::errorAt(input, i, tr("a lone surrogate (U+%1) cannot be encoded as UTF-8.")
                                                                  .arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper())
                                     .message;
                    return false;
                }
            }
        }
        out->isText = true;
        out->text = input;
        return true;
    }
    case Mode::Json: {
        const QByteArray utf8 = input.toUtf8();
        if (input.trimmed().isEmpty()) {
            *error = tr("Enter a JSON value, e.g. {\"op\": \"ping\"}.");
            return false;
        }
        if (const std::optional<CodecError> invalid = JsonCodec::validate(utf8)) {
            *error = invalid->message;
            return false;
        }
        out->isText = true;
        out->text = input;
        return true;
    }
    case Mode::Hex:
        if (const std::optional<QByteArray> bytes = HexCodec::decode(input, &codecError)) {
            out->isText = false;
            out->data = *bytes;
            return true;
        }
        *error = codecError.message;
        return false;
    case Mode::Base64:
        if (const std::optional<QByteArray> bytes = Base64Codec::decode(input, &codecError)) {
            out->isText = false;
            out->data = *bytes;
            return true;
        }
        *error = codecError.message;
        return false;
    case Mode::File:
        if (m_fileName.isEmpty()) {
            *error = tr("No file chosen: drop a file here or click Choose file…");
            return false;
        }
        out->isText = false;
        out->data = m_fileData;
        return true;
    }
    return false;
}

QString Composer::sendBlockedReason() const
{
    if (!m_inputError.isEmpty())
        return m_inputError;
    switch (m_state) {
    case SessionState::Open:
        if (m_inputEmpty)
            return tr("Type a message to send, or ⋯ → %1.").arg(emptyActionText(m_mode));
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
    m_send->setEnabled(blocked.isEmpty());
    m_send->setToolTip(blocked.isEmpty() ? tr("Send the message (Ctrl+Enter)") : blocked);
    if (!m_inputError.isEmpty())
        setStatus(m_inputError, true);
    else if (!m_sendError.isEmpty())
        setStatus(m_sendError, true);
    else if (!blocked.isEmpty())
        setStatus(tr("%1 · %2").arg(m_inputInfo, blocked), false);
    else
        setStatus(m_inputInfo, false);
    m_pretty->setEnabled(m_mode == Mode::Json && m_inputError.isEmpty());
    m_compact->setEnabled(m_mode == Mode::Json && m_inputError.isEmpty());
    m_saveAction->setEnabled(m_mode != Mode::File);
    m_saveAction->setToolTip(m_mode == Mode::File ? tr("Files are not saved with a profile") : QString());
    m_close->setEnabled(m_state == SessionState::Open);
    m_sendEmptyAction->setText(emptyActionText(m_mode));
    m_sendEmptyAction->setEnabled(m_state == SessionState::Open && !m_repeater->isRunning());
    m_repeatStart->setEnabled(m_repeater->isRunning() || blocked.isEmpty());
    m_repeatStart->setToolTip(m_repeater->isRunning() || blocked.isEmpty() ? QString() : blocked);
    updatePingState();
}

void Composer::updatePingState()
{
    const qsizetype bytes = m_pingPayload->text().toUtf8().size();
    QString why;
    if (bytes > MaxPingBytes)
        why = tr("The ping payload is %1 bytes; a ping carries at most %2 (RFC 6455 §5.5).").arg(bytes).arg(MaxPingBytes);
    else if (m_state != SessionState::Open)
        why = tr("Ping needs an open connection.");
    m_ping->setEnabled(why.isEmpty());
    m_ping->setToolTip(why.isEmpty() ? tr("Send a ping with the payload on the left (Ctrl+P)") : why);
    StatusColors::setColor(m_pingPayload, QPalette::Text, bytes > MaxPingBytes ? StatusColors::bad(palette()) : QColor());
}

bool Composer::emitOutgoing(const Outgoing &out)
{
    m_sendFailed = false;
    if (out.isText)
        emit textMessageRequested(out.text);
    else
        emit binaryMessageRequested(out.data);
    return !m_sendFailed;
}

void Composer::send()
{
    if (!m_send->isEnabled() || m_repeater->isRunning())
        return;
    Outgoing out;
    QString error;
    if (!buildOutgoing(&out, &error)) {
        m_inputError = error;
        updateState();
        return;
    }
    m_sendError.clear();
    emitOutgoing(out);
    updateState();
}

void Composer::sendEmptyMessage()
{
    if (m_state != SessionState::Open || m_repeater->isRunning())
        return;
    m_sendError.clear();
    Outgoing out;
    out.isText = !sendsEmptyBinary(m_mode);
    emitOutgoing(out);
    updateState();
}

void Composer::focusEditor()
{
    if (m_mode == Mode::File)
        m_chooseFile->setFocus(Qt::OtherFocusReason);
    else
        m_editor->setFocus(Qt::OtherFocusReason);
}

void Composer::reportSendError(const QString &error)
{
    m_sendFailed = true;
    m_sendError = error;
    m_repeater->fail(error);
    updateState();
}

void Composer::ping()
{
    if (!m_ping->isEnabled())
        return;
    m_sendError.clear();
    emit pingRequested(m_pingPayload->text().toUtf8());
    updateState();
}

void Composer::openCloseDialog()
{
    if (m_state != SessionState::Open || m_closeDialog)
        return;
    m_closeDialog = new CloseDialog(this);
    m_closeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_closeDialog, &CloseDialog::accepted, this, [this] {
        if (m_closeDialog)
            emit closeRequested(m_closeDialog->code(), m_closeDialog->reason());
    });
    // open(), not exec(): window-modal without a nested event loop.
    m_closeDialog->open();
}

void Composer::prettyPrint()
{
    if (m_mode == Mode::Json && m_inputError.isEmpty())
        setText(QString::fromUtf8(JsonCodec::pretty(m_editor->toPlainText().toUtf8())));
}

void Composer::compactPrint()
{
    if (m_mode == Mode::Json && m_inputError.isEmpty())
        setText(QString::fromUtf8(JsonCodec::compact(m_editor->toPlainText().toUtf8())));
}

void Composer::startRepeat()
{
    if (!sendBlockedReason().isEmpty() || m_repeater->isRunning())
        return;
    QString error;
    m_sendError.clear();
    if (!m_repeater->start(m_repeatInterval->value(), m_repeatCount->value(), &error))
        reportSendError(error);
}

void Composer::stopRepeat()
{
    m_repeater->stop();
}

void Composer::onRepeatDue()
{
    Outgoing out;
    QString error;
    // The input may have changed since the start: each send uses what is in the editor now.
    if (!buildOutgoing(&out, &error)) {
        m_repeater->fail(error);
        return;
    }
    emitOutgoing(out);
}

void Composer::onRepeatProgress(int sent, int total)
{
    m_repeatCounter->setText(total > 0 ? tr("Sent %1 / %2").arg(sent).arg(total) : tr("Sent %1 (until stopped)").arg(sent));
    m_repeatStart->setText(m_repeater->isRunning() ? tr("Stop") : tr("Start"));
}

void Composer::onRepeatStopped(const QString &reason)
{
    m_repeatStart->setText(tr("Start"));
    const int sent = m_repeater->sentCount();
    m_repeatCounter->setText(reason.isEmpty() ? tr("Sent %1 · stopped").arg(sent) : tr("Sent %1 · %2").arg(sent).arg(reason));
    updateState();
}

// --- Saved messages ----------------------------------------------------------------------------

void Composer::setProfile(ProfileStore *store, const QString &profileName)
{
    m_store = store;
    m_profileName = profileName;
    refreshSavedCombo();
}

QList<SavedMessage> Composer::savedMessages() const
{
    if (m_store && !m_profileName.isEmpty()) {
        if (const std::optional<Profile> profile = m_store->profile(m_profileName))
            return profile->savedMessages;
        return {};
    }
    return m_memorySaved;
}

void Composer::storeSaved(const QList<SavedMessage> &messages, QString *error, bool *ok)
{
    if (m_store && !m_profileName.isEmpty()) {
        std::optional<Profile> profile = m_store->profile(m_profileName);
        if (!profile) {
            if (error)
                *error = tr("The profile \"%1\" no longer exists; the message was not saved.").arg(m_profileName);
            *ok = false;
            return;
        }
        profile->savedMessages = messages;
        *ok = m_store->save(*profile, error);
    } else {
        m_memorySaved = messages;
        *ok = true;
    }
    if (*ok) {
        refreshSavedCombo();
        emit savedMessagesChanged();
    }
}

bool Composer::saveCurrent(const QString &nameIn, QString *error)
{
    const QString name = nameIn.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("A saved message needs a name.");
        return false;
    }
    if (m_mode == Mode::File) {
        if (error)
            *error = tr("Files are not saved with a profile; save text, JSON, hex or Base64 messages.");
        return false;
    }
    QList<SavedMessage> messages = savedMessages();
    const SavedMessage message{name, toSavedMode(m_mode), m_editor->toPlainText()};
    bool replaced = false;
    for (SavedMessage &existing : messages) {
        if (existing.name == name) {
            existing = message;
            replaced = true;
        }
    }
    if (!replaced)
        messages.append(message);
    bool ok = false;
    storeSaved(messages, error, &ok);
    return ok;
}

bool Composer::renameSaved(const QString &oldName, const QString &newNameIn, QString *error)
{
    const QString newName = newNameIn.trimmed();
    QList<SavedMessage> messages = savedMessages();
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (newName.isEmpty())
        return fail(tr("A saved message needs a name."));
    int index = -1;
    for (int i = 0; i < messages.size(); ++i) {
        if (messages.at(i).name == oldName)
            index = i;
        else if (messages.at(i).name == newName)
            return fail(tr("There is already a saved message named \"%1\".").arg(newName));
    }
    if (index < 0)
        return fail(tr("There is no saved message named \"%1\".").arg(oldName));
    messages[index].name = newName;
    bool ok = false;
    storeSaved(messages, error, &ok);
    return ok;
}

bool Composer::deleteSaved(const QString &name, QString *error)
{
    QList<SavedMessage> messages = savedMessages();
    const qsizetype removed = messages.removeIf([&name](const SavedMessage &m) { return m.name == name; });
    if (removed == 0) {
        if (error)
            *error = tr("There is no saved message named \"%1\".").arg(name);
        return false;
    }
    bool ok = false;
    storeSaved(messages, error, &ok);
    return ok;
}

bool Composer::loadSaved(const QString &name)
{
    const QList<SavedMessage> messages = savedMessages();
    for (const SavedMessage &message : messages) {
        if (message.name == name) {
            m_editor->setPlainText(message.content);
            setMode(fromSavedMode(message.mode));
            return true;
        }
    }
    return false;
}

void Composer::refreshSavedCombo()
{
    const QSignalBlocker blocker(m_savedCombo);
    m_savedCombo->clear();
    const QList<SavedMessage> messages = savedMessages();
    m_savedCombo->addItem(messages.isEmpty() ? tr("(none saved)") : tr("Load…"));
    for (const SavedMessage &message : messages)
        m_savedCombo->addItem(message.name, message.name);
    m_savedCombo->setCurrentIndex(0);
    m_renameAction->setEnabled(!messages.isEmpty());
    m_deleteAction->setEnabled(!messages.isEmpty());
}

void Composer::onSavedActivated(int index)
{
    const QString name = m_savedCombo->itemData(index).toString();
    if (!name.isEmpty())
        loadSaved(name);
    const QSignalBlocker blocker(m_savedCombo);
    m_savedCombo->setCurrentIndex(0);
}

void Composer::askSaveCurrent()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save message"), tr("Name of the saved message:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveCurrent(name, &error))
        setStatus(error, true);
}

QString Composer::askSavedMessageName(const QString &title)
{
    QStringList names;
    for (const SavedMessage &message : savedMessages())
        names.append(message.name);
    if (names.isEmpty())
        return QString();
    bool ok = false;
    const QString name = QInputDialog::getItem(this, title, tr("Message:"), names, 0, false, &ok);
    return ok ? name : QString();
}

void Composer::askRenameSaved()
{
    const QString oldName = askSavedMessageName(tr("Rename saved message"));
    if (oldName.isEmpty())
        return;
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename saved message"), tr("New name:"), QLineEdit::Normal, oldName, &ok);
    if (!ok)
        return;
    QString error;
    if (!renameSaved(oldName, newName, &error))
        setStatus(error, true);
}

void Composer::askDeleteSaved()
{
    const QString name = askSavedMessageName(tr("Delete saved message"));
    if (name.isEmpty())
        return;
    QString error;
    if (!deleteSaved(name, &error))
        setStatus(error, true);
}

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
    const QStringList modeNames{tr("Text"), tr("JSON"), tr("Hex"), tr("Base64"), tr("File")};
    const QStringList modeTips{tr("Send a text message (UTF-8)"), tr("Send JSON as a text message, validated as you type"),
                               tr("Send binary data typed as hex bytes"), tr("Send binary data typed as Base64"),
                               tr("Send a file as one binary message (drop a file here)")};
    for (int i = 0; i < m_modeButtons.size(); ++i) {
        m_modeButtons.at(i)->setText(modeNames.at(i));
        m_modeButtons.at(i)->setToolTip(modeTips.at(i));
    }
    m_savedLabel->setText(tr("&Saved:"));
    m_savedCombo->setToolTip(tr("Saved messages of this profile; pick one to load it"));
    m_savedCombo->setAccessibleName(tr("Saved messages"));
    m_savedMenu->setToolTip(tr("Save, rename or delete saved messages; send an empty message"));
    m_savedMenu->setAccessibleName(tr("More message actions"));
    m_saveAction->setText(tr("Save current message…"));
    m_renameAction->setText(tr("Rename…"));
    m_deleteAction->setText(tr("Delete…"));
    m_chooseFile->setText(tr("Choose file…"));
    m_editor->setAccessibleName(tr("Message to send"));
    m_pretty->setText(tr("Pretty"));
    m_pretty->setToolTip(tr("Indent the JSON, one member per line"));
    m_compact->setText(tr("Compact"));
    m_compact->setToolTip(tr("Remove all whitespace between JSON tokens"));
    m_pingPayload->setPlaceholderText(tr("ping payload"));
    m_pingPayload->setAccessibleName(tr("Ping payload"));
    m_pingPayload->setToolTip(tr("Optional ping payload, at most 125 bytes"));
    m_ping->setText(tr("Ping"));
    m_ping->setAccessibleName(tr("Send a ping"));
    m_close->setText(tr("Close…"));
    m_close->setToolTip(tr("Close the connection with a code and reason"));
    m_close->setAccessibleName(tr("Close the connection"));
    m_repeat->setText(tr("Repeat…"));
    m_repeat->setToolTip(tr("Send the message every N ms, M times or until stopped"));
    m_send->setText(tr("Send  Ctrl+Enter"));
    m_send->setAccessibleName(tr("Send"));
    m_repeatEveryLabel->setText(tr("Every"));
    m_repeatInterval->setSuffix(tr(" ms"));
    m_repeatInterval->setAccessibleName(tr("Repeat interval"));
    m_repeatCount->setSuffix(tr(" times"));
    m_repeatCount->setSpecialValueText(tr("until stopped"));
    m_repeatCount->setAccessibleName(tr("Repeat count"));
    m_repeatCount->setToolTip(tr("0: until stopped"));
    m_repeatStart->setText(m_repeater->isRunning() ? tr("Stop") : tr("Start"));
    refreshSavedCombo();
    setMode(m_mode); // placeholders and status
}
