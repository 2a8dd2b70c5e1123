#pragma once

#include "model/Entities.h"

#include <QSortFilterProxyModel>

namespace tessera::ui {

// One column of the theme board: the cards of ThemeBoardModel with one status. A card whose
// status changes leaves this column and appears in another without a reset (dynamic filter).
class ThemeStatusFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ThemeStatusFilter(ThemeStatus status, QObject* parent = nullptr);

    ThemeStatus status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ThemeStatus m_status;
};

} // namespace tessera::ui
