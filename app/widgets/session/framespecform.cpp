#include "widgets/session/framespecform.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/framespecparser.h"
#include "widgets/detail/statuscolors.h"
#include "widgets/session/framespecpresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int RsvCount = 3;
constexpr int RsvTopBit = 2;                 // RSV1 is bit 2 of FrameSpec::rsv
constexpr quint8 MaxOpcode = 0xF;
constexpr int PayloadMinimumLines = 3;
constexpr int GroupSpacing = 12;
const int LengthEncodings[] = {0, 7, 16, 64}; // 0: minimal

} // namespace

FrameSpecForm::FrameSpecForm(QWidget *parent)
    : QWidget(parent)
    , m_tapBanner(new QWidget(this))
    , m_tapLabel(new QLabel(m_tapBanner))
    , m_tapButton(new QPushButton(m_tapBanner))
    , m_fin(new QCheckBox(this))
    , m_opcodeLabel(new QLabel(this))
    , m_opcode(new QComboBox(this))
    , m_mask(new QCheckBox(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_lengthLabel(new QLabel(this))
    , m_length(new QLineEdit(this))
    , m_lengthBits(new QComboBox(this))
    , m_fragment(new QCheckBox(this))
    , m_fragmentPlan(new QLineEdit(this))
    , m_presets(new QToolButton(this))
    , m_payloadLabel(new QLabel(this))
    , m_payloadFormat(new QComboBox(this))
    , m_payloadStack(new QStackedWidget(this))
    , m_payload(new QPlainTextEdit(this))
    , m_filePage(new QWidget(this))
    , m_fileLabel(new QLabel(m_filePage))
    , m_chooseFile(new QPushButton(m_filePage))
    , m_verdict(new QLabel(this))
    , m_validateTimer(new QTimer(this))
{
    auto *banner = new QHBoxLayout(m_tapBanner);
    banner->setContentsMargins(0, 0, 0, 0);
    m_tapLabel->setWordWrap(true);
    m_tapLabel->setTextFormat(Qt::PlainText);
    m_tapButton->setAutoDefault(false);
    banner->addWidget(m_tapLabel, 1);
    banner->addWidget(m_tapButton);
    m_tapBanner->setVisible(false);

    m_fin->setChecked(true);
    for (int i = 0; i < RsvCount; ++i)
        m_rsv.append(new QCheckBox(this));
    m_opcode->setEditable(true);
    m_opcode->setInsertPolicy(QComboBox::NoInsert);
    for (quint8 opcode : {quint8(FrameHeader::Text), quint8(FrameHeader::Binary), quint8(FrameHeader::Continuation),
                          quint8(FrameHeader::Close), quint8(FrameHeader::Ping), quint8(FrameHeader::Pong)})
        m_opcode->addItem(FrameHeader::opcodeName(opcode));
    for (quint8 opcode = 0; opcode <= MaxOpcode; ++opcode) {
        if (FrameHeader::opcodeName(opcode).startsWith(QLatin1String("reserved")))
            m_opcode->addItem(QStringLiteral("0x") + QString::number(opcode, 16).toUpper());
    }
    m_mask->setChecked(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_key->setFont(fixed);
    m_key->setMaxLength(16);
    m_key->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(QLatin1Char('0')) * 10 + 12);
    m_length->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(QLatin1Char('0')) * 12 + 12);
    m_length->setFont(fixed);
    for (int i = 0; i < int(std::size(LengthEncodings)); ++i)
        m_lengthBits->addItem(QString(), LengthEncodings[i]);
    m_fragmentPlan->setEnabled(false);
    m_presets->setPopupMode(QToolButton::InstantPopup);
    m_presets->setMenu(new QMenu(m_presets));
    for (int i = 0; i < 4; ++i)
        m_payloadFormat->addItem(QString());
    m_payload->setFont(fixed);
    m_payload->setTabChangesFocus(true);
    m_payload->setMinimumHeight(QFontMetrics(fixed).lineSpacing() * PayloadMinimumLines + 12);
    auto *fileLayout = new QHBoxLayout(m_filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextFormat(Qt::PlainText);
    fileLayout->addWidget(m_fileLabel, 1);
    fileLayout->addWidget(m_chooseFile);
    m_chooseFile->setAutoDefault(false);
    m_payloadStack->addWidget(m_payload);
    m_payloadStack->addWidget(m_filePage);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *header = new QHBoxLayout;
    header->addWidget(m_fin);
    for (QCheckBox *box : std::as_const(m_rsv))
        header->addWidget(box);
    header->addSpacing(GroupSpacing);
    header->addWidget(m_opcodeLabel);
    header->addWidget(m_opcode);
    header->addSpacing(GroupSpacing);
    header->addWidget(m_mask);
    header->addWidget(m_keyLabel);
    header->addWidget(m_key);
    header->addStretch(1);
    header->addWidget(m_presets);

    // Three short rows rather than two long ones: the form stays usable in a narrow window and
    // with longer translations.
    auto *lengths = new QHBoxLayout;
    lengths->addWidget(m_lengthLabel);
    lengths->addWidget(m_length);
    lengths->addWidget(m_lengthBits);
    lengths->addSpacing(GroupSpacing);
    lengths->addWidget(m_payloadLabel);
    lengths->addWidget(m_payloadFormat);
    lengths->addStretch(1);

    auto *fragments = new QHBoxLayout;
    fragments->addWidget(m_fragment);
    fragments->addWidget(m_fragmentPlan, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tapBanner);
    layout->addLayout(header);
    layout->addLayout(lengths);
    layout->addLayout(fragments);
    layout->addWidget(m_payloadStack, 1);
    layout->addWidget(m_verdict);

    m_validateTimer->setSingleShot(true);
    connect(m_validateTimer, &QTimer::timeout, this, &FrameSpecForm::revalidate);
    const auto edited = [this] {
        updateEnabled();
        emit this->edited();
        scheduleValidation();
    };
    connect(m_fin, &QCheckBox::toggled, this, edited);
    for (QCheckBox *box : std::as_const(m_rsv))
        connect(box, &QCheckBox::toggled, this, edited);
    connect(m_opcode, &QComboBox::editTextChanged, this, edited);
    connect(m_mask, &QCheckBox::toggled, this, edited);
    connect(m_key, &QLineEdit::textChanged, this, edited);
    connect(m_length, &QLineEdit::textChanged, this, edited);
    connect(m_lengthBits, qOverload<int>(&QComboBox::currentIndexChanged), this, edited);
    connect(m_fragment, &QCheckBox::toggled, this, edited);
    connect(m_fragmentPlan, &QLineEdit::textChanged, this, edited);
    connect(m_payload, &QPlainTextEdit::textChanged, this, edited);
    connect(m_payloadFormat, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { setPayloadFormat(PayloadFormat(index)); });
    connect(m_chooseFile, &QPushButton::clicked, this, &FrameSpecForm::choosePayloadFile);
    connect(m_tapButton, &QPushButton::clicked, this, &FrameSpecForm::tapRequested);

    retranslateUi();
    updateEnabled();
    revalidate();
}

QCheckBox *FrameSpecForm::rsvBox(int index) const
{
    return index >= 1 && index <= RsvCount ? m_rsv.at(index - 1) : nullptr;
}

void FrameSpecForm::setContext(const FrameSpecClassifier::Context &context)
{
    if (context.insideMessage == m_context.insideMessage && context.closeSent == m_context.closeSent)
        return;
    m_context = context;
    revalidate();
}

void FrameSpecForm::setTapState(TapState state)
{
    m_tapState = state;
    retranslateUi();
    emit changed();
}

QString FrameSpecForm::tapBlockedReason() const
{
    switch (m_tapState) {
    case TapState::On:
        break;
    case TapState::Off:
        return tr("Frame mode needs the wire tap: turn it on (it applies at the next connect).");
    case TapState::NextConnection:
        return tr("This connection runs without the wire tap: reconnect to write frames by hand.");
    }
    return {};
}

FrameSpecForm::PayloadFormat FrameSpecForm::payloadFormat() const
{
    return PayloadFormat(m_payloadFormat->currentIndex());
}

void FrameSpecForm::setPayloadFormat(PayloadFormat format)
{
    m_payloadFormat->setCurrentIndex(int(format));
    m_payloadStack->setCurrentWidget(format == PayloadFormat::File ? m_filePage : static_cast<QWidget *>(m_payload));
    retranslateUi();
    emit edited();
    scheduleValidation();
}

void FrameSpecForm::setSpec(const FrameSpec &spec, PayloadFormat format)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_fin), QSignalBlocker(m_rsv.at(0)), QSignalBlocker(m_rsv.at(1)),
                                       QSignalBlocker(m_rsv.at(2)), QSignalBlocker(m_opcode), QSignalBlocker(m_mask),
                                       QSignalBlocker(m_key), QSignalBlocker(m_length), QSignalBlocker(m_lengthBits),
                                       QSignalBlocker(m_fragment), QSignalBlocker(m_payload)};
    m_fin->setChecked(spec.fin);
    for (int i = 0; i < RsvCount; ++i)
        m_rsv.at(i)->setChecked(spec.rsv & (1 << (RsvTopBit - i)));
    m_opcode->setEditText(FrameHeader::opcodeName(spec.opcode).startsWith(QLatin1String("reserved"))
                                  ? QStringLiteral("0x") + QString::number(spec.opcode, 16).toUpper()
                                  : FrameHeader::opcodeName(spec.opcode));
    m_mask->setChecked(spec.masked);
    m_key->setText(spec.maskKey ? QStringLiteral("%1").arg(*spec.maskKey, 8, 16, QLatin1Char('0')) : QString());
    m_length->setText(spec.declaredLength ? QString::number(*spec.declaredLength) : QString());
    m_lengthBits->setCurrentIndex(qMax(0, m_lengthBits->findData(int(spec.lengthBits))));
    m_fragment->setChecked(false);
    switch (format) {
    case PayloadFormat::Hex:
        m_payload->setPlainText(HexCodec::encode(spec.payload));
        break;
    case PayloadFormat::Base64:
        m_payload->setPlainText(Base64Codec::encode(spec.payload));
        break;
    case PayloadFormat::Text:
    case PayloadFormat::File:
        format = PayloadFormat::Text;
        m_payload->setPlainText(QString::fromUtf8(spec.payload));
        break;
    }
    updateEnabled();
    setPayloadFormat(format);
    revalidate();
}

