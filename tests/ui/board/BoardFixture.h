#pragma once

#include "ui/models/ModelTestFixture.h"
#include "workbench/UserPrompts.h"

#include <QMimeData>
#include <QPoint>

#include <memory>
#include <optional>

class QAbstractItemView;

namespace tessera::ui {
class ThemeBoard;
class ThemeCardList;
} // namespace tessera::ui

namespace tessera::ui::test {

// A theme board over a fresh sample study, shown offscreen, with scripted answers to its
// questions and QAbstractItemModelTester on each of its models. Tests check the project FILE
// through a second connection (reopen()).
class BoardFixture : public ModelTestFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    ThemeBoard& board() const { return *m_board; }
    ThemeCardList* column(ThemeStatus status) const;
    // The card of a theme in whichever column shows it; invalid when none does.
    QModelIndex cardOf(ThemeId theme, ThemeCardList** list = nullptr) const;
    // Drags `mime` onto `target`'s viewport at `pos` as a drop would arrive; returns whether
    // the view accepted it. Takes ownership of `mime`.
    bool dropOn(QAbstractItemView* target, const QPoint& pos, QMimeData* mime);
    ThemeStatus storedStatus(ThemeId theme) const;
    QList<CodeId> storedCodes(ThemeId theme) const;

    UserPrompts m_prompts;
    std::optional<int> m_item; // askItem's answer
    bool m_confirm = true;     // confirm's answer
    QStringList m_items;       // the choices askItem offered
    QStringList m_questions;   // confirm's texts
    std::unique_ptr<ThemeBoard> m_board;
};

} // namespace tessera::ui::test
