#include "Project.h"
#include "ProjectInternals.h"
