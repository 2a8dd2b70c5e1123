#pragma once

#include <QString>

namespace tessera {

// The inline style sheet of every HTML report: screen and print rules in one place, so a
// report is a single self-contained file that prints well from any browser.
QString htmlReportStyleSheet();

} // namespace tessera
