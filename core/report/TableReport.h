#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

// A report made of tables (survey summary, joint display, code × attribute matrix): plain data
// the Markdown, HTML, CSV, DOCX, ODT and PDF writers share.

struct ReportTable {
    QString caption;                  // "Table 1. Confident using digital tools (N = 102)"
    QStringList header;               // column names
    QList<QStringList> rows;          // each padded to header.size()
    QList<int> rowDepths;             // optional indentation of the first cell (tree rows)
    bool firstColumnIsHeader = true;
    QString note;                     // under the table: "Blank answers are not counted in N."
};

struct TableReport {
    QString title;         // project title
    QString subject;       // "Survey summary", "Joint display", "Code × attribute matrix"
    QDateTime generatedAt; // UTC
    QStringList intro;     // paragraphs before the tables
    QList<ReportTable> tables;
};

} // namespace tessera
