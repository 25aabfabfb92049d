#pragma once

#include "core/log/searchmatcher.h"

#include <QByteArray>
#include <QList>
#include <QPlainTextEdit>

// The text page of the Payload tab: UTF-8 shown read-only in a fixed font, bounded so that a
// large payload stays fast. At most MaxBytes are shown, never splitting a UTF-8 sequence, and
// lines longer than LongLineChars are shown in pieces: Qt lays out a text block as one piece,
// and a single 1 MiB line (compact JSON, a Base64 blob) takes seconds to minutes to wrap.
// Copy and save use the payload itself, never these display breaks.
class PayloadTextView : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Shown
    {
        qsizetype bytes = 0;    // bytes of the input shown
        bool linesBroken = false;
    };

    PayloadTextView(qsizetype maxBytes, int longLineChars, QWidget *parent = nullptr);

    Shown showUtf8(const QByteArray &bytes);
    // Puts the cursor on a 1-based line and column and marks the line in `color` (a JSON error).
    void markPosition(int line, int column, const QColor &color);
    void clearMarks();
    // Highlights the matches of the log's search in what is shown, now and in every text shown
    // later; an empty matcher highlights nothing.
    void setSearch(const SearchMatcher &matcher);
    // The highlighted ranges, in the shown text's UTF-16 units.
    QList<SearchMatcher::Range> searchRanges() const { return m_searchRanges; }

    // What a note says about a cut or broken-up text ("Showing the first 1 MiB of 2.0 MiB."),
    // in the Payload tab's words; empty when all of it shows as it is.
    static QString describe(const Shown &shown, qsizetype total, bool wholePayload, int longLineChars);

    // The byte count at most `max` that does not cut a UTF-8 sequence in two.
    static qsizetype utf8Cut(const QByteArray &bytes, qsizetype max);

private:
    void applySelections();
    void updateSearchRanges();

    SearchMatcher m_search;
    QList<SearchMatcher::Range> m_searchRanges;
    QList<QTextEdit::ExtraSelection> m_marks; // the JSON error mark
    qsizetype m_maxBytes;
    int m_longLineChars;
};
