#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslator, "cloudcheck.translator")

namespace cloudcheck {

Translator::Translator(QObject* parent) : QObject(parent) {}

bool Translator::setLanguage(Language language)
{
    for (QTranslator** slot : {&m_own, &m_qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    m_language = language;
    if (language == Language::English)
        return true; // the source strings are English

    const QString code = languageCode(language);
    m_own = new QTranslator(this);
    const bool ownLoaded = m_own->load(QStringLiteral(":/i18n/cloudcheck_") + code);
    if (ownLoaded)
        QCoreApplication::installTranslator(m_own);
    else
        qCWarning(lcTranslator) << "no built-in translation for" << code;

    m_qt = new QTranslator(this);
    if (m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    return ownLoaded;
}

} // namespace cloudcheck
