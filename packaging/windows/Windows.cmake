# Windows packaging, included from packaging/CMakeLists.txt only if(WIN32): version resources, the
# programs' DLLs beside them at install time, the MSVC runtime, and CPack's NSIS installer. Linux
# never reads this file. Nothing here has been run in this project's CI, which has no Windows
# (docs/windows.md, decision 49).

# --- Version resources --------------------------------------------------------------------------
# One resource per program, so Explorer, Intune and SCCM show the project's version. The RC
# compiler is enabled by CMake itself for MSVC and MinGW.
set(CLOUDCHECK_WINDOWS_ICON "" CACHE FILEPATH "Optional .ico embedded in the programs (none ships yet)")

function(cloudcheck_add_version_resource target description)
    if(NOT TARGET ${target})
        return()
    endif()
    set(CLOUDCHECK_RC_NAME ${target})
    set(CLOUDCHECK_RC_FILENAME ${target}.exe)
    set(CLOUDCHECK_RC_DESCRIPTION "${description}")
    set(CLOUDCHECK_RC_ICON "")
    if(CLOUDCHECK_WINDOWS_ICON)
        file(TO_CMAKE_PATH "${CLOUDCHECK_WINDOWS_ICON}" icon)
        set(CLOUDCHECK_RC_ICON "IDI_ICON1 ICON \"${icon}\"")
    endif()
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/windows/${target}.rc)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/cloudcheck.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
endfunction()

cloudcheck_add_version_resource(cloudcheck "CloudCheck, connectivity wizard for Citrix Cloud Japan")
cloudcheck_add_version_resource(cloudcheck-cli "CloudCheck command line")
cloudcheck_add_version_resource(cloudcheck-pac "CloudCheck PAC script helper")

# --- What the installed programs need beside them ----------------------------------------------
# Qt's DLLs and plugins come from windeployqt (the platform plugin, the OpenSSL TLS backend, the
# SVG icon engine, the styles, qtbase_ja). Every other DLL the programs link (OpenSSL's libssl-3 and
# libcrypto-3, which CloudCheck calls itself for CRLs and OCSP and Qt's TLS plugin loads; spdlog;
# fmt; zlib; and MinGW's runtime) is found by file(GET_RUNTIME_DEPENDENCIES) in these folders.
set(CLOUDCHECK_WINDOWS_DLL_DIRS "" CACHE STRING "Extra folders searched for DLLs to bundle (a ;-list)")
option(CLOUDCHECK_BUNDLE_OPENSSL "Fail the install when OpenSSL's DLLs are not bundled (off for a static OpenSSL)" ON)

set(_cloudcheck_dll_dirs ${CLOUDCHECK_WINDOWS_DLL_DIRS})
if(OPENSSL_INCLUDE_DIR)
    get_filename_component(_cloudcheck_openssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
    list(APPEND _cloudcheck_dll_dirs "${_cloudcheck_openssl_root}/bin")
endif()
if(QT6_INSTALL_PREFIX AND QT6_INSTALL_BINS)
    list(APPEND _cloudcheck_dll_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
    list(APPEND _cloudcheck_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(_cloudcheck_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _cloudcheck_dll_dirs "${_cloudcheck_prefix}/bin")
endforeach()
if(MINGW)
    get_filename_component(_cloudcheck_mingw_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
    list(APPEND _cloudcheck_dll_dirs "${_cloudcheck_mingw_bin}")
endif()
list(REMOVE_DUPLICATES _cloudcheck_dll_dirs)

set(_cloudcheck_windeployqt_hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
    list(APPEND _cloudcheck_windeployqt_hints "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/tools/Qt6/bin")
endif()
find_program(CLOUDCHECK_WINDEPLOYQT windeployqt HINTS ${_cloudcheck_windeployqt_hints}
    DOC "Qt's windeployqt, which copies the Qt DLLs, plugins and translations next to the programs")

set(_cloudcheck_programs cloudcheck-cli cloudcheck-pac)
if(TARGET cloudcheck)
    list(APPEND _cloudcheck_programs cloudcheck)
endif()

# MSVC's runtime is installed below (InstallRequiredSystemLibraries); MinGW's is a set of DLLs
# that windeployqt copies.
if(MSVC)
    set(_cloudcheck_windeployqt_runtime --no-compiler-runtime)
else()
    set(_cloudcheck_windeployqt_runtime --compiler-runtime)
endif()

install(CODE "
set(CLOUDCHECK_PROGRAMS [[${_cloudcheck_programs}]])
set(CLOUDCHECK_DLL_DIRS [[${_cloudcheck_dll_dirs}]])
set(CLOUDCHECK_WINDEPLOYQT [[${CLOUDCHECK_WINDEPLOYQT}]])
set(CLOUDCHECK_WINDEPLOYQT_ARGS [[$<IF:$<CONFIG:Debug>,--debug,--release>;${_cloudcheck_windeployqt_runtime}]])
set(CLOUDCHECK_BUNDLE_OPENSSL ${CLOUDCHECK_BUNDLE_OPENSSL})
")
install(SCRIPT ${CMAKE_CURRENT_LIST_DIR}/DeployRuntime.cmake)

if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()

# --- The installer: CPack with NSIS (and a zip of the same folder) ------------------------------
# `cpack -C Release` in the build folder; NSIS 3 must be installed (makensis on PATH).
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CloudCheck")
set(CPACK_PACKAGE_FILE_NAME "cloudcheck-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "CloudCheck ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "CloudCheck")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\cloudcheck.exe")
# Start menu shortcuts to bin\cloudcheck.exe (the wizard); the CLI is run from a prompt.
set(CPACK_PACKAGE_EXECUTABLES "cloudcheck;CloudCheck")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# Fleet tools (Intune, SCCM) install silently: makensis installers accept /S.
set(CPACK_NSIS_MODIFY_PATH OFF)
