#include "Cli.h"
#include "common/AtomicFile.h"
#include "map/ThematicMap.h"
#include "project/Project.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>

namespace tessera::cli {
namespace {

const QString kExportMap = QStringLiteral("export-map");
const QString kSynopsis = QStringLiteral("PROJECT --format svg|png -o FILE [--scale N]");
constexpr double kDefaultScale = 2.0;
constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8.0;

QString synopsis()
{
    return kExportMap + QLatin1Char(' ') + kSynopsis;
}

Result<QByteArray> encodePng(const ThematicMap& map, double scale)
{
    const QImage image = renderThematicMapImage(map, scale);
    if (image.isNull()) {
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("There is not enough memory to draw the map at scale %1. "
                                        "Try a smaller --scale, or export SVG.")
                             .arg(scale));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return makeError(ErrorCode::Io, QStringLiteral("The map could not be encoded as PNG."));
    }
    return bytes;
}

int exportMap(const CommandLine& line, const Output& out)
{
    const QString format = line.value(QStringLiteral("format")).toLower();
    const bool svg = format == QLatin1String("svg");
    if ((!svg && format != QLatin1String("png")) || !line.has(QStringLiteral("o"))) {
        return out.usage(QStringLiteral("Give --format svg or png and -o FILE."), synopsis());
    }
    double scale = kDefaultScale;
    if (auto text = line.optional(QStringLiteral("scale"))) {
        if (svg) {
            return out.usage(QStringLiteral("--scale sets the pixels of a PNG; an SVG has none. "
                                            "Leave --scale out for SVG."),
                             synopsis());
        }
        bool ok = false;
        scale = text->toDouble(&ok);
        if (!ok || !(scale >= kMinScale && scale <= kMaxScale)) {
            return out.usage(QStringLiteral("--scale needs a number from %1 to %2 (default %3).")
                                 .arg(kMinScale)
                                 .arg(kMaxScale)
                                 .arg(kDefaultScale),
                             synopsis());
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const QString path = line.value(QStringLiteral("o"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // QSaveFile would only say "Filename refers to a directory".
    if (QFileInfo(path).isDir()) {
        return out.fail(makeError(
            ErrorCode::Io,
            QStringLiteral("Cannot write %1: it is a folder. Give a file name, e.g. %2.")
                .arg(absolute, QDir(absolute).filePath(QStringLiteral("map.") + format))));
    }
    // Text needs fonts, and Qt loads fonts only with a QGuiApplication (main.cpp picks it for
    // commands that draw); painting without one would crash instead of failing.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return out.fail(makeError(ErrorCode::Io,
                                  QStringLiteral("export-map needs fonts, but tessera-cli started "
                                                 "without its graphical application object. "
                                                 "This is a bug in tessera-cli; nothing was "
                                                 "written.")));
    }
    const ThematicMap map = buildThematicMap(**project);
    QByteArray bytes;
    if (svg) {
        bytes = renderThematicMapSvg(map, (*project)->title());
    } else {
        auto png = encodePng(map, scale);
        if (!png) {
            return out.fail(png.error());
        }
        bytes = std::move(*png);
    }
    if (auto st = writeFileAtomically(path, bytes); !st) {
        return out.fail(st.error());
    }
    return out.print(QJsonObject{{QStringLiteral("file"), absolute},
                                 {QStringLiteral("bytes"), double(bytes.size())},
                                 {QStringLiteral("format"), format},
                                 {QStringLiteral("nodes"), int(map.nodes.size())},
                                 {QStringLiteral("edges"), int(map.edges.size())}},
                     QStringLiteral("Wrote the thematic map (%1 nodes, %2 links) to %3")
                         .arg(map.nodes.size())
                         .arg(map.edges.size())
                         .arg(absolute));
}

} // namespace

QList<Command> mapCommands()
{
    return {
        {{kExportMap,
          kSynopsis,
          1,
          1,
          {QStringLiteral("format"), QStringLiteral("o"), QStringLiteral("scale")},
          {}},
         QStringLiteral("Draw the thematic map (themes, subthemes and their codes) as SVG or PNG; "
                        "stored node positions are kept, the rest laid out automatically."),
         &exportMap},
    };
}

} // namespace tessera::cli
