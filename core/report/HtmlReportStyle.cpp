#include "HtmlReportStyle.h"

using namespace Qt::StringLiterals;

namespace tessera {

QString htmlReportStyleSheet()
{
    // System fonts only: a report must render the same offline and leak no requests.
    return uR"css(:root { color-scheme: light; }
body {
  margin: 2rem auto; padding: 0 1.5rem; max-width: 46rem;
  font-family: Georgia, "Times New Roman", serif; font-size: 1rem; line-height: 1.55;
  color: #1b1b1b; background: #fff;
}
h1, h2, h3, h4, h5, h6 {
  font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; line-height: 1.25;
  margin: 1.6em 0 0.4em; break-after: avoid; page-break-after: avoid;
}
h1 { font-size: 1.9rem; margin-top: 0; }
h2 { font-size: 1.45rem; }
h3 { font-size: 1.2rem; }
h4, h5, h6 { font-size: 1.05rem; }
.subtitle { margin: 0 0 1rem; color: #555; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.6rem 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.label { margin: 1.2rem 0 0.4rem; font-weight: bold; }
section.theme { margin: 2rem 0; padding-left: 1rem; border-left: 4px solid #c9c9c9; }
section.theme section.theme { margin: 1.5rem 0 1rem; border-left-width: 3px; }
.status { padding: 0.05rem 0.5rem; border: 1px solid #999; border-radius: 0.8rem; font-size: 0.85rem; }
.status-final { border-color: #2e7d32; color: #1b5e20; }
.status-reviewed { border-color: #1565c0; color: #0d47a1; }
.status-candidate { border-color: #8d6e63; color: #5d4037; }
table.prevalence { border-collapse: collapse; margin: 0.8rem 0; break-inside: avoid; }
table.prevalence caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
table.prevalence th, table.prevalence td { border: 1px solid #bdbdbd; padding: 0.25rem 0.7rem; text-align: left; }
table.prevalence th { background: #f2f2f2; font-weight: normal; }
table.prevalence td { font-variant-numeric: tabular-nums; }
ul.codes { padding-left: 1.2rem; }
ul.codes > li { margin-bottom: 0.6rem; }
.code-name { margin: 0; }
.path, .counts { color: #555; }
dl.definitions { margin: 0.2rem 0 0; }
dl.definitions dt { font-style: italic; }
dl.definitions dd { margin: 0 0 0.2rem 1.2rem; }
.swatch {
  display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em;
  border: 1px solid rgba(0, 0, 0, 0.35); border-radius: 2px; vertical-align: -0.05em;
  print-color-adjust: exact; -webkit-print-color-adjust: exact;
}
figure.quote { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure.quote blockquote { margin: 0; padding: 0.5rem 1rem; border-left: 3px solid #8c8c8c; background: #f6f6f6; }
figure.quote blockquote p { margin: 0; }
figure.key-quote blockquote { border-left-color: #b07d00; background: #fff7e0; }
.key-label {
  margin: 0 0 0.2rem; font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif;
  font-size: 0.75rem; font-weight: bold; letter-spacing: 0.06em; text-transform: uppercase; color: #7a5600;
}
figcaption { margin: 0.3rem 0 0 1rem; color: #444; }
.quote-memo { display: block; margin-top: 0.2rem; font-style: italic; }
.timestamp { font-variant-numeric: tabular-nums; }
.omitted, .empty { font-style: italic; color: #555; }
section.code { margin: 1.2rem 0; padding-left: 0.8rem; border-left: 4px solid #c9c9c9; break-inside: avoid; }
@page { margin: 2cm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10.5pt; color: #000; }
  a { color: inherit; text-decoration: none; }
  figure.quote blockquote, figure.key-quote blockquote { background: none; }
  table.prevalence th { background: none; }
  p, dd, blockquote { orphans: 3; widows: 3; }
}
)css"_s;
}

} // namespace tessera
