#include "core/export/jsonlimporter.h"

#include "core/export/jsoneventreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

void JsonlImporter::position(QByteArrayView text, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    const QByteArrayView before = text.first(offset);
    *line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    *column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
}

SessionImport JsonlImporter::read(const QByteArray &data)
{
    SessionImport result;
    result.format = SessionImport::Format::Jsonl;
    JsonEventReader reader;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++lineNumber;
        QByteArrayView line = QByteArrayView(data).sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            int unusedLine = 0;
            int column = 1;
            if (parseError.error != QJsonParseError::NoError)
                position(line, parseError.offset, &unusedLine, &column);
            result.errorLine = lineNumber;
            result.errorColumn = column;
            result.error = parseError.error != QJsonParseError::NoError
                    ? tr("line %1, column %2: %3").arg(lineNumber).arg(column).arg(parseError.errorString())
                    : tr("line %1, column 1: a JSONL line must be one JSON object").arg(lineNumber);
            result.events.clear();
            return result;
        }
        Event event;
        QString why;
        if (!reader.read(document.object(), &event, &why)) {
            result.errorLine = lineNumber;
            result.error = tr("line %1: %2").arg(lineNumber).arg(why);
            result.events.clear();
            return result;
        }
        result.events.append(event);
    }
    if (result.events.isEmpty())
        result.error = tr("the file holds no events (no JSON line)");
    return result;
}
