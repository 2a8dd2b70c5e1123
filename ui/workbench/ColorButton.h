#pragma once

#include <QPushButton>

namespace tessera::ui {

struct UserPrompts;

// A button showing a colour; clicking it asks for another (through UserPrompts, so tests never
// meet a modal colour dialog).
class ColorButton : public QPushButton {
    Q_OBJECT

public:
    ColorButton(const UserPrompts& prompts, QWidget* parent = nullptr);

    QString color() const { return m_color; } // "#rrggbb", empty = let Tessera pick
    void setColor(const QString& color);

signals:
    void colorChanged(const QString& color);

private:
    const UserPrompts& m_prompts;
    QString m_color;
};

} // namespace tessera::ui
