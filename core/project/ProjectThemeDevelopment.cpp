#include "Project.h"

#include "ProjectInternals.h"

// Theme development (merge, split, key quotes per theme), the unthemed-code list and the
// thematic map's stored positions. Implementation pending (issue 4).
