#pragma once

#include "core/io/MarketImporter.h"

#include <QDialog>

#include <atomic>
#include <future>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace careerplanner {

class PlanSession;

// Imports market pay reports from a CSV file (a Levels.fyi export, an H-1B disclosure file,
// one's own sheet). The file is read on a thread of its own, with a progress bar, and
// Cancel stops the read; the preview says how many rows were read and how many will be
// added, and lists each row skipped with its line and reason. Import adds the new reports
// as one undoable edit.
class MarketImportDialog final : public QDialog
{
    Q_OBJECT

public:
    MarketImportDialog(PlanSession *session, QWidget *parent = nullptr);
    ~MarketImportDialog() override;

    void setFile(const QString &path); // and read it
    bool isReading() const { return m_reading.valid(); }
    const MarketImporter::Preview &preview() const { return m_preview; }
    int added() const { return m_added; }

    void accept() override;
    void reject() override; // while reading: stops the read, and the dialog stays

private:
    void chooseFile();
    void startReading();
    void stopReading(); // and wait for the thread
    void poll(); // the read's progress, and its end
    void showPreview();

    PlanSession *m_session;
    MarketImporter::Preview m_preview; // what Import writes: the file is not read again
    QString m_readPath; // what m_preview or the read under way is of
    std::future<MarketImporter::Preview> m_reading;
    std::shared_ptr<std::atomic<int>> m_done; // rows read so far, and of how many
    std::shared_ptr<std::atomic<int>> m_total;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_added = 0;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QStandardItemModel *m_skipped;
    QTableView *m_skippedView;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
    QTimer *m_poll;
};

} // namespace careerplanner
