#pragma once

#include "ConsensusResolution.h"
#include "agreement/Disagreements.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tessera::ui {

// Identifies a disagreement across recomputations: code, document and range.
QString disagreementKey(const Disagreement& disagreement);

// The disagreements of the Agreement tab, largest first (the order disagreements() gives): code,
// document, where (turns, or characters outside turns), length, one column per coder ("coded" or
// "not coded") and, when a Consensus coder can resolve them, where it stands. Read-only.
class DisagreementModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CodeColumn, DocumentColumn, WhereColumn, LengthColumn, FirstCoderColumn };
    // Per row: true when the Consensus coder has resolved the disagreement.
    static constexpr int ResolvedRole = Qt::UserRole + 1;

    explicit DisagreementModel(QObject* parent = nullptr);

    // `leftUncoded`: disagreements whose "not coded" version was accepted (by key, the index of
    // that coder); the Consensus coder holds nothing for them, so only this session knows.
    void setDisagreements(const QList<Disagreement>& disagreements,
                          const QList<Resolution>& resolutions, const QStringList& coders,
                          bool withConsensus, const QHash<QString, int>& leftUncoded);
    void clear();
    void setHideResolved(bool hide);
    bool hidesResolved() const { return m_hideResolved; }

    const Disagreement* disagreementAt(int row) const;
    bool isResolved(int row) const;
    QString statusText(int row) const;
    int rowOfKey(const QString& key) const; // -1 when not shown
    int total() const { return int(m_all.size()); }
    int resolvedCount() const;
    int consensusColumn() const; // -1 without one
    int coderColumn(int coder) const { return FirstCoderColumn + coder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Disagreement disagreement;
        Resolution resolution;
        int leftUncodedBy = -1; // the coder whose "not coded" version was accepted
        bool resolved() const
        {
            return resolution.kind != Resolution::Kind::Open || leftUncodedBy >= 0;
        }
    };
    void rebuildShown();
    QString where(const Disagreement& disagreement) const;

    QList<Row> m_all;
    QList<int> m_shown; // indexes into m_all
    QStringList m_coders;
    bool m_withConsensus = false;
    bool m_hideResolved = false;
};

} // namespace tessera::ui
