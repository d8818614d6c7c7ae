#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace cloudcheck {

enum class Language
{
    English,
    Japanese
};

QString languageCode(Language language);
std::optional<Language> languageFromCode(QStringView code);
// The language the user's locale asks for; English unless it is Japanese.
Language systemLanguage();
// Joins list items with the current translation's separator: ", " in English, "、" in Japanese.
QString joinList(const QStringList& items);

} // namespace cloudcheck
