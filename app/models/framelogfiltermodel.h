#pragma once

#include "core/log/event.h"
#include "core/log/logfilter.h"
#include "core/log/searchmatcher.h"
#include "core/protocol/frameheader.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

#include <array>
#include <optional>

#include <deque>

class FrameLogModel;

// Filters the frame log by direction × kind toggles (LogFilter, e.g. "received text, no pings"),
// event kind, opcode and a substring or regular expression. Like Wireshark's packet list proxy (docs/ARCHITECTURE.md), it holds a
// sorted list of the accepted source rows: appended source rows are checked and appended
// (incremental, one insert per source insert), evicted rows at the front cost O(evicted) (a deque,
// and an offset instead of renumbering), and only a change of the criteria re-checks every row.
class FrameLogFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // Presets of the toggles (the filter bar's quick buttons); Custom: any other combination.
    enum class Category { All, Sent, Received, Control, Errors, Custom };
    // The toggles a preset stands for (Custom: all).
    static LogFilter preset(Category category);

    explicit FrameLogFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Sets the toggles to a preset.
    void setCategory(Category category);
    // The preset the toggles equal, or Custom.
    Category category() const;
    void setLogFilter(const LogFilter &filter);
    const LogFilter &logFilter() const { return m_filter; }
    // -1: any. Frames match their opcode, the Close record matches close (LogRules::effectiveOpcode);
    // other events never match a specific opcode.
    void setOpcodeFilter(int opcode);
    int opcodeFilter() const { return m_opcode; }
    // -1: any; else an EventKind value.
    void setKindFilter(int kind);
    int kindFilter() const { return m_kind; }
    // Searches the type, summary, whole text payload and handshake of every event. An invalid
    // regular expression filters nothing (every row stays) and searchError() says why.
    void setSearchText(const QString &text, bool regex, bool caseSensitive = false);
    QString searchText() const { return m_searchText; }
    QString searchError() const { return m_searchError; }
    // The current search, for highlighting its matches (empty when none or invalid).
    const SearchMatcher &searchMatcher() const { return m_matcher; }
    // Rows that pass the filter.
    int matchCount() const { return int(m_rows.size()); }

    // Whether one event passes the current criteria.
    bool accepts(const Event &event) const;

signals:
    void logFilterChanged();
    // The search text or its options changed (highlights follow searchMatcher()).
    void searchChanged();
    void searchErrorChanged(const QString &error);
    void matchCountChanged(int count);

private:
    enum class SearchMode { None, Substring, Regex };

    Event sourceEvent(int sourceRow) const;
    bool acceptsSourceRow(int sourceRow) const;
    // No criteria set: every row passes.
    bool acceptsAll() const;
    // Substring search in a data payload without building its search text, or nullopt when
    // only the general path can tell (see accepts()).
    std::optional<bool> quickSubstringMatch(const Event &event) const;
    void refilter();
    void rebuild();
    // Proxy rows whose source rows lie in [first, last].
    std::pair<int, int> proxyRange(int first, int last) const;
    void emitCountIfChanged(int before);

    void onSourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    void onSourceResetBegin();
    void onSourceResetEnd();

    // Accepted source rows as row + m_offset, ascending.
    std::deque<qint64> m_rows;
    qint64 m_offset = 0;
    int m_columnCount = 0;            // of the source, cached: index() is asked for every cell
    FrameLogModel *m_log = nullptr; // the source, when it is a FrameLogModel (fast path)
    QList<QMetaObject::Connection> m_connections;

    bool m_resetting = false;       // a source change is being handled as a reset
    int m_removing = 0;             // proxy rows being removed (begin sent)
    int m_countBeforeChange = 0;
    QList<QPersistentModelIndex> m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;

    LogFilter m_filter;
    int m_opcode = -1;
    int m_kind = -1;
    QString m_searchText;
    QByteArray m_searchAscii;         // m_searchText if it is ASCII without line breaks, else empty
    // Per opcode: whether its frames' type names (EventFormatter::searchTypeName) hold the search
    // text, worked out once per search instead of a translation lookup per row.
    std::array<bool, FrameHeader::OpcodeCount> m_typeMatches{};
    bool m_caseSensitive = false;
    SearchMode m_searchMode = SearchMode::None;
    SearchMatcher m_matcher;
    QString m_searchError;
};
