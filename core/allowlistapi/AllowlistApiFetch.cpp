#include "AllowlistApiFetch.h"

#include "AllowlistComparison.h"
#include "CitrixAllowlistReader.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

const TargetResult* apiTarget(const RunResult& run)
{
    for (const TargetResult& target : run.targets) {
        if (target.target.host.compare(QLatin1StringView(AllowlistApiFetch::kApiHost), Qt::CaseInsensitive) ==
                0 &&
            target.target.port == 443)
            return &target;
    }
    return nullptr;
}

} // namespace

AllowlistApiFetch::AllowlistApiFetch(QObject* parent) : QObject(parent), m_fetch(this)
{
    connect(&m_fetch, &BoundedFetch::failed, this, [this](const QString& reason) {
        emit failed(tr("Citrix's allowlist could not be fetched: %1").arg(reason));
    });
}

QUrl AllowlistApiFetch::japanUrl(const QString& customerId)
{
    QUrl url(u"https://api.citrixcloud.jp/connectivity/v2/allowlist"_s);
    QUrlQuery query;
    query.addQueryItem(u"customerId"_s, customerId);
    query.addQueryItem(u"geo"_s, u"jp"_s);
    query.addQueryItem(u"direction"_s, u"outbound"_s);
    query.addQueryItem(u"format"_s, u"json"_s);
    url.setQuery(query);
    return url;
}

QString AllowlistApiFetch::unavailableReason(const RunResult& run, const RunSettings& settings)
{
    if (settings.customerId.isEmpty())
        return tr(
            "Citrix's allowlist API answers in JSON only for a Customer ID: enter it on the first page.");
    const TargetResult* target = apiTarget(run);
    if (!target)
        return tr("This run did not check api.citrixcloud.jp, the API's address.");
    if (target->verdict != Verdict::Pass && target->verdict != Verdict::Warn)
        return tr("This run could not reach api.citrixcloud.jp, the API's address. Save the API's answer on "
                  "a machine that can, and compare it with cloudcheck-cli --compare-allowlist.");
    if (!target->route.problem.isEmpty())
        return tr("The route to api.citrixcloud.jp cannot be used: %1").arg(target->route.problem);
    return {};
}

void AllowlistApiFetch::start(const Catalog& catalog, const RunResult& run, const RunSettings& settings)
{
    if (const QString reason = unavailableReason(run, settings); !reason.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
        return;
    }
    const Route route = apiTarget(run)->route;
    BoundedFetch::Request request;
    request.url = japanUrl(settings.customerId);
    request.timeoutMs = qMax(settings.timeoutMs * 3, 10000); // a whole document, not one step
    request.maxBytes = kMaxAnswerBytes;
    request.extraCaCertificates = settings.extraCaCertificates;
    request.headers = {{"Accept", "application/json"}};
    if (route.isProxied()) {
        request.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, route.proxyHost, route.proxyPort,
                                      settings.proxy.user, settings.proxyPassword);
    } else {
        for (const HostOverride& pin : settings.overrides) {
            if (pin.matches(QString::fromLatin1(kApiHost), 443)) {
                request.pin = pin;
                break;
            }
        }
    }
    // Shown with the answer: the address asked, without the Customer ID.
    QUrl shown = request.url;
    QUrlQuery query(shown);
    query.removeAllQueryItems(u"customerId"_s);
    shown.setQuery(query);
    const QString source = shown.toString();
    // The catalog is copied: the comparison runs when the answer arrives, after the caller's
    // reference may be gone.
    disconnect(&m_fetch, &BoundedFetch::finished, this, nullptr);
    connect(&m_fetch, &BoundedFetch::finished, this,
            [this, catalog, source, customerId = settings.customerId](const QByteArray& body) {
                auto parsed = CitrixAllowlistReader::parse(body, customerId);
                if (auto* problem = std::get_if<QString>(&parsed)) {
                    emit failed(tr("Citrix's allowlist answer was not understood: %1").arg(*problem));
                    return;
                }
                emit finished(
                    AllowlistComparison::compare(catalog, std::get<CitrixAllowlist>(parsed), source));
            });
    m_fetch.start(request);
}

void AllowlistApiFetch::abort()
{
    m_fetch.abort();
}

} // namespace cloudcheck
