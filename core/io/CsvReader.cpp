#include "DataTable.h"
