#pragma once

#include <string>
#include <utility>
#include <vector>

namespace cloudcheck::readiness {

enum class Outcome
{
    Pass,
    Warn,
    Fail,
    NotRun // the fact could not be read, or the rule does not apply here (`reason` says which)
};

// What one readiness rule concluded, in plain C++ so the same result is checked under wine and
// worded by Diagnosis on every platform. `facts` are the values read, each named: the registry
// key, the value name, what it held. Wording and translation happen later, from these alone.
struct RuleResult
{
    std::string check; // stable id: "tls12_client"
    Outcome outcome = Outcome::NotRun;
    std::string code;   // the SPEC.md finding code when the outcome is Warn or Fail
    std::string reason; // machine word for NotRun: "no_connector", "unreadable", ...
    std::vector<std::pair<std::string, std::string>> facts;

    void addFact(std::string name, std::string value)
    {
        facts.emplace_back(std::move(name), std::move(value));
    }
    std::string fact(const std::string& name) const
    {
        for (const auto& [key, value] : facts) {
            if (key == name)
                return value;
        }
        return {};
    }
};

// "a, b" built one item at a time (facts list several names in one value).
inline void appendItem(std::string& list, const std::string& item, const char* separator)
{
    if (!list.empty())
        list += separator;
    list += item;
}

} // namespace cloudcheck::readiness
