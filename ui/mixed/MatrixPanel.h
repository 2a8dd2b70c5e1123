#pragma once

#include "analysis/AttributeMatrix.h"
#include "common/WorkbenchState.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tessera::ui {

class AttributeMatrixModel;
class ExcerptListModel;

// The code × attribute matrix tab: codes (or themes) against the values of one attribute,
// counting participants. Double-clicking a cell lists the excerpts behind it underneath;
// activating one shows it in its transcript, as the Retrieval pane does.
class MatrixPanel : public QWidget {
    Q_OBJECT

public:
    explicit MatrixPanel(WorkbenchState& state, QWidget* parent = nullptr);

    void refresh();
    // The choices shown, for the export; nullopt without an attribute.
    std::optional<MatrixOptions> options() const;

    QComboBox* rowsBox() const { return m_rows; }
    QComboBox* attributeBox() const { return m_attribute; }
    QPushButton* exportButton() const { return m_export; }
    QTableView* matrixView() const { return m_view; }
    AttributeMatrixModel* model() const { return m_model; }
    QTableView* excerptView() const { return m_excerptView; }
    ExcerptListModel* excerpts() const { return m_excerpts; }
    QLabel* noteLabel() const { return m_note; }
    QLabel* excerptTitle() const { return m_excerptTitle; }

    // Lists the excerpts of a cell (an index of matrixView()'s model).
    void showCell(const QModelIndex& index);
    void jumpTo(int excerptRow);

signals:
    void exportRequested();
    void problem(const QString& message);

private:
    WorkbenchState& m_state;
    QComboBox* m_rows;
    QComboBox* m_attribute;
    QPushButton* m_export;
    QLabel* m_note;
    AttributeMatrixModel* m_model;
    QTableView* m_view;
    QLabel* m_excerptTitle;
    ExcerptListModel* m_excerpts;
    QTableView* m_excerptView;
    // The cell listed below, kept across refreshes while it still exists.
    std::optional<std::pair<qint64, QString>> m_shownCell; // row id, column name
};

} // namespace tessera::ui
