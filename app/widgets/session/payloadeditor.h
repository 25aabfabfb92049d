#pragma once

#include "widgets/session/payloadmode.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAbstractButton;
class FrameSpecForm;
class QButtonGroup;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

// The composer's payload: the editor (or, in File mode, the chosen file; in Frame mode the
// FrameSpecForm, whose fields are kept apart from the editor's text), the mode buttons and
// Pretty/Compact for JSON, and the live validation of the input in the current mode. Text must
// be UTF-8-encodable (TextRules), JSON valid, hex and Base64 decodable by the core codecs; every
// error names the line, column and character.
//
// The widget itself is the editor/file page. The mode buttons and Pretty/Compact sit in the
// host's header and action rows: modeBar() and formatBar() are children of the host widget.
class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    // Larger files are refused: they would not fit the default message size limits anyway.
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    // What one Send puts on the wire.
    struct Outgoing
    {
        bool isText = true;
        QString text;
        QByteArray data;
        QString filePath; // File mode: the file, read only while it is sent (Session::sendFile)
    };

    // host: the widget whose rows show modeBar() and formatBar().
    explicit PayloadEditor(QWidget *host);

    // Shows the input in `mode` as it is (loading a saved message, a host's choice).
    void setMode(PayloadMode mode);
    PayloadMode mode() const { return m_mode; }
    // What a click on a mode button does: converts the editor's text so that it stands for the
    // same bytes in the new mode (PayloadConverter). When that is impossible (invalid hex, bytes
    // that are not UTF-8 for Text) it asks whether to switch and keep the text as typed; no
    // answer yet (or "stay") keeps mode and text. Returns whether the mode changed now.
    bool switchMode(PayloadMode mode);
    // The question switchMode() asked and is still open, else nullptr.
    QMessageBox *conversionQuestion() const;
    void setText(const QString &text);
    QString text() const;
    // Reads the file now and switches to File mode. On failure returns false with a translated
    // *error, also sent with fileRefused().
    bool loadFile(const QString &path, QString *error = nullptr);
    QString fileName() const { return m_fileName; }
    qint64 fileSize() const { return m_fileSize; }

    bool isInputValid() const { return m_inputError.isEmpty(); }
    QString inputError() const { return m_inputError; }
    // The editor is empty in a mode where that would send an empty message (Text, Hex, Base64).
    // File mode without a file is neither empty nor invalid until the user tries to send it or
    // a pick is refused: it starts neutral.
    bool isInputEmpty() const { return m_inputEmpty; }
    // What the status line says about valid input ("✓ valid JSON · 12 bytes").
    QString inputInfo() const { return m_inputInfo; }
    // The message the current input makes; false with *error while it is invalid.
    bool buildOutgoing(Outgoing *out, QString *error) const;
    // Marks the input invalid with that error (a send found it so), until it is validated again.
    void setInputError(const QString &error);

    // The file button in File mode, else the editor.
    void focusInput();

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *chooseFileButton() const { return m_chooseFile; }
    FrameSpecForm *frameForm() const { return m_frameForm; }
    QAbstractButton *modeButton(PayloadMode mode) const;
    QList<QAbstractButton *> modeButtons() const;
    QToolButton *prettyButton() const { return m_pretty; }
    QToolButton *compactButton() const { return m_compact; }
    QWidget *modeBar() const { return m_modeBar; }
    QWidget *formatBar() const { return m_formatBar; }

public slots:
    void prettyPrint();
    void compactPrint();
    void chooseFile();

signals:
    // The input was checked again (after typing, a mode switch, a new file, ...).
    void validated();
    // The user changed the input: an earlier send refusal no longer applies.
    void edited();
    // loadFile() failed, with the reason.
    void fileRefused(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePlaceholder();
    void updateFormatButtons();
    void validateInput();
    void scheduleValidation();

    PayloadMode m_mode = PayloadMode::Text;
    PayloadMode m_editorMode = PayloadMode::Text; // what the editor's text is in (the last mode but File)
    QPointer<QMessageBox> m_question;
    QString m_inputError;
    bool m_inputEmpty = false;
    QString m_inputInfo;
    QString m_fileName;
    QString m_fileRefusal; // why the last file the user picked was refused (File mode turns red)
    QString m_filePath;
    qint64 m_fileSize = 0;

    QWidget *m_modeBar = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QWidget *m_formatBar = nullptr;
    QToolButton *m_pretty = nullptr;
    QToolButton *m_compact = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QWidget *m_filePage = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseFile = nullptr;
    FrameSpecForm *m_frameForm = nullptr;
    QTimer *m_validateTimer = nullptr;
};
