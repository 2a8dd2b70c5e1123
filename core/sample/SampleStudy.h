#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace tessera {

class Project;

// The bundled sample study (resources/sample/, compiled into the library): three fictional
// focus groups of social care practitioners on supporting children and families digitally
// during the pandemic, with a codebook, three overarching themes and two coders' codings; a
// practitioner survey of 102 respondents (closed questions as attributes, the open question as
// a document of answers); and the focus-group speakers linked to participants with Role,
// Service type and Years of practice.

// Creates a new project file at `path` holding the sample study. Refuses an existing file.
Result<std::unique_ptr<Project>> createSampleStudy(const QString& path);

// Adds the sample study to an open (normally empty) project.
Status loadSampleStudy(Project& project);

} // namespace tessera
