#include "PacRuntime.h"

#include "PacNatives.h"

#include <QFile>
#include <QJSEngine>
#include <QJSValue>

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

QString clipped(const QString& text, qsizetype limit)
{
    return text.size() <= limit ? text : text.left(limit) + u"..."_s;
}

QString typeName(const QJSValue& value)
{
    if (value.isUndefined())
        return u"undefined"_s;
    if (value.isNull())
        return u"null"_s;
    if (value.isBool())
        return u"boolean"_s;
    if (value.isNumber())
        return u"number"_s;
    if (value.isCallable())
        return u"function"_s;
    if (value.isArray())
        return u"array"_s;
    if (value.isObject())
        return u"object"_s;
    return u"unknown"_s;
}

// "ReferenceError: foo is not defined" for an Error, the value itself for `throw "text"`.
QString describeThrown(const QJSValue& thrown)
{
    return clipped(thrown.toString(), PacRuntime::kMaxErrorChars);
}

// QJSValue::call() returns a thrown value as if it had been returned, so `throw "PROXY a:1"`
// would pass for an answer. The call goes through this wrapper instead, which says which it was.
constexpr auto kCaller = R"((function (url, host) {
    try {
        return [true, FindProxyForURL(url, host)];
    } catch (e) {
        return [false, e];
    }
}))";

} // namespace

PacRuntime::PacRuntime(QHash<QString, QString> pins, QObject* parent)
    : QObject(parent), m_pins(std::move(pins))
{}

PacRuntime::~PacRuntime()
{
    m_interruptible.store(nullptr);
}

void PacRuntime::setUp()
{
    m_engine = std::make_unique<QJSEngine>();
    m_natives = new PacNatives(m_pins, this); // parented: the engine must not take ownership
    m_engine->globalObject().setProperty(u"__cloudcheckPac"_s, m_engine->newQObject(m_natives));
    m_interruptible.store(m_engine.get());
}

void PacRuntime::interrupt(bool interrupted)
{
    if (QJSEngine* engine = m_interruptible.load())
        engine->setInterrupted(interrupted);
}

void PacRuntime::load(const QString& script)
{
    QFile preludeFile(u":/pac/PacPrelude.js"_s);
    if (!preludeFile.open(QIODevice::ReadOnly)) {
        emit loaded(u"internal: the PAC prelude is missing"_s);
        return;
    }
    const QJSValue prelude = m_engine->evaluate(QString::fromUtf8(preludeFile.readAll()), u"PacPrelude.js"_s);
    if (prelude.isError()) {
        emit loaded(u"internal: "_s + prelude.toString());
        return;
    }

    QStringList trace;
    const QJSValue result = m_engine->evaluate(script, u"pac.js"_s, 1, &trace);
    if (result.isError() || !trace.isEmpty()) {
        if (result.property(u"name"_s).toString() == u"SyntaxError") {
            emit loaded(u"syntax: %1 line %2"_s.arg(describeThrown(result))
                            .arg(result.property(u"lineNumber"_s).toInt()));
        } else {
            emit loaded(u"exception: "_s + describeThrown(result));
        }
        return;
    }
    if (!m_engine->globalObject().property(u"FindProxyForURL"_s).isCallable()) {
        emit loaded(u"missing_function: FindProxyForURL"_s);
        return;
    }
    emit loaded(QString());
}

void PacRuntime::evaluate(int index, const QString& url, const QString& host)
{
    const QJSValue caller = m_engine->evaluate(QString::fromLatin1(kCaller));
    const QJSValue outcome = caller.call({QJSValue(url), QJSValue(host)});
    const QJSValue returned = outcome.property(1);
    QString error;
    if (!outcome.isArray()) {
        // Only an interruption gets here (the wrapper always returns a pair); PacSession, which
        // interrupted, answers "timeout" itself.
        error = u"interrupted"_s;
    } else if (!outcome.property(0).toBool()) {
        error = u"exception: "_s + describeThrown(returned);
    } else if (!returned.isString()) {
        error = u"not_a_string: "_s + typeName(returned);
    } else if (const qsizetype length = returned.toString().size(); length > kMaxReturnedChars) {
        error = u"too_long: %1 characters"_s.arg(length);
    }
    if (error.isEmpty())
        emit evaluated(index, QJsonObject{{u"returned"_s, returned.toString()}});
    else
        emit evaluated(index, QJsonObject{{u"error"_s, error}});
}

} // namespace cloudcheck
