#pragma once

#include "core/io/CsvImport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace careerplanner {

class PlanSession;

// Imports pay years or ladder levels from a CSV file: choose the file (and for levels the
// ladder), see every row that would be added and every problem with its line, and import,
// which is possible only when no row has a problem. The import is one undoable edit.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { PayHistory, Levels };

    CsvImportDialog(Kind kind, PlanSession *session, QWidget *parent = nullptr);

    void setFile(const QString &path); // and preview it
    QStandardItemModel *rowModel() const { return m_rows; }
    QStandardItemModel *problemModel() const { return m_problems; }

    void accept() override;

private:
    void chooseFile();
    void preview();
    void showPayPreview(const CsvImport::Preview<PayRecord> &preview);
    void showLevelPreview(const CsvImport::Preview<CareerLevel> &preview);
    void showProblems(const QList<CsvImport::Problem> &problems, int rows);

    Kind m_kind;
    PlanSession *m_session;
    // What the preview shows is what Import writes: the file is not read again.
    CsvImport::Preview<PayRecord> m_payPreview;
    CsvImport::Preview<CareerLevel> m_levelPreview;
    int m_previewLadder = -1;
    QLineEdit *m_path;
    QComboBox *m_ladder = nullptr;
    QLabel *m_summary;
    QStandardItemModel *m_rows;
    QStandardItemModel *m_problems;
    QTableView *m_rowView;
    QTableView *m_problemView;
    QDialogButtonBox *m_buttons;
};

} // namespace careerplanner
