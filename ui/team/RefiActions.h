#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

class ErrorReporter;
struct UserPrompts;

// The File menu's exchange with other tools and colleagues (docs/refi-qda.md,
// docs/team-work.md): REFI-QDA project and codebook export, codebook import and merging a
// colleague's project. Each asks for its file through the UserPrompts seam, so tests can
// answer; failures go to the ErrorReporter and change nothing.
class RefiActions : public QObject {
    Q_OBJECT

public:
    RefiActions(Project& project, const UserPrompts& prompts, ErrorReporter& reporter,
                QWidget* window, QObject* parent = nullptr);

    void exportProject();    // .qdpx
    void exportCodebook();   // .qdc
    void importCodebook();   // .qdc into this project, one undo step
    void mergeProject();     // a .tessera or .qdpx; the report lists conflicts
    void compareCodebooks(); // this project (A) against a .tessera, .qdc or .qdpx (B)

private:
    QString suggestedPath(const QString& suffix) const;

    Project& m_project;
    const UserPrompts& m_prompts;
    ErrorReporter& m_reporter;
    QWidget* m_window;
};

} // namespace tessera::ui
