#pragma once

#include "Language.h"

#include <QObject>

class QTranslator;

namespace cloudcheck {

// Loads the program's own translation and Qt's for one language, and swaps them at run time:
// installing a translator makes Qt send LanguageChange to every widget.
class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject* parent = nullptr);

    bool setLanguage(Language language);
    Language language() const { return m_language; }

private:
    Language m_language = Language::English;
    QTranslator* m_own = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace cloudcheck
