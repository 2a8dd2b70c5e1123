#pragma once

#include "agreement/ProjectAgreement.h"
#include "report/TableReport.h"

#include <QStringList>

namespace tessera::ui {

// What an agreement export states besides the figures: the choices behind them, as a reader
// of the paper needs them (docs/agreement.md, "Which figures to report").
struct AgreementScope {
    QString projectTitle;
    QStringList documents; // the documents compared, by name
    bool allDocuments = true;
    bool codesChosen = false; // false: every code the coders applied
};

// The Agreement tab as tables for writeTableReport (csv, md, html, docx, odt, pdf): figures per
// code (with the pooled 2×2 table at character level), per document at character level, the
// domain's figures, domain conflicts and overlapping units. Cells read as on screen
// (formatAgreementValue), undefined figures with their reason.
TableReport agreementTableReport(const AgreementReport& report, const AgreementScope& scope);

} // namespace tessera::ui
