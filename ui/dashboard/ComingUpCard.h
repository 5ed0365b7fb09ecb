#pragma once

#include <QDateTime>
#include <QGroupBox>

class QLabel;
class QModelIndex;
class QStandardItemModel;
class QTreeView;

namespace careerplanner {

class ApplicationStore;

// The dashboard's "Coming up": what the applications ask for next (a thank-you note, a
// follow-up, an interview tomorrow) and the interviews booked in the next two weeks,
// soonest first. Clicking one opens its application.
class ComingUpCard final : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int DaysAhead = 14; // interviews shown this far ahead
    static constexpr int RowsShown = 6;

    explicit ComingUpCard(QWidget *parent = nullptr);

    void showFor(const ApplicationStore &applications, const QDateTime &now);
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void applicationRequested(qint64 applicationId);

private:
    void open(const QModelIndex &index);

    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace careerplanner
