#pragma once

#include <QString>

namespace tessera {

// GUIDs in REFI-QDA files come upper or lower case, with or without braces, and sometimes are
// not GUIDs at all. Everything in RefiModel holds the normalised form: 36 characters,
// lower-case, no braces — the form the writer puts in files.

// True for "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" in hex, with or without braces.
bool isRefiGuid(const QString& text);

// The normalised form of a GUID; empty when `text` is not one.
QString normalizeRefiGuid(const QString& text);

// A GUID that depends only on `key` (a name-based UUID, version 5, in a namespace of Tessera's
// own): objects without a GUID of their own in Tessera (attribute definitions, memos) get the
// same GUID on every export.
QString derivedRefiGuid(const QString& key);

// For readers: the normalised GUID, or for a value that is not a GUID a derived one, so that
// every reference spelling the same value still points at the same object.
QString readRefiGuid(const QString& text);

} // namespace tessera
