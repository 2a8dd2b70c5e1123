#pragma once

#include "KeyedListModel.h"
#include "common/WorkbenchState.h"

#include <QSet>
#include <QStringList>

namespace tessera::ui {

// The quotes of one theme: the passages coded with its codes or its subthemes' codes, for the
// visible coder(s), in document order, each with a "key quote for this theme" box. A passage
// that two coders (or two of the theme's codes) marked is one row, as it is one quote in the
// theme summary; it counts as key when any of its codings is marked for this theme
// (Project::setThemeKeyQuote). Key quotes are per theme: a passage can carry one theme and not
// another. Ticking marks the passage's first coding: one undoable step. A passage flagged as a
// key quote on the coding itself (Ctrl+Shift+K in the transcript) is key for every theme: its
// box is partly ticked, and ticking it marks it for this theme as well.
class ThemeQuotesModel : public KeyedListModel {
    Q_OBJECT

public:
    // CodingIdRole: the coding a tick marks (the passage's first), qint64.
    enum Role { CodingIdRole = Qt::UserRole + 1 };

    explicit ThemeQuotesModel(WorkbenchState& state, QObject* parent = nullptr);

    void setTheme(std::optional<ThemeId> theme);
    std::optional<ThemeId> theme() const { return m_theme; }
    int keyQuoteCount() const;
    TextRange rangeAt(const QModelIndex& index) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // After every refresh: the number of quotes or key quotes may have changed.
    void contentsChanged();
    void errorOccurred(const QString& message);

private:
    struct Quote {
        TextRange range;
        QString text;
        QString citation; // “text” (Focus group 1, P3), shortened for the list
        QString fullCitation;
        QStringList codes;  // code paths, without repeats
        QStringList coders; // coder names, without repeats
        QList<qint64> codings;
        bool key = false;         // marked for this theme
        bool keyOnCoding = false; // flagged on one of its codings: key for every theme
        friend bool operator==(const Quote&, const Quote&) = default;
    };

    void reload(bool replaceAll);

    WorkbenchState& m_state;
    std::optional<ThemeId> m_theme;
    QHash<qint64, Quote> m_quotes; // by the passage's first coding
};

} // namespace tessera::ui
