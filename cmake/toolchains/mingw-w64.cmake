# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (g++-mingw-w64-x86-64-posix): the
# posix flavour, because C++ threads need it. Used for the Windows layer and its wine test
# (tests/windows); Qt for Windows is not available here, so the Qt programs are not built with it.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CLOUDCHECK_MINGW_PREFIX x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${CLOUDCHECK_MINGW_PREFIX}-gcc-posix)
set(CMAKE_CXX_COMPILER ${CLOUDCHECK_MINGW_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER ${CLOUDCHECK_MINGW_PREFIX}-windres)

set(CMAKE_FIND_ROOT_PATH /usr/${CLOUDCHECK_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
