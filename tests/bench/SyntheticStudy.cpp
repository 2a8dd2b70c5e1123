#include "SyntheticStudy.h"

#include "io/TranscriptImporter.h"

#include <QStringList>

namespace tessera::bench {

ImportedDocument syntheticTranscript(qsizetype characters)
{
    static const QStringList sentences = {
        QStringLiteral("We moved most of our visits onto video calls in the first week."),
        QStringLiteral("Some families had one phone between them and the data ran out."),
        QStringLiteral("You could not see the home, only the ceiling or a kitchen wall."),
        QStringLiteral("Teenagers were happier on WhatsApp than on a formal call."),
        QStringLiteral("I never had any training for this, we learned on the job."),
        QStringLiteral("It saved hours of travel, which meant more short check-ins."),
        QStringLiteral("The little ones would not sit in front of a screen for long."),
        QStringLiteral(
            "Mum said it was the first time a professional fitted round her – café Wi-Fi and all."),
    };
    QString text = QStringLiteral("FOCUS GROUP 7 – synthetic benchmark transcript\n\n");
    int turn = 0;
    while (text.size() < characters) {
        const int seconds = turn * 17;
        const QString speaker =
            turn % 6 == 0 ? QStringLiteral("Facilitator") : QStringLiteral("P%1").arg(turn % 6);
        text += QStringLiteral("[%1:%2:%3] %4: ")
                    .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                    .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                    .arg(speaker);
        const int count = 1 + (turn * 7) % 4;
        for (int s = 0; s < count; ++s) {
            text += sentences[(turn + s) % sentences.size()] + QLatin1Char(' ');
        }
        text += QStringLiteral("\n\n");
        ++turn;
    }
    auto imported =
        importTranscriptBytes(text.toUtf8(), TranscriptFormat::Txt, QStringLiteral("bench.txt"));
    return imported ? *imported : ImportedDocument{};
}

} // namespace tessera::bench
