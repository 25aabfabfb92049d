// PayloadEditor: validating the input and building the message it makes.
#include "widgets/session/payloadeditor.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/codecs/jsoncodec.h"
#include "core/codecs/textcodec.h"
#include "core/rules/textrules.h"
#include "widgets/session/framespecform.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimer>

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

void PayloadEditor::validateInput()
{
    m_validateTimer->stop();
    if (m_mode == PayloadMode::Frame) {
        // The form judges its own fields; only one it cannot read makes the input invalid.
        m_inputEmpty = false;
        m_inputError = m_frameForm->blockingError();
        m_inputInfo = m_inputError.isEmpty() ? m_frameForm->summary() : QString();
        updateFormatButtons();
        emit validated();
        return;
    }
    Outgoing out;
    QString error;
    m_inputEmpty = (m_mode == PayloadMode::Text || m_mode == PayloadMode::Hex || m_mode == PayloadMode::Base64)
            && m_editor->document()->isEmpty();
    // No file yet is where File mode starts, not a mistake: neutral until the user tries to
    // send (Send then reports it through setInputError()) or a pick was refused.
    const bool noFileYet = m_mode == PayloadMode::File && m_fileName.isEmpty() && m_fileRefusal.isEmpty();
    if (noFileYet) {
        m_inputError.clear();
        m_inputInfo = tr("No file chosen yet: drop one here or click Choose file…");
    } else if (buildOutgoing(&out, &error)) {
        m_inputError.clear();
        const qint64 bytes = out.isText ? out.text.toUtf8().size() : !out.filePath.isEmpty() ? m_fileSize : out.data.size();
        switch (m_mode) {
        case PayloadMode::Text:
            m_inputInfo = tr("Text · %1 in UTF-8").arg(sizeText(bytes));
            break;
        case PayloadMode::Json:
            m_inputInfo = tr("✓ valid JSON · %1").arg(sizeText(bytes));
            break;
        case PayloadMode::Hex:
        case PayloadMode::Base64:
            m_inputInfo = tr("✓ binary · %1").arg(sizeText(bytes));
            break;
        case PayloadMode::File:
            m_inputInfo = tr("%1 · %2 (sent as one binary message)").arg(m_fileName, sizeText(bytes));
            break;
        case PayloadMode::Frame:
            break;
        }
    } else {
        m_inputError = error;
        m_inputInfo.clear();
    }
    if (m_mode == PayloadMode::File) {
        m_fileLabel->setText(m_fileName.isEmpty() ? tr("Drop a file here or choose one; it is sent as one binary message.")
                                                  : tr("%1 · %2").arg(m_fileName, sizeText(m_fileSize)));
    }
    updateFormatButtons();
    emit validated();
}

bool PayloadEditor::buildOutgoing(Outgoing *out, QString *error) const
{
    const QString input = m_editor->toPlainText();
    CodecError codecError;
    switch (m_mode) {
    case PayloadMode::Text:
        // RFC 6455 §5.6: text goes out as UTF-8; a lone surrogate has none (Qt would replace it).
        if (const QString why = TextRules::checkEncodableAsUtf8(input); !why.isEmpty()) {
            *error = why;
            return false;
        }
        out->isText = true;
        out->text = input;
        return true;
    case PayloadMode::Json:
        if (input.trimmed().isEmpty()) {
            *error = tr("Enter a JSON value, e.g. {\"op\": \"ping\"}.");
            return false;
        }
        if (const std::optional<CodecError> invalid = JsonCodec::validate(input.toUtf8())) {
            *error = invalid->message;
            return false;
        }
        out->isText = true;
        out->text = input;
        return true;
    case PayloadMode::Hex:
    case PayloadMode::Base64:
        if (const std::optional<QByteArray> bytes = m_mode == PayloadMode::Hex ? HexCodec::decode(input, &codecError)
                                                                               : Base64Codec::decode(input, &codecError)) {
            out->isText = false;
            out->data = *bytes;
            return true;
        }
        *error = codecError.message;
        return false;
    case PayloadMode::File:
        if (m_fileName.isEmpty()) {
            *error = !m_fileRefusal.isEmpty() ? m_fileRefusal : tr("No file chosen: drop a file here or click Choose file…");
            return false;
        }
        out->isText = false;
        out->filePath = m_filePath;
        return true;
    case PayloadMode::Frame:
        *error = tr("Frame mode sends the frames of the form, not a message.");
        return false;
    }
    return false;
}
