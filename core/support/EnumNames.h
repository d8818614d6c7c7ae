#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace cloudcheck {

// One table per enum gives both directions of the wire name, so a name used in JSON, the
// catalog or the CLI cannot drift between writer and reader.
template <typename Enum, std::size_t N>
class EnumNames
{
public:
    constexpr explicit EnumNames(std::array<std::pair<Enum, const char*>, N> table) : m_table(table) {}

    QString name(Enum value) const
    {
        for (const auto& [entry, text] : m_table) {
            if (entry == value)
                return QLatin1String(text);
        }
        return {};
    }

    std::optional<Enum> fromName(QStringView text) const
    {
        for (const auto& [entry, name] : m_table) {
            if (text == QLatin1String(name))
                return entry;
        }
        return std::nullopt;
    }

    QStringList names() const
    {
        QStringList result;
        for (const auto& entry : m_table)
            result << QLatin1String(entry.second);
        return result;
    }

private:
    std::array<std::pair<Enum, const char*>, N> m_table;
};

} // namespace cloudcheck
