#pragma once

#include "ui/workbench/WorkbenchFixture.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QAbstractItemModel;

namespace tessera::ui::test {

// A real window over a fresh sample study (WorkbenchFixture) plus what the participant,
// attribute and survey tests build by hand: small transcripts whose speakers they link, files
// to import, and QAbstractItemModelTester on the models they drive (any complaint fails).
class CasesFixture : public WorkbenchFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    // A transcript of "Speaker: speech" turns, added through the Project API.
    DocumentId addTranscript(const QString& name, const QList<std::pair<QString, QString>>& turns,
                             const QString& group = {});
    SpeakerId speakerOf(DocumentId document, const QString& label) const;
    // The [start, end) of the first occurrence of `text` in a document.
    std::pair<qsizetype, qsizetype> rangeOf(DocumentId document, const QString& text) const;
    CodingId codeText(DocumentId document, CodeId code, const QString& text);
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    void watch(QAbstractItemModel* model);
    // Spins the event loop until `done` or 10 s; false on timeout.
    static bool waitUntil(const std::function<bool()>& done);
};

} // namespace tessera::ui::test
