#include "widgets/detail/httpheadview.h"

#include "widgets/detail/headertable.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextDocument>

HttpHeadView::HttpHeadView(QWidget *parent)
    : QStackedWidget(parent)
    , m_table(new HeaderTable(this))
    , m_raw(new QPlainTextEdit(this))
{
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addWidget(m_table);
    addWidget(m_raw);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitRawView();
    fitToPage();
}

void HttpHeadView::setMessage(const HttpMessage &message)
{
    m_table->setMessage(message);
    QString text = m_table->headText();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_raw->setPlainText(text);
    fitRawView();
    fitToPage();
}

void HttpHeadView::fitRawView()
{
    const int lines = m_raw->document()->blockCount();
    const int shown = qMin(lines, HeaderTable::MaxFittedRows);
    m_raw->setVerticalScrollBarPolicy(lines > HeaderTable::MaxFittedRows ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    const int margins = int(2 * m_raw->document()->documentMargin()) + 2 * m_raw->frameWidth();
    // Room for the horizontal scroll bar a long header line brings.
    m_raw->setFixedHeight(QFontMetrics(m_raw->font()).lineSpacing() * shown + margins
                          + m_raw->horizontalScrollBar()->sizeHint().height());
}

void HttpHeadView::setRaw(bool raw)
{
    setCurrentWidget(raw ? static_cast<QWidget *>(m_raw) : m_table);
    fitToPage();
}

void HttpHeadView::fitToPage()
{
    // The stack is as tall as the page it shows, not as the taller of its two pages.
    setFixedHeight(currentWidget()->maximumHeight());
}

bool HttpHeadView::isRaw() const
{
    return currentWidget() == m_raw;
}

QString HttpHeadView::headText() const
{
    return m_table->headText();
}
