#pragma once

#include "LocalizedText.h"

namespace cloudcheck {

struct Service
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    // Common addresses and certificate validation underpin every other service.
    bool alwaysIncluded = false;
};

} // namespace cloudcheck
