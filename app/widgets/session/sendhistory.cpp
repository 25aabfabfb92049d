#include "widgets/session/sendhistory.h"

#include "widgets/session/payloadeditor.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>

namespace {

// The visual line of the cursor inside its block, -1 when the block is not laid out.
int lineInBlock(const QTextCursor &cursor)
{
    const QTextLayout *layout = cursor.block().layout();
    if (!layout || layout->lineCount() == 0)
        return -1;
    return layout->lineForTextPosition(cursor.positionInBlock()).lineNumber();
}

} // namespace

SendHistory::SendHistory(PayloadEditor *payload, QObject *parent)
    : QObject(parent)
    , m_payload(payload)
{
    m_payload->editor()->installEventFilter(this);
}

void SendHistory::record(PayloadMode mode, const QString &text)
{
    if (mode == PayloadMode::File || mode == PayloadMode::Frame)
        return;
    const Entry entry{mode, text};
    if (m_entries.isEmpty() || m_entries.constLast() != entry)
        m_entries.append(entry);
    if (m_entries.size() > MaxEntries)
        m_entries.remove(0, m_entries.size() - MaxEntries);
    m_position = m_entries.size();
    m_draft = Entry{};
    m_shown = Entry{};
}

SendHistory::Entry SendHistory::current() const
{
    return Entry{m_payload->mode(), m_payload->text()};
}

bool SendHistory::older()
{
    // An entry the user changed is a new draft: the walk starts again from the newest.
    if (m_position < m_entries.size() && current() != m_shown)
        m_position = m_entries.size();
    if (m_position == m_entries.size())
        m_draft = current();
    if (m_position == 0)
        return false;
    show(m_position - 1);
    return true;
}

bool SendHistory::newer()
{
    if (m_position >= m_entries.size())
        return false;
    if (current() != m_shown) {
        // Edited: it is the draft now, and there is nothing newer than a draft.
        m_draft = current();
        m_position = m_entries.size();
        return false;
    }
    show(m_position + 1);
    return true;
}

void SendHistory::show(qsizetype position)
{
    m_position = position;
    const Entry entry = position < m_entries.size() ? m_entries.at(position) : m_draft;
    // The mode first: a mode switch may convert the text that is there.
    if (m_payload->mode() != entry.mode)
        m_payload->setMode(entry.mode);
    m_payload->setText(entry.text);
    m_shown = current();
    QPlainTextEdit *editor = m_payload->editor();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
}

bool SendHistory::cursorOnFirstLine() const
{
    const QTextCursor cursor = m_payload->editor()->textCursor();
    if (cursor.blockNumber() != 0)
        return false;
    const int line = lineInBlock(cursor);
    return line <= 0;
}

bool SendHistory::cursorOnLastLine() const
{
    const QTextCursor cursor = m_payload->editor()->textCursor();
    if (cursor.block() != m_payload->editor()->document()->lastBlock())
        return false;
    const int line = lineInBlock(cursor);
    return line < 0 || line == cursor.block().layout()->lineCount() - 1;
}

bool SendHistory::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: the editor sends events while it is destroyed, when the PayloadEditor
    // around it is no longer one (calling editor() then is undefined behaviour).
    if (event->type() == QEvent::KeyPress && watched == m_payload->editor()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        const bool selecting = m_payload->editor()->textCursor().hasSelection();
        if (plain && !selecting && key->key() == Qt::Key_Up && cursorOnFirstLine())
            return older();
        if (plain && !selecting && key->key() == Qt::Key_Down && cursorOnLastLine())
            return newer();
    }
    return QObject::eventFilter(watched, event);
}
