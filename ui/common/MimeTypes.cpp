#include "MimeTypes.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace tessera::ui {
namespace {

template <typename IdType> QByteArray encodeIds(const QList<IdType>& ids)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint32(ids.size());
    for (const IdType& id : ids) {
        stream << qint64(id.value);
    }
    return bytes;
}

template <typename IdType> QList<IdType> decodeIds(const QMimeData* mime, const char* type)
{
    QList<IdType> ids;
    if (!mime || !mime->hasFormat(QLatin1String(type))) {
        return ids;
    }
    QDataStream stream(mime->data(QLatin1String(type)));
    qint32 count = 0;
    stream >> count;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        qint64 value = 0;
        stream >> value;
        if (stream.status() == QDataStream::Ok) {
            ids << IdType(value);
        }
    }
    return ids;
}

} // namespace

QMimeData* makeCodesMime(const QList<CodeId>& codes, const QString& displayText)
{
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kCodeIdsMime), encodeIds(codes));
    if (!displayText.isEmpty()) {
        mime->setText(displayText);
    }
    return mime;
}

QList<CodeId> codesFromMime(const QMimeData* mime)
{
    return decodeIds<CodeId>(mime, kCodeIdsMime);
}

QMimeData* makeThemesMime(const QList<ThemeId>& themes)
{
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kThemeIdsMime), encodeIds(themes));
    return mime;
}

QList<ThemeId> themesFromMime(const QMimeData* mime)
{
    return decodeIds<ThemeId>(mime, kThemeIdsMime);
}

QMimeData* makeTextRangeMime(const TextRange& range, const QString& text)
{
    auto* mime = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint64(range.document.value) << qint64(range.start) << qint64(range.end);
    mime->setData(QLatin1String(kTextRangeMime), bytes);
    mime->setText(text);
    return mime;
}

std::optional<TextRange> textRangeFromMime(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(QLatin1String(kTextRangeMime))) {
        return std::nullopt;
    }
    QDataStream stream(mime->data(QLatin1String(kTextRangeMime)));
    qint64 document = 0;
    qint64 start = 0;
    qint64 end = 0;
    stream >> document >> start >> end;
    if (stream.status() != QDataStream::Ok) {
        return std::nullopt;
    }
    return TextRange{DocumentId(document), start, end};
}

} // namespace tessera::ui
