#pragma once

#include "pac/PacDirective.h"

#include <QMetaType>
#include <QString>

namespace cloudcheck {

// What the script said for one PacQuery: the string it returned and its parsed form, or why
// there is no answer ("timeout", "exception: ReferenceError: ...", "not_a_string: number").
// The reasons are machine words; the engine phrases them for people.
struct PacAnswer
{
    QString returned;
    PacDirective directive;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace cloudcheck

Q_DECLARE_METATYPE(cloudcheck::PacAnswer)
