#include "core/rules/headerrules.h"

#include "core/codecs/textcodec.h"

namespace {

constexpr char16_t Tab = u'\t';
constexpr char16_t LineFeed = u'\n';
constexpr char16_t CarriageReturn = u'\r';
constexpr char16_t Nul = 0x00;
constexpr char16_t FirstPrintable = 0x20; // below: C0 controls (RFC 5234 §B.1 CTL)
constexpr char16_t Delete = 0x7F;         // the other CTL

QString describeAt(QStringView text, qsizetype index)
{
    return TextCodec::describeCharacter(TextCodec::codePointAt(text, index));
}

} // namespace

bool HeaderRules::isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

qsizetype HeaderRules::firstNonTokenChar(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isTokenChar(text[i]))
            return i;
    }
    return -1;
}

bool HeaderRules::isToken(QStringView text)
{
    return !text.isEmpty() && firstNonTokenChar(text) < 0;
}

QString HeaderRules::checkName(QStringView name)
{
    if (name.isEmpty())
        return tr("A header has an empty name.");
    const qsizetype bad = firstNonTokenChar(name);
    if (bad < 0)
        return {};
    return tr("\"%1\" is not a valid header name: %2 is not allowed in an HTTP header name, only letters, digits "
              "and !#$%&'*+-.^_`|~ are (RFC 9110 §5.1).")
            .arg(name.toString(), describeAt(name, bad));
}

QString HeaderRules::checkValue(QStringView name, QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        if (u == CarriageReturn || u == LineFeed || u == Nul) {
            return tr("The value of header \"%1\" contains %2, a control character that would end the header early "
                      "(RFC 9110 §5.5).")
                    .arg(name.toString(), describeAt(value, i));
        }
        if ((u < FirstPrintable && u != Tab) || u == Delete) {
            return tr("The value of header \"%1\" contains %2, a control character; a header value may only hold "
                      "visible characters, spaces and tabs (RFC 9110 §5.5).")
                    .arg(name.toString(), describeAt(value, i));
        }
    }
    return {};
}

QString HeaderRules::checkSubprotocol(QStringView subprotocol)
{
    if (subprotocol.isEmpty())
        return tr("A subprotocol name is empty.");
    const qsizetype bad = firstNonTokenChar(subprotocol);
    if (bad < 0)
        return {};
    return tr("\"%1\" is not a valid subprotocol name: %2 is not allowed in a subprotocol name, only letters, "
              "digits and !#$%&'*+-.^_`|~ are (RFC 6455 §4.1).")
            .arg(subprotocol.toString(), describeAt(subprotocol, bad));
}

QString HeaderRules::checkNotWrittenByClient(QStringView name)
{
    static const QLatin1String writtenByClient[] = {
        QLatin1String("Host"), QLatin1String("Upgrade"), QLatin1String("Connection"),
        QLatin1String("Sec-WebSocket-Key"), QLatin1String("Sec-WebSocket-Version"),
    };
    for (const QLatin1String builtIn : writtenByClient) {
        if (name.trimmed().compare(builtIn, Qt::CaseInsensitive) == 0)
            return tr("The header \"%1\" is written by the WebSocket client itself (RFC 6455 §4.1); adding it would "
                      "send it twice and the server could refuse the upgrade.")
                    .arg(name.trimmed().toString());
    }
    return {};
}

QString HeaderRules::checkHeader(QStringView name, QStringView value)
{
    QString why = checkName(name);
    if (why.isEmpty())
        why = checkValue(name, value);
    if (why.isEmpty())
        why = checkNotWrittenByClient(name);
    return why;
}
