#pragma once

#include "ConsensusResolution.h"
#include "common/WorkbenchState.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tessera::ui {

class DisagreementModel;

// The disagreement review: where the chosen coders differ, largest first. Activating one shows
// it in the transcript with every coder's codings visible (unless blind coding is on). The
// buttons resolve the selected one into the Consensus coder (created when missing): "Accept
// X's version" copies X's codings there as one undo step; "Edit…" selects the passage in the
// transcript and makes Consensus the current coder, to code it by hand. The list follows
// Project::changed through the Agreement tab, so a resolution shows at once.
class DisagreementPanel : public QWidget {
    Q_OBJECT

public:
    explicit DisagreementPanel(WorkbenchState& state, QWidget* parent = nullptr);

    void showPending();
    // `withConsensus`: the Consensus coder is not one of the compared coders, so it can take
    // resolutions (and its column shows where it stands).
    void showDisagreements(const QList<Disagreement>& disagreements,
                           const QList<Resolution>& resolutions, const QStringList& coders,
                           bool withConsensus);
    void showMessage(const QString& message);

    std::optional<int> currentRow() const;
    void selectRow(int row);
    void jumpTo(int row);
    // Resolves the selected disagreement with the version of coder `coder` (an index of the
    // compared coders).
    void accept(int coder);
    void edit();

    DisagreementModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QCheckBox* hideResolvedBox() const { return m_hideResolved; }
    QPlainTextEdit* passage() const { return m_passage; }
    const QList<QPushButton*>& acceptButtons() const { return m_acceptButtons; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* showButton() const { return m_show; }

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    void rebuildAcceptButtons(const QStringList& coders);
    void updateDetails();
    void updateSummary();
    void revealInTranscript(const Disagreement& disagreement);

    WorkbenchState& m_state;
    QLabel* m_summary;
    QCheckBox* m_hideResolved;
    DisagreementModel* m_model;
    QTableView* m_table;
    QLabel* m_detailTitle;
    QPlainTextEdit* m_passage;
    QHBoxLayout* m_buttons;
    QList<QPushButton*> m_acceptButtons;
    QPushButton* m_edit;
    QPushButton* m_show;
    QStringList m_coders;
    bool m_withConsensus = false;
    QList<Disagreement> m_disagreements;
    QList<Resolution> m_resolutions;
    QHash<QString, int> m_leftUncoded; // key -> coder whose "not coded" version was accepted
    QString m_currentKey;              // kept across refreshes
};

} // namespace tessera::ui
