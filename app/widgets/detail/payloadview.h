#pragma once

#include "core/codecs/jsontree.h"
#include "core/codecs/payloadclassifier.h"
#include "core/log/event.h"
#include "widgets/detail/jsontreeview.h"
#include "widgets/detail/payloadtextview.h"

#include <QWidget>

#include <optional>

class HexView;
class PayloadActions;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QToolButton;

// The Payload tab: a payload as text, as a JSON tree (or pretty/compact JSON text) or as hex;
// copy as text/hex/Base64; save the raw bytes to a file. What the payload is (empty, text, JSON,
// binary, and why) is PayloadClassifier's; the tree is JsonTree's, shown through a lazy model.
// Large payloads stay fast: the text views show at most MaxTextBytes with a note, the JSON tree
// makes rows only for the nodes opened, and the hex view paints only what is on screen.
class PayloadView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Text, Json, Hex };
    enum class JsonStyle { Tree, Pretty, Compact };

    static constexpr qsizetype MaxTextBytes = 1 << 20;  // 1 MiB in the text views
    static constexpr qsizetype MaxJsonBytes = PayloadClassifier::MaxJsonCheckBytes; // larger: not read as JSON
    static constexpr qsizetype MaxAutoJsonBytes = 1 << 20; // larger ones open as text; JSON on request
    static constexpr int LongLineChars = 4096;          // longer lines are shown in pieces

    explicit PayloadView(QWidget *parent = nullptr);

    // Shows the event's payload and picks the most useful mode from PayloadClassifier's verdict:
    // JSON for a JSON object or array, hex for binary or non-UTF-8 bytes, text otherwise.
    void setEvent(const Event &event);
    void clear();
    bool hasPayload() const { return m_hasPayload; }
    const QByteArray &payload() const { return m_payload; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    JsonStyle jsonStyle() const { return m_jsonStyle; }
    void setJsonStyle(JsonStyle style);
    // Whether the payload is valid JSON (checked once per payload, up to MaxJsonBytes).
    bool isJson() const { return m_jsonState == JsonState::Valid; }
    // PayloadClassifier's verdict on the payload shown.
    const PayloadClassifier::Result &classification() const { return m_class; }

    void copyAsText() const;
    void copyAsHex() const;
    void copyAsBase64() const;
    // Writes the raw bytes; on failure returns false with a translated *error (also shown in the view).
    bool saveToFile(const QString &path, QString *error = nullptr);

    // What the view shows, for tests and assistive technology.
    QString noteText() const;
    QString statusText() const;
    // What the payload is and why, as the classifier words it: "Detected: text — valid UTF-8, 5 characters".
    QString classificationText() const;
    QString displayedText() const;
    PayloadTextView *textView() const { return m_text; }
    JsonTreeView *jsonTree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    QToolButton *modeButton(Mode mode) const;
    QToolButton *jsonStyleButton(JsonStyle style) const;
    QToolButton *expandAllButton() const { return m_expandAll; }
    QToolButton *collapseAllButton() const { return m_collapseAll; }
    QToolButton *copyButton() const;
    QToolButton *saveButton() const;

    // A byte count as the tab words it: "12 byte(s)", "1 MiB", "2.0 MiB".
    static QString dataSize(qint64 bytes);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class JsonState { Unchecked, Valid, Invalid, TooLarge };

    void render();
    void renderTree();
    void renderText(QStringList *notes, bool jsonTextFallback);
    void retranslateUi();
    void checkJson();
    void expandAll();
    bool showText(const QByteArray &bytes, bool wholePayload); // true if long lines were broken up
    void setStatus(const QString &text, bool error);

    Event m_event;
    QByteArray m_payload;
    bool m_hasPayload = false;
    quint8 m_opcode = 0;     // the opcode the payload was classified with
    bool m_complete = true;  // the log kept all of it
    Mode m_mode = Mode::Text;
    JsonStyle m_jsonStyle = JsonStyle::Tree;
    PayloadClassifier::Result m_class;
    JsonState m_jsonState = JsonState::Unchecked;
    std::optional<CodecError> m_jsonError;
    JsonTree m_jsonTree;              // the top level and its children, built once per payload
    bool m_treeBuiltForPayload = false;
    QString m_extraNote;  // "showing the first …"
    QString m_expandNote; // what "Expand all" left closed

    QButtonGroup *m_modeGroup = nullptr;
    QButtonGroup *m_styleGroup = nullptr;
    QToolButton *m_textButton = nullptr;
    QToolButton *m_jsonButton = nullptr;
    QToolButton *m_hexButton = nullptr;
    QWidget *m_jsonBar = nullptr;
    QToolButton *m_treeButton = nullptr;
    QToolButton *m_prettyButton = nullptr;
    QToolButton *m_compactButton = nullptr;
    QToolButton *m_expandAll = nullptr;
    QToolButton *m_collapseAll = nullptr;
    PayloadActions *m_actions = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    PayloadTextView *m_text = nullptr;
    JsonTreeView *m_tree = nullptr;
    HexView *m_hex = nullptr;
};
