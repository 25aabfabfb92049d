#pragma once

#include "widgets/settings/appsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QSpinBox;

// Edits AppSettings. OK and Apply emit applied(); the caller applies them (language and theme
// take effect at once, no restart) and stores them.
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

private:
    void retranslateUi();
    void fillCombos();

    AppSettings m_base;    // what the dialog does not edit is carried through unchanged
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
