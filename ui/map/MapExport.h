#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace tessera {
class Project;
}

namespace tessera::ui {

enum class MapFileFormat { Svg, Png };

// "svg" or "png" in any letter case; nullopt otherwise.
std::optional<MapFileFormat> mapFileFormatFromSuffix(QStringView suffix);

// The project's thematic map as a file's bytes, laid out as the map view shows it (stored
// positions, the automatic layout elsewhere): an SVG titled with the project's title, or a PNG
// at twice the scene's size so it stays sharp on slides. Empty when the PNG could not be
// encoded. Safe on a worker thread with the worker's own Project connection.
QByteArray renderMapFile(const Project& project, MapFileFormat format);

} // namespace tessera::ui
