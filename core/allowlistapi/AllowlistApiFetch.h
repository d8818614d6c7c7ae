#pragma once

#include "AllowlistDrift.h"
#include "catalog/Catalog.h"
#include "net/BoundedFetch.h"
#include "plan/RunSettings.h"
#include "result/RunResult.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

namespace cloudcheck {

// Asks Citrix's Connectivity AllowList API, Japan (`GET https://api.citrixcloud.jp/connectivity/
// v2/allowlist`, geo=jp, direction=outbound, format=json with the Customer ID, no
// authentication), along the route the run's own check of api.citrixcloud.jp took, and compares
// the answer with the catalog. Opt-in: the wizard asks only when the user says so.
class AllowlistApiFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;
    static constexpr auto kApiHost = "api.citrixcloud.jp";

    explicit AllowlistApiFetch(QObject* parent = nullptr);

    static QUrl japanUrl(const QString& customerId);
    // Why the API cannot be asked after `run` (no Customer ID: the JSON answer requires one; the
    // run did not reach api.citrixcloud.jp), in words; empty when it can.
    static QString unavailableReason(const RunResult& run, const RunSettings& settings);

    // Emits finished() or failed() later, from the event loop.
    void start(const Catalog& catalog, const RunResult& run, const RunSettings& settings);
    void abort();

signals:
    void finished(const AllowlistDrift& drift);
    void failed(const QString& reason);

private:
    BoundedFetch m_fetch;
};

} // namespace cloudcheck
