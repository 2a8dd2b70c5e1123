#pragma once

#include "model/Entities.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tessera::ui {

// Where a turn's speaker label (and its timestamp, if any) sits in the text. Turns hold the
// speech only, so the label is found in the gap before the speech: "[00:01:02] P3: " on the same
// line, or the line above for transcripts that put the name on a line of its own.
struct LabelRegion {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype timeStart = -1; // -1 when the label has no timestamp
    qsizetype timeEnd = -1;
    bool facilitator = false;
    friend bool operator==(const LabelRegion&, const LabelRegion&) = default;
};

// One region per turn that has a label, in text order. Titles and headers above the first label
// are not labels: only the label's own line is taken.
QList<LabelRegion> findLabelRegions(const QString& text, const QList<Turn>& turns,
                                    const QSet<SpeakerId>& facilitators);

} // namespace tessera::ui
