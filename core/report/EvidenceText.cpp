#include "EvidenceText.h"

namespace cloudcheck {

QString EvidenceText::describe(Confidence pattern, Confidence host)
{
    if (pattern == Confidence::Documented) {
        return host == Confidence::Documented
                   ? tr("documented pattern, documented host")
                   : tr("documented pattern, representative host chosen by CloudCheck");
    }
    return host == Confidence::Documented
               ? tr("pattern inferred by CloudCheck, documented host")
               : tr("pattern inferred by CloudCheck, representative host chosen by CloudCheck");
}

} // namespace cloudcheck
