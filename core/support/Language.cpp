#include "Language.h"

#include <QCoreApplication>
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

QString joinList(const QStringList& items)
{
    //: The separator between the items of a list; Japanese uses the ideographic comma.
    return items.join(QCoreApplication::translate("Language", ", ", "list separator"));
}

} // namespace cloudcheck
