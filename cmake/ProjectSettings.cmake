# One interface target carries the build policy every CloudCheck target shares.
add_library(cloudcheck_settings INTERFACE)
add_library(CloudCheck::Settings ALIAS cloudcheck_settings)

target_compile_features(cloudcheck_settings INTERFACE cxx_std_20)
if(WIN32 AND MSVC)
    # cl.exe (docs/windows.md): /W4 is its -Wall -Wextra; the sources are UTF-8 with Japanese text.
    target_compile_options(cloudcheck_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(CLOUDCHECK_WERROR)
        target_compile_options(cloudcheck_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(cloudcheck_settings INTERFACE -Wall -Wextra -pedantic)
    if(CLOUDCHECK_WERROR)
        target_compile_options(cloudcheck_settings INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(cloudcheck_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CLOUDCHECK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CLOUDCHECK_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    # Coverage for libFuzzer everywhere; only the fuzz programs link its runtime (-fsanitize=fuzzer,
    # tests/fuzz/CMakeLists.txt). UBSan stops at the first error so the fuzzer sees it as a crash.
    target_compile_options(cloudcheck_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(cloudcheck_settings INTERFACE -fsanitize=address,undefined)
elseif(CLOUDCHECK_TSAN)
    if(CLOUDCHECK_SANITIZE)
        message(FATAL_ERROR "CLOUDCHECK_TSAN and CLOUDCHECK_SANITIZE exclude each other")
    endif()
    target_compile_options(cloudcheck_settings INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(cloudcheck_settings INTERFACE -fsanitize=thread)
elseif(CLOUDCHECK_SANITIZE)
    target_compile_options(cloudcheck_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(cloudcheck_settings INTERFACE -fsanitize=address,undefined)
endif()
