#pragma once

#include "analysis/Retrieval.h"

#include <QVariant>

namespace tessera::ui {

// The columns of a table of excerpts, shared by the retrieval pane's model and a matrix cell's
// drill-down so both read alike. The models take these names into their own scope
// (`using enum`), so RetrievalModel::TextColumn and ExcerptListModel::TextColumn are the same.
struct ExcerptColumns {
    enum Column { DocumentColumn, SpeakerColumn, CodeColumn, CoderColumn, TextColumn, ColumnCount };

    // A column's title; invalid outside the columns.
    static QVariant header(int column);
    // What a column shows of an excerpt, its text on one line; invalid outside the columns.
    static QVariant display(const Excerpt& excerpt, int column);
};

} // namespace tessera::ui
