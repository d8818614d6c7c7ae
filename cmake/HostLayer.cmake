# The host readiness layer's plain C++ sources (no Qt), relative to core/. Listed once, because two
# builds compile them: cloudcheck_core, and the mingw-w64 test program that runs under wine
# (tests/windows/CMakeLists.txt).
set(CLOUDCHECK_HOST_LAYER_SOURCES
    platform/CertificateStore.h
    platform/ConnectorInstallation.h
    platform/HostPlatform.cpp platform/HostPlatform.h
    platform/OsFacts.h
    platform/PlatformProxy.cpp platform/PlatformProxy.h
    platform/RegistryConnectorInstallation.cpp platform/RegistryConnectorInstallation.h
    platform/RegistryOsFacts.cpp platform/RegistryOsFacts.h
    platform/RegistryReader.cpp platform/RegistryReader.h
    readiness/CipherSuitePolicyRule.cpp readiness/CipherSuitePolicyRule.h
    readiness/ConnectorRegionRule.cpp readiness/ConnectorRegionRule.h
    readiness/ConnectorVersionRule.cpp readiness/ConnectorVersionRule.h
    readiness/DigiCertTrustRule.cpp readiness/DigiCertTrustRule.h
    readiness/DomainRoleRule.cpp readiness/DomainRoleRule.h
    readiness/DotNetStrongCryptoRule.cpp readiness/DotNetStrongCryptoRule.h
    readiness/FipsPolicyRule.cpp readiness/FipsPolicyRule.h
    readiness/HostReadiness.cpp readiness/HostReadiness.h
    readiness/IeEscRule.cpp readiness/IeEscRule.h
    readiness/OsSupportRule.cpp readiness/OsSupportRule.h
    readiness/RuleResult.h
    readiness/Tls12ClientRule.cpp readiness/Tls12ClientRule.h
    readiness/WinHttpProxyRule.cpp readiness/WinHttpProxyRule.h)

# WinAPI only: compiled on Windows (and by mingw-w64), never on Linux.
set(CLOUDCHECK_WINDOWS_LAYER_SOURCES
    platform/windows/SspiSession.cpp platform/windows/SspiSession.h
    platform/windows/WideText.cpp platform/windows/WideText.h
    platform/windows/WinCertificateStore.cpp platform/windows/WinCertificateStore.h
    platform/windows/WinDomainRole.cpp platform/windows/WinDomainRole.h
    platform/windows/WinHttpProxy.cpp platform/windows/WinHttpProxy.h
    platform/windows/WinProcessJob.cpp platform/windows/WinProcessJob.h
    platform/windows/WinProcessMemory.cpp platform/windows/WinProcessMemory.h
    platform/windows/WinRegistry.cpp platform/windows/WinRegistry.h)
set(CLOUDCHECK_WINDOWS_LAYER_LIBRARIES winhttp crypt32 netapi32 secur32 psapi)
