#include "widgets/settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AppSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_base(current)
    , m_opened(current)
{
    m_language = new QComboBox(this);
    m_theme = new QComboBox(this);
    m_logRows = new QSpinBox(this);
    m_logRows->setRange(AppSettings::MinLogCapRows, AppSettings::MaxLogCapRows);
    m_logRows->setSingleStep(100000);
    m_logRows->setGroupSeparatorShown(true);
    m_logMiB = new QSpinBox(this);
    m_logMiB->setRange(int(AppSettings::MinLogCapBytes >> 20), int(AppSettings::MaxLogCapBytes >> 20));
    m_logMiB->setSingleStep(64);
    m_logMiB->setGroupSeparatorShown(true);
    m_timeFormat = new QComboBox(this);
    m_font = new QFontComboBox(this);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize = new QSpinBox(this);
    m_fontSize->setRange(6, 48);
    m_fontPreview = new QLabel(this);
    m_fontPreview->setText(QStringLiteral("7b 22 6f 70 22 3a  {\"op\": \"join\"}  0O 1lI"));
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);

    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    const auto buddy = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        return label;
    };
    m_languageLabel = buddy(m_language);
    m_themeLabel = buddy(m_theme);
    m_logRowsLabel = buddy(m_logRows);
    m_logMiBLabel = buddy(m_logMiB);
    m_timeFormatLabel = buddy(m_timeFormat);
    m_fontLabel = buddy(m_font);
    m_previewLabel = buddy(m_fontPreview);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(nullptr, m_languageNote);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_logRowsLabel, m_logRows);
    form->addRow(m_logMiBLabel, m_logMiB);
    form->addRow(m_timeFormatLabel, m_timeFormat);
    form->addRow(m_fontLabel, fontRow);
    form->addRow(m_previewLabel, m_fontPreview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const auto updatePreview = [this] {
        QFont f = m_font->currentFont();
        f.setPointSize(m_fontSize->value());
        m_fontPreview->setFont(f);
    };
    connect(m_font, &QFontComboBox::currentFontChanged, this, updatePreview);
    connect(m_fontSize, &QSpinBox::valueChanged, this, updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillCombos();
    setSettings(current);
    // Queued: a language applied from inside the combo's own signal would refill that combo under it.
    for (QComboBox *combo : {m_language, m_theme, m_timeFormat})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::applyLive, Qt::QueuedConnection);
    connect(m_font, &QFontComboBox::currentFontChanged, this, &SettingsDialog::applyLive, Qt::QueuedConnection);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsDialog::applyLive, Qt::QueuedConnection);
    retranslateUi();
    setMinimumWidth(520);
}

void SettingsDialog::applyLive()
{
    if (m_filling || !isVisible())
        return;
    AppSettings live = settings();
    live.logCapRows = m_base.logCapRows; // the caps wait for OK
    live.logCapBytes = m_base.logCapBytes;
    if (live == m_base)
        return; // e.g. the combos refilled for a new language
    m_base = live;
    m_appliedLive = true;
    emit applied(live);
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        m_base = settings();
        emit applied(m_base);
    } else if (m_appliedLive) {
        m_base = m_opened;
        emit applied(m_opened);
    }
    m_appliedLive = false;
    QDialog::done(result);
}

void SettingsDialog::fillCombos()
{
    m_filling = true;
    const LanguageManager::Language language =
            m_language->count() ? m_language->currentData().value<LanguageManager::Language>() : m_base.language;
    const int theme = m_theme->currentIndex();
    const int time = m_timeFormat->currentIndex();
    m_language->clear();
    for (const LanguageManager::Language l : {LanguageManager::Language::System, LanguageManager::Language::English,
                                              LanguageManager::Language::Korean})
        m_language->addItem(LanguageManager::displayName(l), QVariant::fromValue(l));
    m_language->setCurrentIndex(m_language->findData(QVariant::fromValue(language)));
    m_theme->clear();
    for (const ThemeManager::Theme t : {ThemeManager::Theme::System, ThemeManager::Theme::Light, ThemeManager::Theme::Dark})
        m_theme->addItem(ThemeManager::displayName(t), int(t));
    if (theme >= 0)
        m_theme->setCurrentIndex(theme);
    m_timeFormat->clear();
    for (const AppSettings::TimeFormat f : {AppSettings::TimeFormat::Clock, AppSettings::TimeFormat::DateAndClock,
                                            AppSettings::TimeFormat::Relative})
        m_timeFormat->addItem(AppSettings::displayName(f), int(f));
    if (time >= 0)
        m_timeFormat->setCurrentIndex(time);
    m_filling = false;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_base;
    s.language = m_language->currentData().value<LanguageManager::Language>();
    s.theme = ThemeManager::Theme(m_theme->currentData().toInt());
    s.logCapRows = m_logRows->value();
    s.logCapBytes = qint64(m_logMiB->value()) << 20;
    s.timeFormat = AppSettings::TimeFormat(m_timeFormat->currentData().toInt());
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    s.payloadFont = font;
    return s;
}

void SettingsDialog::setSettings(const AppSettings &s)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_base = s;
    m_language->setCurrentIndex(m_language->findData(QVariant::fromValue(s.language)));
    m_theme->setCurrentIndex(m_theme->findData(int(s.theme)));
    m_logRows->setValue(s.logCapRows);
    m_logMiB->setValue(int(s.logCapBytes >> 20));
    m_timeFormat->setCurrentIndex(m_timeFormat->findData(int(s.timeFormat)));
    m_font->setCurrentFont(s.payloadFont);
    m_fontSize->setValue(s.payloadFont.pointSize() > 0 ? s.payloadFont.pointSize() : 10);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    fillCombos();
    m_languageLabel->setText(tr("&Language:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_logRowsLabel->setText(tr("Log cap (&rows):"));
    m_logMiBLabel->setText(tr("Log cap (&payload):"));
    m_timeFormatLabel->setText(tr("Ti&me format:"));
    m_fontLabel->setText(tr("Payload &font:"));
    m_previewLabel->setText(tr("Preview:"));
    m_languageNote->setText(tr("Language, theme, time format and font change as you pick them; the log caps when you "
                               "press OK. Cancel puts back what was there."));
    m_logRows->setSuffix(tr(" rows"));
    m_logMiB->setSuffix(tr(" MiB"));
    m_fontSize->setSuffix(tr(" pt"));
    m_logRows->setToolTip(tr("When a session's log holds more rows than this, the oldest rows are evicted."));
    m_logMiB->setToolTip(tr("When a session's log holds more payload than this, the oldest rows are evicted."));
    m_fontSize->setAccessibleName(tr("Payload font size"));
    m_font->setAccessibleName(tr("Payload font"));
}
