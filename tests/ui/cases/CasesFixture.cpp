#include "CasesFixture.h"

#include "ui/models/ModelTestFixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

namespace tessera::ui::test {

void CasesFixture::SetUp()
{
    captureModelTesterMessages();
    WorkbenchFixture::SetUp();
}

void CasesFixture::TearDown()
{
    WorkbenchFixture::TearDown();
    const QStringList messages = takeModelTesterMessages();
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
}

DocumentId CasesFixture::addTranscript(const QString& name,
                                       const QList<std::pair<QString, QString>>& turns,
                                       const QString& group)
{
    ImportedDocument document;
    for (const auto& [speaker, speech] : turns) {
        document.text += speaker + QStringLiteral(": ");
        const qsizetype start = document.text.size();
        document.text += speech;
        document.turns.append({speaker, start, document.text.size(), std::nullopt});
        document.text += QLatin1Char('\n');
    }
    auto id = project().addDocument(name, document, name + QStringLiteral(".txt"), group);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    return id ? *id : DocumentId();
}

SpeakerId CasesFixture::speakerOf(DocumentId document, const QString& label) const
{
    for (const Speaker& speaker : project().speakers(document)) {
        if (speaker.label == label) {
            return speaker.id;
        }
    }
    ADD_FAILURE() << "no speaker " << label.toStdString();
    return SpeakerId();
}

std::pair<qsizetype, qsizetype> CasesFixture::rangeOf(DocumentId document,
                                                      const QString& text) const
{
    const qsizetype start = project().documentText(document).indexOf(text);
    EXPECT_GE(start, 0) << text.toStdString();
    return {start, start + text.size()};
}

CodingId CasesFixture::codeText(DocumentId document, CodeId code, const QString& text)
{
    const auto [start, end] = rangeOf(document, text);
    NewCoding coding;
    coding.documentId = document;
    coding.codeId = code;
    coding.start = start;
    coding.end = end;
    auto id = project().addCoding(coding);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    return id ? *id : CodingId();
}

QString CasesFixture::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

void CasesFixture::watch(QAbstractItemModel* model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning,
                                 model);
}

bool CasesFixture::waitUntil(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 10000);
}

} // namespace tessera::ui::test
