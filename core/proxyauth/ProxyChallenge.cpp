#include "ProxyChallenge.h"

#include "net/HttpResponseHead.h"

#include <QRegularExpression>

namespace cloudcheck {

namespace {

QList<QByteArray> splitOutsideQuotes(const QByteArray& joined)
{
    QList<QByteArray> elements{{}};
    bool quoted = false;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        const char c = joined.at(i);
        if (c == '\\' && quoted && i + 1 < joined.size()) {
            elements.last() += joined.mid(i, 2);
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
            elements.last() += c;
        } else if (c == ',' && !quoted) {
            elements.append(QByteArray());
        } else {
            elements.last() += c;
        }
    }
    return elements;
}

QByteArray unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value;
    QByteArray plain;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value.at(i) == '\\' && i + 2 < value.size())
            ++i;
        plain += value.at(i);
    }
    return plain;
}

bool isToken68(const QByteArray& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~+/]+=*$"));
    return pattern.match(QString::fromLatin1(text)).hasMatch();
}

void addParam(ProxyChallenge& challenge, const QByteArray& text)
{
    const qsizetype equals = text.indexOf('=');
    if (equals <= 0)
        return;
    challenge.params.insert(text.left(equals).trimmed().toLower(), unquoted(text.mid(equals + 1)));
}

} // namespace

QList<ProxyChallenge> ProxyChallenge::parse(const QByteArray& joined)
{
    QList<ProxyChallenge> challenges;
    for (const QByteArray& raw : splitOutsideQuotes(joined)) {
        const QByteArray element = raw.trimmed();
        if (element.isEmpty())
            continue;
        const qsizetype space = element.indexOf(' ');
        const QByteArray first = space < 0 ? element : element.left(space);
        if (first.contains('=')) {
            // "nonce=..." continues the challenge before it.
            if (!challenges.isEmpty())
                addParam(challenges.last(), element);
            continue;
        }
        ProxyChallenge challenge;
        challenge.scheme = HttpResponseHead::displayText(first);
        const QByteArray rest = space < 0 ? QByteArray() : element.mid(space + 1).trimmed();
        if (isToken68(rest))
            challenge.token68 = rest;
        else if (!rest.isEmpty())
            addParam(challenge, rest);
        challenges.append(challenge);
    }
    return challenges;
}

} // namespace cloudcheck
