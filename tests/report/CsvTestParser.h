#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tessera::test {

// A strict RFC 4180 reader, written independently of the writer so a round trip proves the
// output is standard: every record ends with CRLF, quoted fields may hold anything ("" is a
// quote), unquoted fields may hold neither quotes nor line breaks. nullopt when malformed.
std::optional<QList<QStringList>> parseRfc4180(QStringView text);

} // namespace tessera::test
