#include "widgets/detail/headertable.h"

#include "core/protocol/utf8validator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>

namespace {

constexpr int RowPaddingPx = 4;

} // namespace

HeaderTable::HeaderTable(QWidget *parent)
    : QTableWidget(parent)
    , m_copyHeader(new QAction(this))
    , m_copyValue(new QAction(this))
    , m_copyAll(new QAction(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setColumnCount(2);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->setVisible(false);
    // One line per header: compact rows, long values in the tooltip.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(QFontMetrics(fixed).height() + RowPaddingPx);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
    setFont(fixed);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Long values are elided (their tooltip has them whole), so the height never depends on a
    // horizontal scroll bar coming and going.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_copyHeader->setShortcut(QKeySequence::Copy);
    m_copyHeader->setShortcutContext(Qt::WidgetShortcut);
    for (QAction *action : {m_copyHeader, m_copyValue, m_copyAll})
        addAction(action);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyHeader, &QAction::triggered, this, [this] {
        if (const int row = currentRow(); row >= 0 && item(row, 0) && item(row, 1))
            QApplication::clipboard()->setText(item(row, 0)->text() + QStringLiteral(": ") + item(row, 1)->text());
    });
    connect(m_copyValue, &QAction::triggered, this, [this] {
        if (const int row = currentRow(); row >= 0 && item(row, 1))
            QApplication::clipboard()->setText(item(row, 1)->text());
    });
    connect(m_copyAll, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(m_head); });
    connect(this, &QTableWidget::currentCellChanged, this, &HeaderTable::updateActions);

    retranslateUi();
    fitToRows();
    updateActions();
}

QString HeaderTable::headerText(const QByteArray &bytes)
{
    if (Utf8Validator::firstInvalidOffset(bytes) < 0)
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes);
}

void HeaderTable::setMessage(const HttpMessage &message)
{
    clearContents();
    setRowCount(int(message.headers.size()));
    int row = 0;
    for (const HttpMessage::Header &header : message.headers) {
        auto *name = new QTableWidgetItem(headerText(header.first));
        auto *value = new QTableWidgetItem(headerText(header.second));
        value->setToolTip(value->text());
        setItem(row, 0, name);
        setItem(row, 1, value);
        ++row;
    }
    const bool any = !message.headers.isEmpty() || !message.rawHead.isEmpty() || message.statusCode != 0
            || !message.method.isEmpty();
    m_head = any ? headerText(message.head()) : QString();
    fitToRows();
    updateActions();
}

int HeaderTable::fittedHeight() const
{
    const QHeaderView *rows = verticalHeader();
    const int header = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    // The rows as the header lays them out (a style's minimum section size may exceed the
    // default), and room for one empty row, so a head without headers still reads as a table.
    int body = rows->defaultSectionSize();
    if (rowCount() > 0)
        body = rowCount() <= MaxFittedRows ? rows->length() : rows->sectionPosition(MaxFittedRows);
    return header + body + 2 * frameWidth();
}

void HeaderTable::fitToRows()
{
    setVerticalScrollBarPolicy(rowCount() > MaxFittedRows ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setFixedHeight(fittedHeight());
    updateGeometry();
}

QSize HeaderTable::sizeHint() const
{
    return QSize(QTableWidget::sizeHint().width(), fittedHeight());
}

QSize HeaderTable::minimumSizeHint() const
{
    return QSize(QTableWidget::minimumSizeHint().width(), fittedHeight());
}

void HeaderTable::updateActions()
{
    const bool row = currentRow() >= 0 && currentRow() < rowCount();
    m_copyHeader->setEnabled(row);
    m_copyValue->setEnabled(row);
    m_copyAll->setEnabled(!m_head.isEmpty());
}

void HeaderTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitToRows();
    QTableWidget::changeEvent(event);
}

void HeaderTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_copyHeader->setText(tr("Copy Header"));
    m_copyHeader->setToolTip(tr("Copy the selected header as \"Name: value\""));
    m_copyValue->setText(tr("Copy Value"));
    m_copyAll->setText(tr("Copy All Headers"));
    m_copyAll->setToolTip(tr("Copy the whole head as it crossed the wire: start line and every header"));
}
