#include "SurveyPlan.h"
