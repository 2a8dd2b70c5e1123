#include "BoardFixture.h"

#include "board/ThemeBoard.h"
#include "board/ThemeBoardModel.h"
#include "board/ThemeCardList.h"
#include "board/ThemeQuotesModel.h"
#include "board/ThemeQuotesPanel.h"
#include "board/UnthemedCodesModel.h"

#include <QApplication>
#include <QDropEvent>
#include <QTest>

namespace tessera::ui::test {

void BoardFixture::SetUp()
{
    ModelTestFixture::SetUp();
    m_prompts.askItem = [this](QWidget*, const QString&, const QString&, const QStringList& items) {
        m_items = items;
        return m_item;
    };
    m_prompts.confirm = [this](QWidget*, const QString&, const QString& text, const QString&) {
        m_questions << text;
        return m_confirm;
    };
    m_board = std::make_unique<ThemeBoard>(state(), m_prompts);
    watch(m_board->model());
    watch(m_board->unthemedModel());
    watch(m_board->quotes()->model());
    for (const ThemeStatus status :
         {ThemeStatus::Candidate, ThemeStatus::Reviewed, ThemeStatus::Final}) {
        watch(column(status)->model());
    }
    m_board->resize(1400, 900);
    m_board->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_board.get()));
}

void BoardFixture::TearDown()
{
    m_board.reset();
    ModelTestFixture::TearDown();
}

ThemeCardList* BoardFixture::column(ThemeStatus status) const
{
    return m_board->column(status);
}

QModelIndex BoardFixture::cardOf(ThemeId theme, ThemeCardList** list) const
{
    for (const ThemeStatus status :
         {ThemeStatus::Candidate, ThemeStatus::Reviewed, ThemeStatus::Final}) {
        ThemeCardList* candidate = column(status);
        QAbstractItemModel* model = candidate->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (candidate->themeAt(index) == theme) {
                if (list) {
                    *list = candidate;
                }
                return index;
            }
        }
    }
    return {};
}

bool BoardFixture::dropOn(QAbstractItemView* target, const QPoint& pos, QMimeData* mime)
{
    const std::unique_ptr<QMimeData> owned(mime);
    QWidget* viewport = target->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

ThemeStatus BoardFixture::storedStatus(ThemeId theme) const
{
    auto stored = reopen();
    const auto found = stored ? stored->theme(theme) : std::nullopt;
    EXPECT_TRUE(found.has_value());
    return found ? found->fields.status : ThemeStatus::Candidate;
}

QList<CodeId> BoardFixture::storedCodes(ThemeId theme) const
{
    auto stored = reopen();
    return stored ? stored->codesOfTheme(theme) : QList<CodeId>();
}

} // namespace tessera::ui::test
