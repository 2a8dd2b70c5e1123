#include "RefiGuid.h"

#include <QRegularExpression>
#include <QUuid>

namespace tessera {

namespace {

// Fixed namespace for derivedRefiGuid(); changing it would change every derived GUID.
const QUuid kTesseraNamespace(QStringLiteral("{6f1d2c1e-5b7a-4c39-9e0d-3a2f8b64c1d7}"));

QString stripBraces(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 38 && trimmed.startsWith(QLatin1Char('{')) &&
        trimmed.endsWith(QLatin1Char('}'))) {
        return trimmed.mid(1, 36);
    }
    return trimmed;
}

} // namespace

bool isRefiGuid(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(stripBraces(text)).hasMatch();
}

QString normalizeRefiGuid(const QString& text)
{
    if (!isRefiGuid(text)) {
        return {};
    }
    return stripBraces(text).toLower();
}

QString derivedRefiGuid(const QString& key)
{
    return QUuid::createUuidV5(kTesseraNamespace, key).toString(QUuid::WithoutBraces).toLower();
}

QString readRefiGuid(const QString& text)
{
    const QString normal = normalizeRefiGuid(text);
    if (!normal.isEmpty()) {
        return normal;
    }
    return derivedRefiGuid(QStringLiteral("refi-reference:") + text.trimmed());
}

} // namespace tessera
