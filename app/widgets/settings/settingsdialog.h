#pragma once

#include "widgets/settings/appsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QSpinBox;

// Edits AppSettings. What only changes the look (language, theme, time format, payload font) is
// applied as the user picks it, so they see it; the log caps wait for OK, since a smaller cap
// typed digit by digit would evict rows on the way. Cancel puts back what was there when the
// dialog opened. Each application is an applied() signal: the caller applies and stores it.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &current, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

signals:
    void applied(const AppSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

protected:
    void done(int result) override;

private:
    void retranslateUi();
    void fillCombos();
    void applyLive();

    AppSettings m_base;    // what the dialog does not edit is carried through unchanged
    AppSettings m_opened;  // what Cancel puts back
    bool m_appliedLive = false;
    bool m_filling = false; // the combos are being refilled (a language change): not the user's choice
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_logRows = nullptr;
    QSpinBox *m_logMiB = nullptr;
    QComboBox *m_timeFormat = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QLabel *m_fontPreview = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_themeLabel = nullptr;
    QLabel *m_logRowsLabel = nullptr;
    QLabel *m_logMiBLabel = nullptr;
    QLabel *m_timeFormatLabel = nullptr;
    QLabel *m_fontLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
