#pragma once

#include "core/protocol/framespec.h"
#include "core/protocol/framespecclassifier.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

// The composer's Frame mode: one frame toward the server with every header field settable
// (FIN, RSV1-3, any opcode, MASK and key, a declared length and its encoding, the payload as
// text, hex, Base64 or a file), optionally cut into fragments by a FragmentPlan. The form only
// collects fields: FrameSpecParser reads them (its errors name the field), FragmentPlan cuts the
// message and FrameSpecClassifier judges every frame at the stream position the session reports
// (setContext). A violation is shown as such, with its RFC section and the close code a strict
// server answers: it may be sent. Only a field that cannot be read blocks sending.
class FrameSpecForm : public QWidget
{
    Q_OBJECT

public:
    enum class PayloadFormat { Text, Hex, Base64, File };
    // Whether the connection can take hand-made frames: the tap is on for it, off, or on only
    // for the next connection (the one that runs has none).
    enum class TapState { On, Off, NextConnection };

    explicit FrameSpecForm(QWidget *parent = nullptr);

    void setContext(const FrameSpecClassifier::Context &context);
    FrameSpecClassifier::Context context() const { return m_context; }
    void setTapState(TapState state);
    TapState tapState() const { return m_tapState; }

    // Fills the form (a preset): the payload is shown in `format` (Text, Hex or Base64).
    void setSpec(const FrameSpec &spec, PayloadFormat format);
    void setPayloadFormat(PayloadFormat format);
    PayloadFormat payloadFormat() const;
    // File payload: read now (at most FrameSpecParser::MaxPayloadFileBytes); false with *error.
    bool loadPayloadFile(const QString &path, QString *error = nullptr);

    // A field that cannot be read, named ("Masking key: ..."); empty when the form makes frames.
    QString blockingError() const { return m_blockingError; }
    // Why the connection cannot take the frames (the tap); empty when it can.
    QString tapBlockedReason() const;
    // The frames one Send writes, in order (a fragment plan makes several); empty while blocked.
    QList<FrameSpec> frames() const { return m_frames; }
    // Every frame legal at the current context.
    bool isLegal() const;
    // What the verdict line says.
    QString verdictText() const;
    // "1 frame · 5 bytes" for the status line.
    QString summary() const;

    QCheckBox *finBox() const { return m_fin; }
    QCheckBox *rsvBox(int index) const; // 1..3
    QComboBox *opcodeCombo() const { return m_opcode; }
    QCheckBox *maskBox() const { return m_mask; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *lengthEdit() const { return m_length; }
    QComboBox *lengthEncodingCombo() const { return m_lengthBits; }
    QComboBox *payloadFormatCombo() const { return m_payloadFormat; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }
    QCheckBox *fragmentBox() const { return m_fragment; }
    QLineEdit *fragmentEdit() const { return m_fragmentPlan; }
    QToolButton *presetsButton() const { return m_presets; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *tapLabel() const { return m_tapLabel; }
    QPushButton *tapButton() const { return m_tapButton; }

public slots:
    // Reads and judges the fields now (typing schedules it).
    void revalidate();
    void choosePayloadFile();

signals:
    // The frames, the verdict or the blocking error may have changed.
    void changed();
    // The user changed a field.
    void edited();
    // "Turn the tap on" was clicked (the tap applies at the next connect).
    void tapRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString fieldText() const;
    static QString quotedField(const QString &value);
    void scheduleValidation();
    void updateEnabled();
    void showVerdict();
    void retranslateUi();

    FrameSpecClassifier::Context m_context;
    TapState m_tapState = TapState::On;
    QString m_blockingError;
    QList<FrameSpec> m_frames;
    QList<FrameSpecClassifier::Verdict> m_verdicts;
    QString m_filePath;
    QString m_fileName;
    QByteArray m_fileBytes;

    QWidget *m_tapBanner = nullptr;
    QLabel *m_tapLabel = nullptr;
    QPushButton *m_tapButton = nullptr;
    QCheckBox *m_fin = nullptr;
    QList<QCheckBox *> m_rsv;
    QLabel *m_opcodeLabel = nullptr;
    QComboBox *m_opcode = nullptr;
    QCheckBox *m_mask = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_lengthLabel = nullptr;
    QLineEdit *m_length = nullptr;
    QComboBox *m_lengthBits = nullptr;
    QCheckBox *m_fragment = nullptr;
    QLineEdit *m_fragmentPlan = nullptr;
    QToolButton *m_presets = nullptr;
    QLabel *m_payloadLabel = nullptr;
    QComboBox *m_payloadFormat = nullptr;
    QStackedWidget *m_payloadStack = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QWidget *m_filePage = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QLabel *m_verdict = nullptr;
    QTimer *m_validateTimer = nullptr;
};
