#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <variant>

namespace cloudcheck {

// Reads --ca-file. A file that is unreadable, holds no certificate, or holds a damaged one is
// refused with the line of the offending PEM block, never silently half-used. Files over
// InputLimits::kMaxFileBytes are refused before they are read.
class CaFileLoader
{
    Q_DECLARE_TR_FUNCTIONS(CaFileLoader)

public:
    static std::variant<QList<QSslCertificate>, QString> load(const QString& path);
    static std::variant<QList<QSslCertificate>, QString> parse(const QByteArray& pem, const QString& path);

private:
    static QString tooLarge(const QString& path, qint64 size);
};

} // namespace cloudcheck
