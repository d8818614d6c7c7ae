#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QJSEngine;

namespace cloudcheck {

class PacNatives;

// The JavaScript side of the helper: one QJSEngine with the standard PAC functions and the
// script loaded, asked FindProxyForURL once per query. It lives on its own thread and is driven
// only through queued calls; PacSession on the main thread keeps the clock and stops a script
// that runs too long with interrupt(), the one call made from another thread.
class PacRuntime : public QObject
{
    Q_OBJECT

public:
    // A returned string longer than this is not a proxy list; refusing it keeps the answer small.
    static constexpr qsizetype kMaxReturnedChars = 64 * 1024;
    static constexpr qsizetype kMaxErrorChars = 300;

    explicit PacRuntime(QHash<QString, QString> pins, QObject* parent = nullptr);
    ~PacRuntime() override;

    // On the engine thread, before anything else: V4 takes its stack limits from the thread that
    // creates the engine, so the engine must be made there, never moved.
    void setUp();
    // Thread-safe (an atomic flag the engine polls between instructions).
    void interrupt(bool interrupted);

    void load(const QString& script);
    void evaluate(int index, const QString& url, const QString& host);

signals:
    // error: "" when the script loaded; "syntax: ...", "exception: ...", "missing_function: ...".
    void loaded(const QString& error);
    // {"returned": "..."} or {"error": "..."}.
    void evaluated(int index, const QJsonObject& answer);

private:
    std::unique_ptr<QJSEngine> m_engine;
    std::atomic<QJSEngine*> m_interruptible{nullptr};
    QHash<QString, QString> m_pins;
    PacNatives* m_natives = nullptr;
};

} // namespace cloudcheck
