#include "widgets/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QLocale LanguageManager::locale() const
{
    switch (m_language) {
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Korean: return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case Language::System: break;
    }
    return QLocale::system();
}

bool LanguageManager::setLanguage(Language language)
{
    m_language = language;
    // Removing and installing translators each make Qt post QEvent::LanguageChange to every
    // window, so switching back to English (no catalogue) also retranslates everything.
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }

    const QLocale target = locale();
    // Dates and numbers follow the UI language too (e.g. in the settings dialog's spin boxes).
    QLocale::setDefault(target);

    bool loaded = true;
    auto app = std::make_unique<QTranslator>();
    if (app->load(target, QStringLiteral("wsscope"), QStringLiteral("_"), m_directory)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    } else {
        // English is the source language: no catalogue needed.
        loaded = target.language() == QLocale::English || target.language() == QLocale::C;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(target, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    emit languageChanged(language);
    return loaded;
}

QString LanguageManager::code(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("en");
    case Language::Korean: return QStringLiteral("ko");
    case Language::System: break;
    }
    return QStringLiteral("system");
}

LanguageManager::Language LanguageManager::fromCode(const QString &code)
{
    if (code == QLatin1String("en"))
        return Language::English;
    if (code == QLatin1String("ko"))
        return Language::Korean;
    return Language::System;
}

QString LanguageManager::displayName(Language language)
{
    switch (language) {
    // Language names are written in their own language so a user who cannot read the current
    // UI language can still find theirs.
    case Language::English: return QStringLiteral("English");
    case Language::Korean: return QStringLiteral("한국어");
    case Language::System: break;
    }
    return tr("System default");
}
