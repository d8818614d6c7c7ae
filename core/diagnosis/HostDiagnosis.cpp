#include "HostDiagnosis.h"

#include "Diagnosis.h"

#include <optional>

namespace cloudcheck {

const QString HostDiagnosis::kCtx335879 = QStringLiteral("https://support.citrix.com/article/CTX335879");
const QString HostDiagnosis::kCtx549325 = QStringLiteral("https://support.citrix.com/article/CTX549325");
const QString HostDiagnosis::kCtx696429 = QStringLiteral("https://support.citrix.com/article/CTX696429");
const QString HostDiagnosis::kConnectorRequirementsDoc = QStringLiteral(
    "https://docs.citrix.com/en-us/citrix-cloud-japan/system-requirements/cloud-connector-requirements.html");

namespace {

QString fact(const HostCheck& check, const QString& name)
{
    return check.details.value(name).toString();
}

QString fact(const HostCheck& check, const char* name)
{
    return fact(check, QLatin1String(name));
}

Finding tls12Finding(const HostCheck& check)
{
    const QString key = fact(check, "key");
    return {
        FindingCode::HostTls12Disabled,
        check.verdict,
        HostDiagnosis::tr("TLS 1.2 is switched off for clients in SChannel: %1 has Enabled = %2 and "
                          "DisabledByDefault = %3. Citrix Cloud accepts only TLS 1.2 and later, so the Cloud "
                          "Connector cannot connect to it.")
            .arg(key, fact(check, "Enabled"), fact(check, "DisabledByDefault")),
        HostDiagnosis::tr("Set Enabled = 1 and DisabledByDefault = 0 (REG_DWORD) under %1, or delete both "
                          "values, then restart the machine: reg add \"%1\" /v Enabled /t REG_DWORD /d 1 /f "
                          "and reg add \"%1\" /v DisabledByDefault /t REG_DWORD /d 0 /f")
            .arg(key),
        {HostDiagnosis::kConnectorRequirementsDoc}};
}

Finding cipherFinding(const HostCheck& check)
{
    return {FindingCode::HostCiphersMissing,
            check.verdict,
            HostDiagnosis::tr(
                "The cipher suite order set by Group Policy (%1, value Functions) lists none of the "
                "four suites the Citrix Cloud ingress accepts for TLS 1.2 "
                "(TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "
                "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256). The "
                "policy holds: %2. Every TLS handshake to Citrix Cloud then fails.")
                .arg(fact(check, "key"), fact(check, "Functions")),
            HostDiagnosis::tr("Add at least TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and "
                              "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 to the Group Policy \"SSL Cipher Suite "
                              "Order\" (Computer Configuration > Administrative Templates > Network > SSL "
                              "Configuration Settings), or remove that policy; then run gpupdate /force and "
                              "restart the machine."),
            {HostDiagnosis::kCtx335879}};
}

Finding dotNetFinding(const HostCheck& check)
{
    return {
        FindingCode::HostDotnetWeakCrypto,
        check.verdict,
        HostDiagnosis::tr("The .NET Framework is told to keep its old TLS choice: %1 set to 0. The Cloud "
                          "Connector's services are .NET programs; they then offer protocols Citrix Cloud "
                          "refuses.")
            .arg(fact(check, "weak")),
        HostDiagnosis::tr(
            "Set SchUseStrongCrypto = 1 and SystemDefaultTlsVersions = 1 (REG_DWORD) under both "
            "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and "
            "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319, then restart "
            "the machine: reg add \"HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\" /v "
            "SchUseStrongCrypto /t REG_DWORD /d 1 /f (and the same for the other value and key)."),
        {HostDiagnosis::kConnectorRequirementsDoc}};
}

Finding fipsFinding(const HostCheck& check)
{
    const QString key = fact(check, "key");
    return {
        FindingCode::HostFips,
        check.verdict,
        HostDiagnosis::tr("FIPS mode is on (%1, Enabled = %2). The Cloud Connector's installation fails on a "
                          "machine in FIPS mode.")
            .arg(key, fact(check, "Enabled")),
        HostDiagnosis::tr("Disable the policy \"System cryptography: Use FIPS compliant algorithms for "
                          "encryption, hashing, and signing\" (Local Security Policy > Security Options), or "
                          "set Enabled = 0 under %1: reg add \"%1\" /v Enabled /t REG_DWORD /d 0 /f; then "
                          "restart the machine.")
            .arg(key),
        {HostDiagnosis::kConnectorRequirementsDoc}};
}

Finding ieEscFinding(const HostCheck& check)
{
    const QString key = fact(check, "key");
    return {
        FindingCode::HostIeEsc,
        check.verdict,
        HostDiagnosis::tr("Internet Explorer Enhanced Security Configuration is on for administrators (%1, "
                          "IsInstalled = %2). With it on, the Cloud Connector might not be able to connect "
                          "to Citrix Cloud Japan.")
            .arg(key, fact(check, "IsInstalled")),
        HostDiagnosis::tr("Turn it off in Server Manager > Local Server > IE Enhanced Security Configuration "
                          "(Administrators: Off), or set IsInstalled = 0 under %1 and sign in again.")
            .arg(key),
        {HostDiagnosis::kConnectorRequirementsDoc}};
}

Finding osFinding(const HostCheck& check)
{
    QStringList problems;
    for (const QString& problem : fact(check, "problems").split(u',', Qt::SkipEmptyParts)) {
        if (problem == QLatin1String("server_core"))
            problems << HostDiagnosis::tr("it is Server Core, which the Cloud Connector does not support");
        else if (problem == QLatin1String("not_server"))
            problems << HostDiagnosis::tr("it is not a Windows Server edition");
        else if (problem == QLatin1String("old_build"))
            problems << HostDiagnosis::tr("its build is older than Windows Server 2016 (14393)");
        else if (problem == QLatin1String("old_dotnet"))
            problems << HostDiagnosis::tr(".NET Framework 4.7.2 or later is not installed (%1 Release = %2)")
                            .arg(fact(check, "dotNetKey"), fact(check, "dotNetRelease"));
    }
    return {
        FindingCode::HostUnsupportedOs,
        check.verdict,
        HostDiagnosis::tr("This machine does not meet the Cloud Connector's requirements: %1. Read from %2: "
                          "ProductName \"%3\", InstallationType \"%4\", CurrentBuildNumber %5; ProductType "
                          "\"%6\" (%7).")
            .arg(problems.join(QStringLiteral("; ")), fact(check, "key"), fact(check, "ProductName"),
                 fact(check, "InstallationType"), fact(check, "CurrentBuildNumber"),
                 fact(check, "ProductType"), fact(check, "productOptionsKey")),
        HostDiagnosis::tr(
            "Install the Cloud Connector on Windows Server 2016, 2019 or 2022 with Desktop "
            "Experience and .NET Framework 4.7.2 or later (4.8 recommended). Server Core cannot "
            "be converted: use another machine installed with Desktop Experience."),
        {HostDiagnosis::kConnectorRequirementsDoc}};
}

Finding domainRoleFinding(const HostCheck& check)
{
    const QString role = fact(check, "domainRole");
    const bool controller = fact(check, "problem") == QLatin1String("domain_controller");
    return {FindingCode::HostDomainRole,
            check.verdict,
            controller
                ? HostDiagnosis::tr("This machine is a domain controller (DomainRole %1). Citrix does not "
                                    "support the Cloud Connector on a domain controller.")
                      .arg(role)
                : HostDiagnosis::tr("This machine is not joined to a domain (DomainRole %1). The Cloud "
                                    "Connector must be a member of the Active Directory domain it serves.")
                      .arg(role),
            HostDiagnosis::tr(
                "Use a dedicated member server for the Cloud Connector: join it to the domain "
                "(Add-Computer -DomainName <domain>, then restart), and never a domain controller."),
            {HostDiagnosis::kConnectorRequirementsDoc}};
}

Finding rootsFinding(const HostCheck& check)
{
    QStringList parts;
    const QString roots = fact(check, "missingRoots");
    const QString intermediate = fact(check, "missingIntermediates");
    const bool autoUpdateOff = fact(check, "DisableRootAutoUpdate") != QLatin1String("(not set)") &&
                               fact(check, "DisableRootAutoUpdate") != QLatin1String("0");
    if (!roots.isEmpty()) {
        parts << (autoUpdateOff
                      ? HostDiagnosis::tr(
                            "Root certificates missing from the machine's Trusted Root store: %1, "
                            "and root auto-update is off by policy (%2 DisableRootAutoUpdate = %3), "
                            "so Windows cannot fetch them. Citrix Cloud's connections and the "
                            "Connector's installation (\"Verified download failed\") fail.")
                            .arg(roots, fact(check, "autoUpdateKey"), fact(check, "DisableRootAutoUpdate"))
                      : HostDiagnosis::tr(
                            "Root certificates not yet in the machine's Trusted Root store: %1. "
                            "Windows fetches them from Windows Update on first use while root "
                            "auto-update is on; where that download is blocked, connections to "
                            "Citrix Cloud are not trusted.")
                            .arg(roots));
    }
    if (!intermediate.isEmpty()) {
        parts << HostDiagnosis::tr(
                     "The DigiCert G4 code-signing intermediate (%1) is not in the machine's "
                     "Intermediate store. The Cloud Connector's binaries are signed under it; Windows "
                     "downloads it from http://cacerts.digicert.com over port 80, and where that is "
                     "blocked the installation fails with \"Verified download failed\".")
                     .arg(intermediate);
    }
    return {
        FindingCode::HostRootsMissing,
        check.verdict,
        parts.join(u' '),
        HostDiagnosis::tr("Import the missing certificates from DigiCert "
                          "(https://www.digicert.com/kb/digicert-root-certificates.htm) into the Local "
                          "Computer store: certutil -addstore Root <root>.crt for roots, certutil -addstore "
                          "CA <intermediate>.crt for the intermediate. Allow http://cacerts.digicert.com and "
                          "port 80 to *.digicert.com so Windows can fetch them itself."),
        {Diagnosis::kCtx477396, Diagnosis::kCtx223828, HostDiagnosis::kCtx549325}};
}

Finding winHttpFinding(const HostCheck& check)
{
    const QString problem = fact(check, "problem");
    const QString winHttp = fact(check, "winHttpProxy");
    QString message;
    if (problem == QLatin1String("user_pac"))
        message =
            HostDiagnosis::tr("This user's Internet Settings use a PAC script (%1), which WinHTTP and the "
                              "Cloud Connector cannot use; the machine's WinHTTP proxy is %2.")
                .arg(fact(check, "userAutoConfigUrl"), winHttp);
    else if (problem == QLatin1String("user_autodetect"))
        message =
            HostDiagnosis::tr("This user's Internet Settings detect the proxy automatically (WPAD), which "
                              "the Cloud Connector cannot use; the machine's WinHTTP proxy is %1.")
                .arg(winHttp);
    else
        message =
            HostDiagnosis::tr("The machine's WinHTTP proxy (%1), which the Cloud Connector's services use, "
                              "differs from this user's proxy (%2), which the installer and the browser use. "
                              "The installation then works, but the services cannot reach Citrix Cloud or "
                              "take another path.")
                .arg(winHttp, fact(check, "userProxy"));
    return {
        FindingCode::HostWinhttpMismatch,
        check.verdict,
        message,
        HostDiagnosis::tr("Give WinHTTP the proxy the Connector should use: netsh winhttp import proxy "
                          "source=ie (copies this user's manual proxy), or netsh winhttp set proxy "
                          "proxy-server=\"host:port\" bypass-list=\"<local>;<internal hosts>\"; then restart "
                          "the machine. The proxy must not require authentication."),
        {Diagnosis::kProxyFirewallDoc}};
}

Finding connectorVersionFinding(const HostCheck& check)
{
    const QString version = fact(check, "version");
    const QString source = fact(check, "source");
    return {
        FindingCode::HostConnectorOutdated,
        check.verdict,
        check.verdict == Verdict::Warn
            ? HostDiagnosis::tr(
                  "The installed Cloud Connector is version %1 (%2), which CTX696429 does not "
                  "name as fixed for the Gateway service's move to DigiCert Global Root G2 (fixed: "
                  "6.141.0 and 6.148.0 or later).")
                  .arg(version, source)
            : HostDiagnosis::tr(
                  "The installed Cloud Connector is version %1 (%2), older than the versions "
                  "that handle the Gateway service's move from DigiCert Global Root CA to DigiCert "
                  "Global Root G2 (CTX696429: 6.141.0, or 6.148.0 or later). Its Gateway "
                  "connections fail after the change.")
                  .arg(version, source),
        HostDiagnosis::tr("Update the Cloud Connector to 6.148.0 or later. Citrix Cloud updates Connectors "
                          "itself when they can reach *.blob.core.windows.net; otherwise install the current "
                          "Connector downloaded from Citrix Cloud > Resource Locations."),
        {HostDiagnosis::kCtx696429}};
}

Finding connectorRegionFinding(const HostCheck& check)
{
    return {
        FindingCode::HostConnectorWrongRegion,
        check.verdict,
        HostDiagnosis::tr(
            "The installed Cloud Connector is registered to %1 (%2), which is not a Citrix Cloud "
            "Japan address (*.citrixworkspacesapi.jp, *.citrixcloud.jp). Inferred: the registry "
            "value is the one Citrix community scripts read, and the Japan domains come from "
            "Citrix Cloud Japan's documented API hosts; confirm in Citrix Cloud Japan > Resource "
            "Locations.")
            .arg(fact(check, "serviceAddress"), fact(check, "source")),
        HostDiagnosis::tr("If this Connector should serve Citrix Cloud Japan, uninstall it and install the "
                          "Connector downloaded from https://citrix.citrixcloud.jp, signed in to the Japan "
                          "account."),
        {HostDiagnosis::kConnectorRequirementsDoc}};
}

std::optional<Finding> findingFor(const HostCheck& check)
{
    if (check.verdict != Verdict::Warn && check.verdict != Verdict::Fail)
        return std::nullopt;
    const std::optional<FindingCode> code = findingCodeFromName(check.code);
    if (!code)
        return std::nullopt;
    switch (*code) {
    case FindingCode::HostTls12Disabled:
        return tls12Finding(check);
    case FindingCode::HostCiphersMissing:
        return cipherFinding(check);
    case FindingCode::HostDotnetWeakCrypto:
        return dotNetFinding(check);
    case FindingCode::HostFips:
        return fipsFinding(check);
    case FindingCode::HostIeEsc:
        return ieEscFinding(check);
    case FindingCode::HostUnsupportedOs:
        return osFinding(check);
    case FindingCode::HostDomainRole:
        return domainRoleFinding(check);
    case FindingCode::HostRootsMissing:
        return rootsFinding(check);
    case FindingCode::HostWinhttpMismatch:
        return winHttpFinding(check);
    case FindingCode::HostConnectorOutdated:
        return connectorVersionFinding(check);
    case FindingCode::HostConnectorWrongRegion:
        return connectorRegionFinding(check);
    default:
        return std::nullopt;
    }
}

QString checkReason(const QString& reason)
{
    if (reason == QLatin1String("no_connector"))
        return HostDiagnosis::tr("No Cloud Connector is installed on this machine.");
    if (reason == QLatin1String("no_service_address"))
        return HostDiagnosis::tr("The Cloud Connector's registry settings name no control-plane address.");
    return HostDiagnosis::tr("The setting could not be read on this machine.");
}

} // namespace

void HostDiagnosis::apply(HostResult& host)
{
    if (host.notRunReason == QLatin1String("browser_profile"))
        host.reason =
            tr("Host checks judge a Cloud Connector or a session host (VDA); the browser profile checks "
               "only the network path.");
    else if (host.notRunReason == QLatin1String("not_windows"))
        host.reason =
            tr("Host checks need Windows: they read this machine's registry and certificate stores. Run "
               "CloudCheck on the Cloud Connector itself.");
    else if (host.notRunReason == QLatin1String("fake_unreadable"))
        host.reason = tr("The fake host file (CLOUDCHECK_FAKE_HOST, for tests only) could not be used: %1")
                          .arg(host.error);
    else
        host.reason.clear();

    bool anyRan = false;
    Verdict worst = Verdict::Pass;
    for (HostCheck& check : host.checks) {
        check.findings.clear();
        check.reason = check.verdict == Verdict::NotRun ? checkReason(check.notRunReason) : QString();
        if (const auto finding = findingFor(check))
            check.findings << *finding;
        if (check.verdict != Verdict::NotRun) {
            anyRan = true;
            worst = worse(worst, check.verdict);
        }
    }
    // A group with a fake that could not be loaded is the tool's error, not the machine's.
    if (host.notRunReason == QLatin1String("fake_unreadable"))
        host.verdict = Verdict::Error;
    else
        host.verdict = anyRan ? worst : Verdict::NotRun;
}

QString HostDiagnosis::groupLabel()
{
    return tr("This machine (host checks)");
}

QString HostDiagnosis::checkLabel(const QString& id)
{
    if (id == QLatin1String("tls12_client"))
        return tr("TLS 1.2 client (SChannel)");
    if (id == QLatin1String("cipher_suites"))
        return tr("TLS 1.2 cipher suites (policy)");
    if (id == QLatin1String("dotnet_strong_crypto"))
        return tr(".NET strong cryptography");
    if (id == QLatin1String("digicert_trust"))
        return tr("DigiCert roots and intermediate");
    if (id == QLatin1String("fips"))
        return tr("FIPS mode");
    if (id == QLatin1String("ie_esc"))
        return tr("IE Enhanced Security Configuration");
    if (id == QLatin1String("os_support"))
        return tr("Operating system");
    if (id == QLatin1String("domain_role"))
        return tr("Domain role");
    if (id == QLatin1String("winhttp_proxy"))
        return tr("WinHTTP proxy and the user's proxy");
    if (id == QLatin1String("connector_version"))
        return tr("Cloud Connector version");
    if (id == QLatin1String("connector_region"))
        return tr("Cloud Connector region");
    return id;
}

QString HostDiagnosis::sourceText(const HostResult& host)
{
    switch (host.source) {
    case HostResult::Source::Windows:
        return tr("this machine");
    case HostResult::Source::Fake:
        return tr("the fake host %1 (a test description, not this machine)").arg(host.fakePath);
    case HostResult::Source::None:
        break;
    }
    return tr("not read");
}

} // namespace cloudcheck
