#include "TableReports.h"
