#include "widgets/session/payloadeditor.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/codecs/jsoncodec.h"
#include "core/codecs/payloadconverter.h"
#include "core/codecs/textcodec.h"
#include "core/rules/textrules.h"
#include "widgets/session/framespecform.h"
#include "widgets/session/modeswitchquestion.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Validating a few kilobytes per keystroke is free; a pasted megabyte waits until typing pauses.
constexpr qsizetype ImmediateValidationChars = 64 * 1024;
constexpr int DeferredValidationMs = 150;
constexpr int EditorMinimumLines = 3;

PayloadConverter::Format converterFormat(PayloadMode mode)
{
    switch (mode) {
    case PayloadMode::Json:
        return PayloadConverter::Format::Json;
    case PayloadMode::Hex:
        return PayloadConverter::Format::Hex;
    case PayloadMode::Base64:
        return PayloadConverter::Format::Base64;
    case PayloadMode::Text:
    case PayloadMode::File:
    case PayloadMode::Frame:
        break;
    }
    return PayloadConverter::Format::Text;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

PayloadEditor::PayloadEditor(QWidget *host)
    : QWidget(host)
    , m_modeBar(new QWidget(host))
    , m_modeGroup(new QButtonGroup(this))
    , m_formatBar(new QWidget(host))
    , m_pretty(new QToolButton(m_formatBar))
    , m_compact(new QToolButton(m_formatBar))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_filePage(new QWidget(this))
    , m_fileLabel(new QLabel(m_filePage))
    , m_chooseFile(new QPushButton(m_filePage))
    , m_frameForm(new FrameSpecForm(this))
    , m_validateTimer(new QTimer(this))
{
    // Mode buttons, a segmented row like the detail pane's.
    auto *modes = new QHBoxLayout(m_modeBar);
    modes->setContentsMargins(0, 0, 0, 0);
    modes->setSpacing(2);
    for (int i = 0; i <= int(PayloadMode::Frame); ++i) {
        auto *button = new QToolButton(m_modeBar);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_modeGroup->addButton(button, i);
        modes->addWidget(button);
    }
    m_modeGroup->button(int(PayloadMode::Text))->setChecked(true);

    auto *format = new QHBoxLayout(m_formatBar);
    format->setContentsMargins(0, 0, 0, 0);
    format->addWidget(m_pretty);
    format->addWidget(m_compact);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(fixed);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(QFontMetrics(fixed).lineSpacing() * EditorMinimumLines + 12);
    m_editor->setAcceptDrops(false); // the composer takes file drops
    auto *fileLayout = new QHBoxLayout(m_filePage);
    fileLayout->addWidget(m_fileLabel, 1);
    fileLayout->addWidget(m_chooseFile);
    m_fileLabel->setWordWrap(true);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_filePage);
    m_stack->addWidget(m_frameForm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_validateTimer->setSingleShot(true);
    connect(m_validateTimer, &QTimer::timeout, this, &PayloadEditor::validateInput);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { switchMode(PayloadMode(id)); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PayloadEditor::scheduleValidation);
    connect(m_chooseFile, &QPushButton::clicked, this, &PayloadEditor::chooseFile);
    connect(m_frameForm, &FrameSpecForm::changed, this, [this] {
        if (m_mode == PayloadMode::Frame)
            validateInput();
    });
    connect(m_frameForm, &FrameSpecForm::edited, this, &PayloadEditor::edited);
    connect(m_pretty, &QToolButton::clicked, this, &PayloadEditor::prettyPrint);
    connect(m_compact, &QToolButton::clicked, this, &PayloadEditor::compactPrint);

    retranslateUi();
}

QAbstractButton *PayloadEditor::modeButton(PayloadMode mode) const
{
    return m_modeGroup->button(int(mode));
}

QList<QAbstractButton *> PayloadEditor::modeButtons() const
{
    QList<QAbstractButton *> buttons;
    for (int i = 0; i <= int(PayloadMode::Frame); ++i)
        buttons.append(m_modeGroup->button(i));
    return buttons;
}

void PayloadEditor::setMode(PayloadMode mode)
{
    m_mode = mode;
    if (mode != PayloadMode::File && mode != PayloadMode::Frame)
        m_editorMode = mode;
    if (QAbstractButton *button = modeButton(mode); button && !button->isChecked())
        button->setChecked(true);
    m_stack->setCurrentWidget(mode == PayloadMode::File    ? m_filePage
                              : mode == PayloadMode::Frame ? static_cast<QWidget *>(m_frameForm)
                                                           : static_cast<QWidget *>(m_editor));
    // The form is taller than the editor: only while it is shown does it size the stack, so the
    // other modes keep the compact composer.
    const QSizePolicy::Policy formPolicy = mode == PayloadMode::Frame ? QSizePolicy::Preferred : QSizePolicy::Ignored;
    m_frameForm->setSizePolicy(formPolicy, formPolicy);
    m_formatBar->setVisible(mode == PayloadMode::Json);
    updatePlaceholder();
    validateInput();
}

QMessageBox *PayloadEditor::conversionQuestion() const
{
    return m_question;
}

bool PayloadEditor::switchMode(PayloadMode mode)
{
    if (m_question)
        m_question->reject(); // a newer choice replaces the open question
    // File and Frame keep the editor's text as it is: coming back finds it unchanged.
    const PayloadMode from = m_mode == PayloadMode::File || m_mode == PayloadMode::Frame ? m_editorMode : m_mode;
    if (mode == m_mode)
        return false;
    if (mode == PayloadMode::File || mode == PayloadMode::Frame || mode == from) {
        setMode(mode);
        return true;
    }
    const PayloadConverter::Result result = PayloadConverter::convert(text(), converterFormat(from), converterFormat(mode));
    if (result.ok) {
        if (result.text != text())
            m_editor->setPlainText(result.text);
        setMode(mode);
        return true;
    }

    // The button group already checked the new button: show the mode that is still in force.
    if (QAbstractButton *button = modeButton(m_mode))
        button->setChecked(true);
    auto *box = new ModeSwitchQuestion(modeButton(from)->text(), modeButton(mode)->text(), result.error, this);
    connect(box, &QMessageBox::finished, this, [this, box, mode] {
        if (box->keepsText())
            setMode(mode);
    });
    m_question = box;
    box->open();
    return false;
}

void PayloadEditor::updatePlaceholder()
{
    switch (m_mode) {
    case PayloadMode::Text:
        m_editor->setPlaceholderText(tr("Text message (UTF-8)"));
        break;
    case PayloadMode::Json:
        m_editor->setPlaceholderText(tr("JSON, e.g. {\"op\": \"ping\"}"));
        break;
    case PayloadMode::Hex:
        m_editor->setPlaceholderText(tr("Hex bytes, e.g. 48 65 6c 6c 6f or 0x48,0x65"));
        break;
    case PayloadMode::Base64:
        m_editor->setPlaceholderText(tr("Base64, standard or URL-safe alphabet"));
        break;
    case PayloadMode::File:
    case PayloadMode::Frame:
        break;
    }
}

void PayloadEditor::setText(const QString &text)
{
    m_editor->setPlainText(text);
    validateInput();
}

QString PayloadEditor::text() const
{
    return m_editor->toPlainText();
}

bool PayloadEditor::loadFile(const QString &path, QString *error)
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
        // The refused pick replaces an earlier file: Send must not quietly send that one.
        m_fileRefusal = why;
        m_filePath.clear();
        m_fileName.clear();
        m_fileSize = 0;
        setMode(PayloadMode::File);
        emit fileRefused(why);
        return false;
    }
    // Not read here: the session reads it as it sends it (with the wire tap, in fragments as the
    // server takes them), so a large file is never in memory whole.
    m_fileRefusal.clear();
    m_filePath = info.absoluteFilePath();
    m_fileSize = info.size();
    m_fileName = info.fileName();
    setMode(PayloadMode::File);
    return true;
}

void PayloadEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file to send"));
    if (!path.isEmpty())
        loadFile(path);
}

void PayloadEditor::focusInput()
{
    if (m_mode == PayloadMode::File)
        m_chooseFile->setFocus(Qt::OtherFocusReason);
    else if (m_mode == PayloadMode::Frame)
        m_frameForm->opcodeCombo()->setFocus(Qt::OtherFocusReason);
    else
        m_editor->setFocus(Qt::OtherFocusReason);
}

void PayloadEditor::setInputError(const QString &error)
{
    m_inputError = error;
    updateFormatButtons();
    emit validated();
}

void PayloadEditor::updateFormatButtons()
{
    const bool formattable = m_mode == PayloadMode::Json && m_inputError.isEmpty();
    m_pretty->setEnabled(formattable);
    m_compact->setEnabled(formattable);
}

void PayloadEditor::scheduleValidation()
{
    emit edited();
    if (m_editor->document()->characterCount() <= ImmediateValidationChars)
        validateInput();
    else
        m_validateTimer->start(DeferredValidationMs);
}

void PayloadEditor::prettyPrint()
{
    if (m_mode == PayloadMode::Json && m_inputError.isEmpty())
        setText(QString::fromUtf8(JsonCodec::pretty(m_editor->toPlainText().toUtf8())));
}

void PayloadEditor::compactPrint()
{
    if (m_mode == PayloadMode::Json && m_inputError.isEmpty())
        setText(QString::fromUtf8(JsonCodec::compact(m_editor->toPlainText().toUtf8())));
}

void PayloadEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PayloadEditor::retranslateUi()
{
    const QStringList modeNames{tr("Text"), tr("JSON"), tr("Hex"), tr("Base64"), tr("File"), tr("Frame")};
    const QStringList modeTips{tr("Send a text message (UTF-8)"), tr("Send JSON as a text message, validated as you type"),
                               tr("Send binary data typed as hex bytes"), tr("Send binary data typed as Base64"),
                               tr("Send a file as one binary message (drop a file here)"),
                               tr("Write one frame by hand, every header field settable, legal or not (needs the wire tap)")};
    const QList<QAbstractButton *> buttons = modeButtons();
    for (int i = 0; i < buttons.size(); ++i) {
        buttons.at(i)->setText(modeNames.at(i));
        buttons.at(i)->setToolTip(modeTips.at(i));
    }
    m_chooseFile->setText(tr("Choose file…"));
    m_editor->setAccessibleName(tr("Message to send"));
    m_pretty->setText(tr("Pretty"));
    m_pretty->setToolTip(tr("Indent the JSON, one member per line"));
    m_compact->setText(tr("Compact"));
    m_compact->setToolTip(tr("Remove all whitespace between JSON tokens"));
    setMode(m_mode); // placeholders and messages
}