bool FrameSpecForm::loadPayloadFile(const QString &path, QString *error)
{
    // The parser reads the file: its size limit and its messages are the CLI's too.
    FrameSpecParser::Error parseError;
    const std::optional<FrameSpec> spec = FrameSpecParser::parse(QString(QStringLiteral("payload-file=") + quotedField(path)), &parseError);
    if (!spec) {
        if (error)
            *error = parseError.message;
        m_blockingError = tr("Payload: %1").arg(parseError.message);
        showVerdict();
        emit changed();
        return false;
    }
    m_filePath = path;
    m_fileName = QFileInfo(path).fileName();
    m_fileBytes = spec->payload;
    setPayloadFormat(PayloadFormat::File);
    revalidate();
    return true;
}

void FrameSpecForm::choosePayloadFile()
{
    auto *dialog = new QFileDialog(this, tr("Frame payload from a file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { loadPayloadFile(path); });
    dialog->open();
}

void FrameSpecForm::updateEnabled()
{
    m_key->setEnabled(m_mask->isChecked());
    m_keyLabel->setEnabled(m_mask->isChecked());
    const bool fragmented = m_fragment->isChecked();
    m_fragmentPlan->setEnabled(fragmented);
    m_fin->setEnabled(!fragmented);
    m_length->setEnabled(!fragmented);
    m_lengthBits->setEnabled(!fragmented);
    m_lengthLabel->setEnabled(!fragmented);
}

void FrameSpecForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        showVerdict();
    QWidget::changeEvent(event);
}

void FrameSpecForm::retranslateUi()
{
    m_tapBanner->setVisible(m_tapState != TapState::On);
    m_tapLabel->setText(m_tapState == TapState::Off
                                ? tr("Frame mode writes frames through the wire tap, which is off for this tab.")
                                : tr("The tap is on for the next connection; this one runs without it. Reconnect to write frames."));
    m_tapButton->setText(tr("Turn the tap on"));
    m_tapButton->setToolTip(tr("Turns the wire tap on for this tab; it applies at the next connect"));
    m_tapButton->setVisible(m_tapState == TapState::Off);
    m_fin->setText(tr("FIN"));
    m_fin->setToolTip(tr("Final fragment of a message (RFC 6455 §5.2)"));
    for (int i = 0; i < RsvCount; ++i) {
        m_rsv.at(i)->setText(tr("RSV%1").arg(i + 1));
        m_rsv.at(i)->setToolTip(tr("Reserved bit %1: must be 0 unless an extension defines it (RFC 6455 §5.2)").arg(i + 1));
    }
    m_opcodeLabel->setText(tr("Opcode:"));
    m_opcode->setToolTip(tr("A name (text, binary, continuation, close, ping, pong) or a number 0–15 (0x0–0xF)"));
    m_opcode->setAccessibleName(tr("Opcode"));
    m_mask->setText(tr("MASK"));
    m_mask->setToolTip(tr("A client masks every frame (RFC 6455 §5.3)"));
    m_keyLabel->setText(tr("Key:"));
    m_key->setPlaceholderText(tr("random"));
    m_key->setToolTip(tr("Masking key as 8 hex digits; empty: a fresh random key for each send"));
    m_key->setAccessibleName(tr("Masking key"));
    m_lengthLabel->setText(tr("Length:"));
    m_length->setPlaceholderText(tr("real"));
    m_length->setToolTip(tr("The payload length the header declares; empty: the payload's real length"));
    m_length->setAccessibleName(tr("Declared length"));
    const QStringList encodings{tr("minimal"), tr("7-bit"), tr("16-bit"), tr("64-bit")};
    for (int i = 0; i < encodings.size(); ++i)
        m_lengthBits->setItemText(i, encodings.at(i));
    m_lengthBits->setToolTip(tr("How the length is encoded; a longer encoding than needed is a violation (RFC 6455 §5.2)"));
    m_fragment->setText(tr("Send as fragments:"));
    m_fragment->setToolTip(tr("Cut the payload into a message of several fragments (RFC 6455 §5.4)"));
    m_fragmentPlan->setPlaceholderText(tr("e.g. 3, or 3,ping for a ping between fragments"));
    m_fragmentPlan->setToolTip(tr("The number of equal fragments, optionally followed by ,ping or ,pong for a control frame between every two"));
    m_fragmentPlan->setAccessibleName(tr("Fragments"));
    m_presets->setText(tr("Presets"));
    m_presets->setToolTip(tr("Fill the form with a common violation"));
    m_presets->menu()->clear();
    const QList<FrameSpecPresets::Preset> presets = FrameSpecPresets::all();
    for (const FrameSpecPresets::Preset &preset : presets) {
        m_presets->menu()->addAction(preset.title, this, [this, preset] {
            setSpec(preset.spec, preset.hexPayload ? PayloadFormat::Hex : PayloadFormat::Text);
            emit edited();
        });
    }
    m_payloadLabel->setText(tr("Payload:"));
    const QStringList formats{tr("Text"), tr("Hex"), tr("Base64"), tr("File")};
    for (int i = 0; i < formats.size(); ++i)
        m_payloadFormat->setItemText(i, formats.at(i));
    m_payloadFormat->setAccessibleName(tr("Payload format"));
    switch (payloadFormat()) {
    case PayloadFormat::Text:
        m_payload->setPlaceholderText(tr("Payload as text (sent as UTF-8)"));
        break;
    case PayloadFormat::Hex:
        m_payload->setPlaceholderText(tr("Payload as hex bytes, e.g. c3 28 (any bytes, invalid UTF-8 too)"));
        break;
    case PayloadFormat::Base64:
        m_payload->setPlaceholderText(tr("Payload as Base64"));
        break;
    case PayloadFormat::File:
        break;
    }
    m_payload->setAccessibleName(tr("Frame payload"));
    m_chooseFile->setText(tr("Choose file…"));
    m_fileLabel->setText(m_fileName.isEmpty() ? tr("No file chosen: the file's bytes become the payload.")
                                              : tr("%1 · %2").arg(m_fileName, QLocale().formattedDataSize(m_fileBytes.size(), 1, QLocale::DataSizeTraditionalFormat)));
    showVerdict();
}
