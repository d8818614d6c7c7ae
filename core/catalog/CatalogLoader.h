#pragma once

#include "Catalog.h"
#include "CatalogError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <variant>

namespace cloudcheck {

// Reads the endpoint catalog (docs/catalog-format.md). A catalog is loaded whole or refused
// with a precise position; there is no partially loaded state.
class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    using Result = std::variant<Catalog, CatalogError>;

    static Result parse(const QByteArray& json, const QString& fileName);
    static Result loadFile(const QString& path);
    // The catalog compiled into the program.
    static Result builtIn();
    static QString builtInPath();
};

} // namespace cloudcheck
