#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

// Switches the UI language at run time. Installing or removing a QTranslator makes Qt send
// QEvent::LanguageChange to every widget, and each widget re-runs its retranslateUi(); so no
// restart is needed for anything built with tr(). Catalogues come from ":/i18n"
// (qt_add_translations embeds them there) plus Qt's own "qtbase" catalogue for standard dialogs.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    enum class Language { System, English, Korean };
    Q_ENUM(Language)

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Returns false when the catalogue for that language was not found (the UI then shows
    // the English source strings, which is always safe).
    bool setLanguage(Language language);
    Language language() const { return m_language; }
    QLocale locale() const;                            // the locale the chosen language means

    void setCatalogueDirectory(const QString &directory) { m_directory = directory; }

    static QString code(Language language);            // "system", "en", "ko": stable, for QSettings
    static Language fromCode(const QString &code);     // unknown codes mean System
    static QString displayName(Language language);     // in its own language ("한국어"), System translated

signals:
    void languageChanged(LanguageManager::Language language);

private:
    QString m_directory = QStringLiteral(":/i18n");
    Language m_language = Language::System;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
