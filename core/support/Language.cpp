#include "Language.h"

#include <QLocale>

namespace cloudcheck {

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    if (code == u"en")
        return Language::English;
    if (code == u"ja")
        return Language::Japanese;
    return std::nullopt;
}

Language systemLanguage()
{
    return QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

} // namespace cloudcheck
