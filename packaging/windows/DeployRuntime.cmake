# Runs at install time on Windows (install(SCRIPT) from packaging/windows/Windows.cmake, which sets
# CLOUDCHECK_PROGRAMS, CLOUDCHECK_DLL_DIRS, CLOUDCHECK_WINDEPLOYQT, CLOUDCHECK_WINDEPLOYQT_ARGS and
# CLOUDCHECK_BUNDLE_OPENSSL just before). It puts every DLL the programs need beside them, so the
# installed folder, and the NSIS installer made from it, runs on a machine with neither Qt nor
# OpenSSL. Never run in this project's CI (no Windows there).
set(bin "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin")
set(exes "")
foreach(program IN LISTS CLOUDCHECK_PROGRAMS)
    list(APPEND exes "${bin}/${program}.exe")
endforeach()

if(NOT CLOUDCHECK_WINDEPLOYQT)
    message(FATAL_ERROR "windeployqt was not found: configure again with "
                        "-DCLOUDCHECK_WINDEPLOYQT=<Qt>/bin/windeployqt.exe (docs/windows.md)")
endif()
foreach(exe IN LISTS exes)
    execute_process(COMMAND "${CLOUDCHECK_WINDEPLOYQT}" ${CLOUDCHECK_WINDEPLOYQT_ARGS} --dir "${bin}" "${exe}"
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "windeployqt failed for ${exe} (exit ${result})")
    endif()
endforeach()

# Everything else the programs link; Windows' own DLLs stay out.
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${exes}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES ${CLOUDCHECK_DLL_DIRS} "${bin}"
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
foreach(dll IN LISTS resolved)
    file(COPY "${dll}" DESTINATION "${bin}")
endforeach()
if(unresolved)
    message(WARNING "DLLs not found in ${CLOUDCHECK_DLL_DIRS}: ${unresolved}. Add their folder to "
                    "CLOUDCHECK_WINDOWS_DLL_DIRS, or the programs will not start elsewhere.")
endif()

# Qt loads OpenSSL's DLLs by name at run time, so a missing pair shows up only as "TLS
# initialization failed" on the customer's machine: refuse to package without them.
file(GLOB ssl "${bin}/libssl-3*.dll")
file(GLOB crypto "${bin}/libcrypto-3*.dll")
if(CLOUDCHECK_BUNDLE_OPENSSL AND (NOT ssl OR NOT crypto))
    message(FATAL_ERROR "OpenSSL 3's libssl-3 and libcrypto-3 DLLs are not in ${bin}. Add the folder "
                        "that holds them to CLOUDCHECK_WINDOWS_DLL_DIRS (docs/windows.md).")
endif()
