#include "widgets/detail/jsontreebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTreeWidget>

namespace {

// A walk over already-validated JSON (RFC 8259 §2-7). Malformed input only stops the walk
// early; it never reads past the end.
class Walker
{
public:
    Walker(QByteArrayView text, int maxNodes)
        : m_p(text.data())
        , m_end(text.data() + text.size())
        , m_budget(maxNodes)
        // Translated once, not once per node.
        , m_object(JsonTreeBuilder::tr("object"))
        , m_array(JsonTreeBuilder::tr("array"))
        , m_string(JsonTreeBuilder::tr("string"))
        , m_number(JsonTreeBuilder::tr("number"))
        , m_boolean(JsonTreeBuilder::tr("boolean"))
        , m_null(JsonTreeBuilder::tr("null"))
    {
    }

    void value(QTreeWidgetItem *parent, const QString &key, int depth)
    {
        skipSpace();
        if (m_stop || m_p >= m_end || depth > 1024)
            return fail();
        if (m_budget-- <= 0) {
            m_truncated = true;
            m_stop = true;
            return;
        }
        ++m_nodes;
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, key);
        const char c = *m_p;
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            ++m_p;
            int count = 0;
            skipSpace();
            if (m_p < m_end && *m_p == (object ? '}' : ']')) {
                ++m_p;
            } else {
                while (!m_stop) {
                    QString childKey;
                    if (object) {
                        skipSpace();
                        childKey = decodeString(stringToken());
                        skipSpace();
                        if (m_stop || m_p >= m_end || *m_p != ':')
                            return fail();
                        ++m_p;
                    } else {
                        childKey = QStringLiteral("[%1]").arg(count);
                    }
                    value(item, childKey, depth + 1);
                    ++count;
                    skipSpace();
                    if (m_stop || m_p >= m_end)
                        break;
                    if (*m_p == ',') {
                        ++m_p;
                        continue;
                    }
                    if (*m_p == (object ? '}' : ']')) {
                        ++m_p;
                        break;
                    }
                    return fail();
                }
            }
            item->setText(1, object ? JsonTreeBuilder::tr("{%n member(s)}", nullptr, count)
                                    : JsonTreeBuilder::tr("[%n element(s)]", nullptr, count));
            item->setText(2, object ? m_object : m_array);
            return;
        }
        if (c == '"') {
            const QByteArrayView token = stringToken();
            item->setText(1, QLatin1Char('"') + visible(decodeString(token)) + QLatin1Char('"'));
            item->setText(2, m_string);
        } else {
            const char *start = m_p;
            while (m_p < m_end && !isDelimiter(*m_p))
                ++m_p;
            const QString literal = QString::fromUtf8(start, m_p - start);
            item->setText(1, literal);
            if (literal == QLatin1String("true") || literal == QLatin1String("false"))
                item->setText(2, m_boolean);
            else if (literal == QLatin1String("null"))
                item->setText(2, m_null);
            else
                item->setText(2, m_number);
        }
        if (item->text(1).size() > 60) // long values are cut by the column; the tooltip shows them
            item->setToolTip(1, item->text(1).left(2000));
    }

    int nodes() const { return m_nodes; }
    bool truncated() const { return m_truncated; }
    bool failed() const { return m_failed; }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    void fail()
    {
        m_failed = true;
        m_stop = true;
    }

    void skipSpace()
    {
        // RFC 8259 §2: insignificant whitespace is space, tab, LF and CR (and a BOM before the text).
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
        if (m_end - m_p >= 3 && quint8(m_p[0]) == 0xEF && quint8(m_p[1]) == 0xBB && quint8(m_p[2]) == 0xBF)
            m_p += 3;
    }

    // The string token including its quotes.
    QByteArrayView stringToken()
    {
        if (m_p >= m_end || *m_p != '"') {
            fail();
            return {};
        }
        const char *start = m_p++;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' && m_p + 1 < m_end)
                ++m_p;
            ++m_p;
        }
        if (m_p >= m_end) {
            fail();
            return {};
        }
        ++m_p;
        return QByteArrayView(start, m_p - start);
    }

    // Line breaks and tabs inside a string would cut the row; show them as their escapes.
    static QString visible(QString s)
    {
        s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        s.replace(QLatin1Char('\t'), QLatin1String("\\t"));
        return s;
    }

    static QString decodeString(QByteArrayView token)
    {
        if (token.size() < 2)
            return {};
        const QByteArrayView inner = token.sliced(1, token.size() - 2);
        if (!inner.contains('\\'))
            return QString::fromUtf8(inner);
        // Escapes (\n, \uD83D\uDE00 …) are decoded by Qt's JSON reader, one string at a time.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + token.toByteArray() + QByteArray("]"));
        return doc.array().at(0).toString();
    }

    const char *m_p;
    const char *m_end;
    int m_budget;
    int m_nodes = 0;
    bool m_truncated = false;
    bool m_failed = false;
    bool m_stop = false;
    const QString m_object, m_array, m_string, m_number, m_boolean, m_null;
};

} // namespace

JsonTreeBuilder::Result JsonTreeBuilder::build(QByteArrayView utf8, QTreeWidget *tree, int maxNodes)
{
    tree->clear();
    Walker walker(utf8, maxNodes);
    walker.value(tree->invisibleRootItem(), tr("(root)"), 0);
    Result result;
    result.nodes = walker.nodes();
    result.truncated = walker.truncated();
    result.ok = !walker.failed();
    if (QTreeWidgetItem *root = tree->topLevelItem(0))
        root->setExpanded(true);
    return result;
}
