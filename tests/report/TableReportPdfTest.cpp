// A table report as PDF (needs the QGuiApplication of PdfTestMain): a real PDF whose text
// holds every caption and cell, read back with poppler where it is installed.

#include "ExternalTools.h"
#include "QtPrinters.h"
#include "TableReportFixtures.h"
#include "report/ReportWriters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(TableReportPdf, IsAPdfWithEveryCaptionAndCellAsText)
{
    const TableReport report = test::sampleTableReport();
    const QByteArray pdf = writeTableReport(report, ReportFormat::Pdf);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    if (test::findTool({u"pdftotext"_s}).isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; only the PDF's header and "
                        "trailer were checked. scripts/dependencies.sh installs it.";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"tables.pdf"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const QString text = test::withoutWhitespace(test::pdfText(path).value_or(QString()));
    ASSERT_FALSE(text.isEmpty());
    QStringList wanted{u"Joint display"_s, u"Generated 2024-01-01 09:00 UTC"_s};
    for (const ReportTable& table : report.tables) {
        wanted << table.caption << table.note << table.header;
        for (const QStringList& row : table.rows) {
            wanted << row;
        }
    }
    wanted.removeAll(QString());
    for (QString item : std::as_const(wanted)) {
        // Whether an emoji comes back depends on the machine's fonts, not on the writer.
        item.remove(u"✉️"_s);
        // A cell's line break comes back as layout whitespace.
        EXPECT_TRUE(text.contains(test::withoutWhitespace(item)))
            << "PDF text lacks: " << item.toStdString();
    }
}

} // namespace
} // namespace tessera
