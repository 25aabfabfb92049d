#pragma once

#include "core/log/event.h"

#include <QWidget>

class HexView;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

// The Payload tab: a payload as text, as a JSON tree (or pretty/compact JSON text) or as hex;
// copy as text/hex/Base64; save the raw bytes to a file. Large payloads stay fast: the text views
// show at most MaxTextBytes with a note, the JSON tree at most MaxTreeNodes values, and the hex
// view paints only what is on screen, so it shows all of it.
class PayloadView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Text, Json, Hex };
    enum class JsonStyle { Tree, Pretty, Compact };

    static constexpr qsizetype MaxTextBytes = 1 << 20;  // 1 MiB in the text views
    static constexpr qsizetype MaxJsonBytes = 8 << 20;  // larger payloads are not parsed as JSON
    static constexpr qsizetype MaxAutoJsonBytes = 1 << 20; // larger ones open as text; JSON on request
    static constexpr int MaxTreeNodes = 10000;
    static constexpr int LongLineChars = 4096;          // longer lines are shown in pieces

    explicit PayloadView(QWidget *parent = nullptr);

    // Shows the event's payload and picks the most useful mode: JSON for a text payload that is
    // valid JSON, hex for binary or non-UTF-8 bytes, text otherwise.
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

    void copyAsText() const;
    void copyAsHex() const;
    void copyAsBase64() const;
    // Writes the raw bytes; on failure returns false with a translated *error (also shown in the view).
    bool saveToFile(const QString &path, QString *error = nullptr);

    // What the view shows, for tests and assistive technology.
    QString noteText() const;
    QString statusText() const;
    QString displayedText() const;
    QPlainTextEdit *textView() const { return m_text; }
    QTreeWidget *jsonTree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    QToolButton *modeButton(Mode mode) const;
    QToolButton *jsonStyleButton(JsonStyle style) const;
    QToolButton *expandAllButton() const { return m_expandAll; }
    QToolButton *collapseAllButton() const { return m_collapseAll; }
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *saveButton() const { return m_save; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class JsonState { Unchecked, Valid, Invalid, TooLarge };

    void render();
    void fitTreeColumns();
    void retranslateUi();
    void checkJson();
    bool showText(const QByteArray &bytes, bool wholePayload); // true if long lines were broken up
    void setStatus(const QString &text, bool error);
    void onSaveClicked();

    Event m_event;
    QByteArray m_payload;
    bool m_hasPayload = false;
    bool m_isTextFrame = false;
    Mode m_mode = Mode::Text;
    JsonStyle m_jsonStyle = JsonStyle::Tree;
    JsonState m_jsonState = JsonState::Unchecked;
    QString m_jsonError;
    int m_jsonErrorLine = 0;
    int m_jsonErrorColumn = 0;
    bool m_treeBuiltForPayload = false;
    bool m_treeTruncated = false;
    QString m_extraNote; // "showing the first …" or a truncated tree

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
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
    QAction *m_copyText = nullptr;
    QAction *m_copyHex = nullptr;
    QAction *m_copyBase64 = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_tree = nullptr;
    HexView *m_hex = nullptr;
};
