#pragma once

#include "report/TableReport.h"

namespace tessera::test {

// A joint display and a survey question as the analysis would report them, by hand (the report
// tests do not link the project code), with text that could break each format: pipes, HTML,
// a spreadsheet formula, quotes and commas, line breaks, non-ASCII; plus a table with nothing
// in it. Generated 2024-01-01 09:00 UTC.
TableReport sampleTableReport();

} // namespace tessera::test
