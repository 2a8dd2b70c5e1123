#pragma once

// Internal to core/analysis: reading attribute values the same way in the survey summary, the
// code × attribute matrix and the joint display, so their columns and counts always agree.

#include "model/Entities.h"
#include "survey/SurveyPlan.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace tessera::attributevalues {

// One owner's value of an attribute; names are case-insensitive, like the definitions.
inline QString valueOf(const QHash<QString, QString>& values, const QString& name)
{
    if (const auto it = values.constFind(name); it != values.cend()) {
        return it.value();
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return {};
}

// The values a stored cell stands for: the options of a multi-select cell, else the trimmed
// value; none when blank.
inline QStringList valuesOf(const QString& cell, bool multiSelect)
{
    if (multiSelect) {
        return splitMultiSelect(cell);
    }
    const QString value = cell.trimmed();
    return value.isEmpty() ? QStringList() : QStringList{value};
}

// Order for values outside the category list: numbers by value for number attributes,
// otherwise alphabetical with letter case only breaking ties, so the order never depends on a
// hash.
inline bool valueLess(AttributeType type, const QString& a, const QString& b)
{
    if (type == AttributeType::Number) {
        bool okA = false;
        bool okB = false;
        const double x = a.toDouble(&okA);
        const double y = b.toDouble(&okB);
        if (okA && okB && x != y) {
            return x < y;
        }
    }
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

// Table columns for an attribute: every defined category in its order (a category nobody holds
// still gets its column, so a reader sees the zero), then the other values present, sorted,
// then `notSet` last when some owner has no value.
inline QStringList orderedColumns(const AttributeDefinition& definition,
                                  const QSet<QString>& present, const QString& notSet = {})
{
    QStringList columns;
    QSet<QString> listed;
    for (const QString& raw : definition.categories) {
        const QString category = raw.trimmed();
        if (!category.isEmpty() && !listed.contains(category)) {
            listed.insert(category);
            columns << category;
        }
    }
    QStringList others;
    for (const QString& value : present) {
        if (!listed.contains(value)) {
            others << value;
        }
    }
    std::sort(others.begin(), others.end(),
              [&](const QString& a, const QString& b) { return valueLess(definition.type, a, b); });
    columns << others;
    if (!notSet.isEmpty()) {
        columns << notSet;
    }
    return columns;
}

} // namespace tessera::attributevalues
