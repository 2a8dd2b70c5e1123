#include "ThemeQuotesPanel.h"

#include "ThemeQuotesModel.h"
#include "project/Project.h"
#include "workbench/UiText.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace tessera::ui {

ThemeQuotesPanel::ThemeQuotesPanel(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_model(new ThemeQuotesModel(state, this)),
      m_heading(new QLabel(this)), m_view(new QListView(this))
{
    setAccessibleName(tr("Quotes of the theme"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setContentsMargins(6, 0, 6, 0);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setBuddy(m_view);
    layout->addWidget(m_heading);

    m_view->setObjectName(QStringLiteral("themeQuotes"));
    m_view->setAccessibleName(tr("Quotes; tick the key quotes for this theme"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_view, 1);

    connect(m_model, &ThemeQuotesModel::contentsChanged, this, &ThemeQuotesPanel::updateHeading);
    connect(m_model, &ThemeQuotesModel::errorOccurred, this, &ThemeQuotesPanel::problem);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        const TextRange range = m_model->rangeAt(index);
        if (!range.isEmpty()) {
            m_state.requestExcerpt(range);
        }
    });
    updateHeading();
}

void ThemeQuotesPanel::setTheme(std::optional<ThemeId> theme)
{
    m_model->setTheme(theme);
    updateHeading();
}

QString ThemeQuotesPanel::heading() const
{
    return m_heading->text();
}

void ThemeQuotesPanel::updateHeading()
{
    const auto id = m_model->theme();
    const auto theme = id ? m_state.project().theme(*id) : std::nullopt;
    if (!theme) {
        m_heading->setText(tr("Quotes: choose a theme above to pick its key quotes."));
        return;
    }
    m_heading->setText(tr("Quotes for “%1”: %2 of %3 are key quotes. Space ticks the current "
                          "quote; Enter shows it in its transcript.")
                           .arg(theme->fields.name, QString::number(m_model->keyQuoteCount()),
                                countOf(m_model->rowCount(), tr("%1 passage"), tr("%1 passages"))));
}

} // namespace tessera::ui
