// FrameSpecForm: reading the fields (FrameSpecParser, FragmentPlan) and showing the verdict
// (FrameSpecClassifier).
#include "widgets/session/framespecform.h"

#include "core/protocol/fragmentplan.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/framespecparser.h"
#include "widgets/detail/statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTimer>

namespace {

constexpr int RsvCount = 3;
constexpr qsizetype ImmediateValidationChars = 64 * 1024;
constexpr int DeferredValidationMs = 150;

// A field value for FrameSpecParser: quoted, a quote or backslash escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

QString FrameSpecForm::quotedField(const QString &value)
{
    return quoted(value);
}

QString FrameSpecForm::fieldText() const
{
    const auto bit = [](const QCheckBox *box) { return box->isChecked() ? QStringLiteral("1") : QStringLiteral("0"); };
    QStringList fields;
    fields << QStringLiteral("fin=") + bit(m_fin);
    for (int i = 0; i < RsvCount; ++i)
        fields << QStringLiteral("rsv%1=").arg(i + 1) + bit(m_rsv.at(i));
    fields << QStringLiteral("opcode=") + quoted(m_opcode->currentText().trimmed());
    fields << QStringLiteral("mask=") + (m_mask->isChecked() ? QStringLiteral("on") : QStringLiteral("off"));
    if (m_mask->isChecked() && !m_key->text().trimmed().isEmpty())
        fields << QStringLiteral("key=") + quoted(m_key->text().trimmed());
    const QString length = m_length->text().trimmed();
    const int bits = m_lengthBits->currentData().toInt();
    if (!m_fragment->isChecked() && (!length.isEmpty() || bits != 0))
        fields << QStringLiteral("length=") + quoted(bits == 0 ? length : length + QStringLiteral("/%1").arg(bits));
    switch (payloadFormat()) {
    case PayloadFormat::Text:
        fields << QStringLiteral("payload=") + quoted(m_payload->toPlainText());
        break;
    case PayloadFormat::Hex:
        fields << QStringLiteral("payload-hex=") + quoted(m_payload->toPlainText());
        break;
    case PayloadFormat::Base64:
        fields << QStringLiteral("payload-base64=") + quoted(m_payload->toPlainText());
        break;
    case PayloadFormat::File:
        break; // read once when chosen
    }
    return fields.join(QLatin1Char(' '));
}

void FrameSpecForm::scheduleValidation()
{
    if (m_payload->document()->characterCount() <= ImmediateValidationChars && m_fileBytes.size() <= ImmediateValidationChars)
        revalidate();
    else
        m_validateTimer->start(DeferredValidationMs);
}

void FrameSpecForm::revalidate()
{
    m_validateTimer->stop();
    m_frames.clear();
    m_verdicts.clear();
    m_blockingError.clear();
    FrameSpecParser::Error error;
    std::optional<FrameSpec> spec = FrameSpecParser::parse(fieldText(), &error);
    if (!spec) {
        QString field = error.field;
        if (field == QLatin1String("opcode"))
            field = tr("Opcode");
        else if (field == QLatin1String("key"))
            field = tr("Masking key");
        else if (field == QLatin1String("length"))
            field = tr("Declared length");
        else if (field.startsWith(QLatin1String("payload")))
            field = tr("Payload");
        m_blockingError = tr("%1: %2").arg(field, error.message);
    } else if (payloadFormat() == PayloadFormat::File && m_filePath.isEmpty()) {
        m_blockingError = tr("Payload: choose a file first.");
    }
    if (spec && m_blockingError.isEmpty()) {
        if (payloadFormat() == PayloadFormat::File)
            spec->payload = m_fileBytes;
        if (m_fragment->isChecked()) {
            QString why;
            if (const std::optional<FragmentPlan> plan = FragmentPlan::parse(m_fragmentPlan->text().trimmed(), &why)) {
                m_frames = plan->frames(spec->opcode, spec->payload);
                // The header fields the user set apply to the message's own fragments.
                for (FrameSpec &frame : m_frames) {
                    if (frame.opcode == spec->opcode || frame.opcode == FrameHeader::Continuation) {
                        frame.rsv = spec->rsv;
                        frame.masked = spec->masked;
                        frame.maskKey = spec->maskKey;
                    }
                }
            } else {
                m_blockingError = tr("Fragments: %1").arg(why);
            }
        } else {
            m_frames = {*spec};
        }
    }
    if (!m_blockingError.isEmpty())
        m_frames.clear();
    FrameSpecClassifier::Context context = m_context;
    for (const FrameSpec &frame : std::as_const(m_frames)) {
        m_verdicts.append(FrameSpecClassifier::classify(frame, context));
        context = FrameSpecClassifier::after(context, frame);
    }
    showVerdict();
    emit changed();
}

bool FrameSpecForm::isLegal() const
{
    if (!m_blockingError.isEmpty() || m_verdicts.isEmpty())
        return false;
    for (const FrameSpecClassifier::Verdict &verdict : m_verdicts) {
        if (!verdict.isLegal())
            return false;
    }
    return true;
}

QString FrameSpecForm::verdictText() const
{
    return m_verdict->text();
}

QString FrameSpecForm::summary() const
{
    qint64 bytes = 0;
    for (const FrameSpec &frame : m_frames)
        bytes += frame.payload.size();
    const QString size = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    return m_frames.size() == 1 ? tr("1 frame · %1").arg(size) : tr("%1 frames · %2").arg(m_frames.size()).arg(size);
}

void FrameSpecForm::showVerdict()
{
    QStringList lines;
    QColor color;
    if (!m_blockingError.isEmpty()) {
        lines << m_blockingError;
        color = StatusColors::bad(palette());
    } else if (isLegal()) {
        lines << (m_frames.size() > 1 ? tr("✓ legal per RFC 6455 (all %1 frames)").arg(m_frames.size())
                                      : tr("✓ legal per RFC 6455"));
        color = StatusColors::good(palette());
    } else {
        for (qsizetype i = 0; i < m_verdicts.size(); ++i) {
            for (const FrameSpecClassifier::Finding &finding : m_verdicts.at(i).findings) {
                QString line = finding.closeCode == 0
                        ? tr("⚠ Deliberate violation of RFC 6455 %1: %2").arg(finding.section, finding.text)
                        : tr("⚠ Deliberate violation of RFC 6455 %1 (a strict server closes with %2): %3")
                                  .arg(finding.section).arg(finding.closeCode).arg(finding.text);
                if (m_verdicts.size() > 1)
                    line = tr("Frame %1: %2").arg(i + 1).arg(line);
                lines << line;
            }
        }
        color = StatusColors::warning(palette());
    }
    if (m_context.insideMessage)
        lines << tr("The next frame goes inside a fragmented message.");
    if (m_context.closeSent)
        lines << tr("The next frame goes after our Close frame.");
    m_verdict->setText(lines.join(QLatin1Char('\n')));
    StatusColors::setColor(m_verdict, QPalette::WindowText, color);
}
