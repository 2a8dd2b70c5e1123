#include "SurveySummary.h"
