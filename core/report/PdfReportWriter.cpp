#include "PdfReportWriter.h"

#include "CodebookDocument.h"
#include "PageGeometry.h"
#include "PrintHtml.h"
#include "ThemeSummaryDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kResolutionDpi = 300;
// The footer sits in the bottom margin, below the text area (the page layout's margins are the
// text area's): a line this far below it and this high.
constexpr double kFooterGapMm = 4.0;
constexpr double kFooterHeightMm = 5.0;
constexpr double kFooterPointSize = 8.0;

double mmToDevice(double mm)
{
    return mm / 25.4 * kResolutionDpi;
}

void drawFooter(QPainter& painter, const QRectF& textArea, const QString& caption, int page,
                int pages)
{
    QFont font(u"Liberation Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(kFooterPointSize);
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF line(textArea.left(), textArea.bottom() + mmToDevice(kFooterGapMm),
                      textArea.width(), mmToDevice(kFooterHeightMm));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, caption);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     u"Page %1 of %2"_s.arg(page).arg(pages));
    painter.restore();
}

} // namespace

QByteArray writePdf(const ReportDocument& document)
{
    // QTextDocument finds fonts through the platform integration of a QGuiApplication.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolutionDpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(page::kMarginMm, page::kMarginMm, page::kMarginMm, page::kMarginMm),
                    QPageLayout::Millimeter));
    writer.setTitle(document.title);
    writer.setCreator(u"Tessera"_s);

    QTextDocument text;
    // Laid out for the PDF's resolution, so point sizes and px lengths come out at true size.
    text.documentLayout()->setPaintDevice(&writer);
    text.setDocumentMargin(0);
    text.setHtml(printHtml(document));
    const QRectF textArea(0, 0, writer.width(), writer.height());
    text.setPageSize(textArea.size());

    QPainter painter;
    if (!painter.begin(&writer)) {
        return {};
    }
    const int pages = text.pageCount();
    const QString caption = footerCaption(document);
    for (int index = 0; index < pages; ++index) {
        if (index > 0) {
            writer.newPage();
        }
        painter.save();
        const QRectF pageRect(0, index * textArea.height(), textArea.width(), textArea.height());
        painter.translate(0, -pageRect.top());
        painter.setClipRect(pageRect);
        QAbstractTextDocumentLayout::PaintContext context;
        // A line pushed to the next page starts exactly on the boundary, and QTextLayout draws
        // lines that touch the clip: without this pixel the line would also be drawn (clipped,
        // but still extractable, so found twice by search) at the foot of this page.
        context.clip = pageRect.adjusted(0, 0, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        if (index > 0 || !document.titlePage) {
            drawFooter(painter, textArea, caption, index + 1, pages);
        }
    }
    painter.end();
    return buffer.data();
}

QByteArray writeThemeSummaryPdf(const ThemeSummaryReport& report)
{
    return writePdf(themeSummaryDocument(report));
}

QByteArray writeCodebookPdf(const CodebookReport& report)
{
    return writePdf(codebookDocument(report));
}

} // namespace tessera
