#include "WelcomePage.h"

#include "RecentProjects.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::ui {

WelcomePage::WelcomePage(RecentProjects& recent, QWidget* parent)
    : QWidget(parent), m_recent(recent), m_list(new QListWidget(this))
{
    setAccessibleName(tr("Welcome"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    outer->addLayout(column, 3);
    outer->addStretch(1);
    column->addStretch(1);

    auto* title = new QLabel(tr("Tessera"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);
    auto* tagline = new QLabel(
        tr("Qualitative thematic analysis of focus groups and interviews. Every change is "
           "saved as you make it."),
        this);
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(tagline);
    column->addSpacing(18);

    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("&New Project…"), this);
    auto* openButton = new QPushButton(tr("&Open Project…"), this);
    auto* sampleButton = new QPushButton(tr("Open the &Sample Study"), this);
    sampleButton->setObjectName(QStringLiteral("openSampleButton"));
    sampleButton->setToolTip(
        tr("Three fictional focus groups of social care practitioners, with a codebook, themes "
           "and two coders' codings"));
    for (QPushButton* button : {newButton, openButton, sampleButton}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addSpacing(18);

    auto* recentLabel = new QLabel(tr("&Recent projects"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    recentLabel->setBuddy(m_list);
    column->addWidget(recentLabel);
    m_list->setObjectName(QStringLiteral("recentProjects"));
    m_list->setAccessibleName(tr("Recent projects"));
    m_list->setMinimumHeight(180);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(3);
    column->addWidget(m_list, 2);
    auto* emptyNote = new QLabel(
        tr("Projects you open appear here. To start, open the sample study or create a "
           "project and drag transcripts (.txt, .md, .vtt, .srt, .docx) onto the window."),
        this);
    emptyNote->setWordWrap(true);
    emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote = emptyNote;
    column->addWidget(emptyNote);
    auto* dropHint = new QLabel(
        tr("In a project, drag transcript files onto the window to import them; every change "
           "is kept, and Ctrl+Z undoes it."),
        this);
    dropHint->setWordWrap(true);
    dropHint->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(dropHint);
    column->addStretch(2);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    // A single click opens, like a link list; Enter does the same from the keyboard.
    // Queued: opening refreshes this list, which must not happen inside its own click signal.
    const auto open = [this](QListWidgetItem* item) {
        if (item) {
            QMetaObject::invokeMethod(
                this,
                [this, path = item->data(Qt::UserRole).toString()] {
                    emit openPathRequested(path);
                },
                Qt::QueuedConnection);
        }
    };
    connect(m_list, &QListWidget::itemClicked, this, open);
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(&m_recent, &RecentProjects::changed, this, &WelcomePage::refresh);
    refresh();
}

void WelcomePage::refresh()
{
    m_list->clear();
    const QStringList paths = m_recent.paths();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(info.completeBaseName(),
                                         QDir::toNativeSeparators(info.absolutePath())),
            m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_list->setVisible(!paths.isEmpty());
    m_emptyNote->setVisible(paths.isEmpty());
    if (!paths.isEmpty()) {
        // Current for the keyboard (Enter opens it), without painting it as chosen.
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    }
}

} // namespace tessera::ui
