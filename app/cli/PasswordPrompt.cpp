#include "PasswordPrompt.h"

#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cloudcheck {

std::optional<QString> PasswordPrompt::obtain(const QString& user)
{
    if (qEnvironmentVariableIsSet(kVariable)) {
        QString password = qEnvironmentVariable(kVariable);
        qunsetenv(kVariable);
        return password;
    }
    return askOnTerminal(user);
}

std::optional<QString> PasswordPrompt::askOnTerminal(const QString& user)
{
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdin)))
        return std::nullopt;
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
#endif
    QTextStream(stderr) << tr("Proxy password for %1: ").arg(user) << Qt::flush;
    QString line = QTextStream(stdin).readLine();
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    QTextStream err(stderr);
    err << Qt::endl; // the Enter the user typed was not echoed
    return line;
}

} // namespace cloudcheck
