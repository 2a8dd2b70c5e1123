#pragma once

// Helpers for the REFI-QDA tests: the shared sample files, schema validation with xmllint, and
// zip archives built in memory (so hostile fixtures are visible in the test, not hidden in
// binary files).

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace tessera::test {

// ../shared/refi/samples/<name>
QString refiSamplePath(const QString& name);
QByteArray refiSample(const QString& name);

// Result of validating XML against one of the shared schemas.
struct SchemaCheck {
    bool valid = false;
    QString output; // xmllint's messages
};

// The reason xmllint cannot run here (not installed), or nullopt when it can.
std::optional<QString> xmllintUnavailable();
// Validates `xml` against ../shared/refi/<schemaName> ("Project.xsd", "Codebook.xsd").
SchemaCheck validateWithSchema(const QByteArray& xml, const QString& schemaName);

// One entry of a hand-made zip. `declaredSize` lets a test lie about the unpacked size in the
// headers, as zip bombs do; `deflate` stores the data compressed.
struct TestZipEntry {
    TestZipEntry(QString entryName, QByteArray entryData, bool deflated = false,
                 std::optional<quint64> declared = std::nullopt, QByteArray secret = {})
        : name(std::move(entryName)), data(std::move(entryData)), deflate(deflated),
          declaredSize(declared), password(std::move(secret))
    {
    }
    QString name;
    QByteArray data;
    bool deflate = false;
    std::optional<quint64> declaredSize;
    QByteArray password; // non-empty: an encrypted entry (sizes then come from the data)
};
QByteArray buildZip(const QList<TestZipEntry>& entries);

// The bytes of one entry of a zip, read with QuaZip directly (not through the code under test).
QByteArray zipEntry(const QByteArray& zip, const QString& name);
QStringList zipEntryNames(const QByteArray& zip);

} // namespace tessera::test
