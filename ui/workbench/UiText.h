#pragma once

#include <QString>

namespace tessera::ui {

// "1 coding" / "12 codings". Tessera ships no translation catalogue yet, and without one tr()'s
// %n plural forms would read "coding(s)"; `one` and `many` hold %1 for the number.
inline QString countOf(qsizetype n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace tessera::ui
