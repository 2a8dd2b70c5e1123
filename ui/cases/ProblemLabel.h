#pragma once

#include <QLabel>

namespace tessera::ui {

// A dialog's inline error line: hidden while there is nothing to say, shown in a red that
// stays readable on light and dark palettes, selectable so a message can be copied.
class ProblemLabel : public QLabel {
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    // Empty text hides the label.
    void setProblem(const QString& text);
    QString problem() const { return isHidden() ? QString() : text(); }
};

} // namespace tessera::ui
