#pragma once

#include <QString>

#include <ostream>

// GoogleTest would print a QString as a list of UTF-16 code units; show the text instead.
// Global namespace, because argument-dependent lookup looks beside QString.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
