#include "ui/ladders/LadderBrowserPage.h"

#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/ActionSpec.h"
#include "ui/ladders/LadderDialog.h"
#include "ui/widgets/ComboRowKeeper.h"
#include "core/plan/LevelUse.h"
#include "ui/ladders/LadderListModel.h"
#include "ui/ladders/LevelDetailView.h"
#include "ui/ladders/LevelEditDialog.h"
#include "ui/ladders/LevelTableModel.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/RecordTable.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace careerplanner {

LadderBrowserPage::LadderBrowserPage(QWidget *parent)
    : QWidget(parent)
{
    // The actions now, for the window's menus; the view when the page is first shown, since
    // the window opens on another page and a table, a tool bar and a text view take a
    // noticeable part of its start-up.
    // Shortcuts through the page itself (added to it): they work only while it is shown.
    const auto make = [this](const ActionSpec &spec, void (LadderBrowserPage::*slot)()) {
        QAction *action = makeAction(spec, this, slot);
        addAction(action);
        return action;
    };
    m_editLevel = make({ tr("&Edit Level…"),
                         QStringLiteral("editLevelAction"),
                         { QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E) },
                         tr("Change the selected level's title, bands and texts") },
                       &LadderBrowserPage::editLevel);
    m_addLevel = make({ tr("&Add Level…"),
                        QStringLiteral("addLevelAction"),
                        { QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_L) },
                        tr("Add a level above the selected one") },
                      &LadderBrowserPage::addLevel);
    m_removeLevel = make({ tr("&Remove Level"),
                           QStringLiteral("removeLevelAction"),
                           { QKeySequence::Delete },
                           tr("Remove the selected level from this plan") },
                         &LadderBrowserPage::removeLevel);
    m_addLadder = make({ tr("&New Ladder…"),
                         QStringLiteral("addLadderAction"),
                         { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
                         tr("Add your own ladder, for example another company's") },
                       &LadderBrowserPage::addLadder);
    m_removeLadder = make({ tr("Re&move Ladder"),
                            QStringLiteral("removeLadderAction"),
                            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete) },
                            tr("Remove the current ladder from this plan") },
                          &LadderBrowserPage::removeLadder);
    updateActions();
}

void LadderBrowserPage::buildView()
{
    m_ladderSelector = new QComboBox(this);
    m_levelTable = new QTableView(this);
    m_details = new LevelDetailView(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_ladderSelector->setObjectName(QStringLiteral("ladderSelector"));
    m_ladderSelector->setAccessibleName(tr("Ladder"));
    m_ladderSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_levelTable->setObjectName(QStringLiteral("levelTable"));
    m_levelTable->setAccessibleName(tr("Levels"));
    m_levelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levelTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levelTable->setAlternatingRowColors(true);
    m_levelTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_levelTable->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("levelDetails"));
    m_splitter->addWidget(m_levelTable);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(m_splitterState);

    auto *toolBar = new QToolBar(tr("Ladder"), this);
    toolBar->setObjectName(QStringLiteral("ladderToolBar"));
    auto *ladderLabel = new QLabel(tr("&Ladder:"), this);
    ladderLabel->setBuddy(m_ladderSelector);
    ladderLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(ladderLabel);
    toolBar->addWidget(m_ladderSelector);
    toolBar->addSeparator();
    toolBar->addActions({ m_editLevel, m_addLevel, m_removeLevel });
    toolBar->addSeparator();
    toolBar->addAction(m_addLadder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);
    // Made while the page is being shown: shown and laid out now, for the first paint.
    toolBar->show();
    m_splitter->show();
    layout->activate();

    connect(m_ladderSelector, &QComboBox::currentIndexChanged, this, &LadderBrowserPage::showLadder);
    // Activation is a double-click or Return: connected once, so one gesture is one dialog.
    connect(m_levelTable, &QTableView::activated, this, &LadderBrowserPage::editLevel);
    if (m_session)
        presentSession();
}

QList<QAction *> LadderBrowserPage::levelActions() const
{
    return { m_editLevel, m_addLevel, m_removeLevel };
}

QList<QAction *> LadderBrowserPage::ladderActions() const
{
    return { m_addLadder, m_removeLadder };
}

QByteArray LadderBrowserPage::splitterState() const
{
    return m_splitter ? m_splitter->saveState() : m_splitterState;
}

void LadderBrowserPage::restoreSplitterState(const QByteArray &state)
{
    m_splitterState = state;
    if (m_splitter)
        m_splitter->restoreState(state);
}

void LadderBrowserPage::setSession(PlanSession *session, LadderListModel *ladders)
{
    m_session = session;
    m_ladderModel = ladders;
    if (m_splitter)
        presentSession();
}

void LadderBrowserPage::presentSession()
{
    PlanSession *session = m_session;
    LadderListModel *ladders = m_ladderModel;
    // Made before the selector reacts to ladder changes, so it settles first.
    m_levelModel = new LevelTableModel(session, session);
    m_ladderSelector->setModel(ladders);
    m_levelTable->setModel(m_levelModel);
    RecordTable::sizeColumns(m_levelTable, LevelTableModel::TitleColumn);
    connect(m_levelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LadderBrowserPage::updateDetails);
    connect(m_levelModel, &QAbstractItemModel::dataChanged, this, &LadderBrowserPage::updateDetails);
    m_ladderSelector->setCurrentIndex(ladders->rowCount() > 0 ? 0 : -1);
    showLadder(m_ladderSelector->currentIndex());
    // An undo, redo or import resets the ladders: the same ladder and level stay chosen.
    ComboRowKeeper::keep(m_ladderSelector, session);
    connect(session, &PlanSession::planAboutToBeReloaded, this, [this] { m_rowBeforeReload = currentLevelRow(); });
    // After an edit the details follow it: the selection leaves a removed level before the
    // level is gone, so what it showed then ("Level 3 of 7") is out of date.
    new PageRefresh(session, PlanPart::Ladders, this, [this](PlanParts) {
        if (!m_rowBeforeReload) {
            updateDetails();
            return;
        }
        showLadder(m_ladderSelector->currentIndex());
        selectLevel(std::min(*std::exchange(m_rowBeforeReload, std::nullopt), m_levelModel->rowCount() - 1));
    });
}

void LadderBrowserPage::clearSession()
{
    // The views let go before the session and its models do.
    if (m_splitter) {
        m_ladderSelector->blockSignals(true);
        m_levelTable->setModel(nullptr);
        m_ladderSelector->blockSignals(false);
    }
    m_levelModel = nullptr;
    m_ladderModel = nullptr;
    m_session = nullptr;
}

void LadderBrowserPage::showEvent(QShowEvent *event)
{
    if (!m_splitter)
        buildView();
    QWidget::showEvent(event);
    updateActions();
}

void LadderBrowserPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void LadderBrowserPage::showLadder(int ladderIndex)
{
    if (!m_levelModel)
        return;
    m_levelModel->setLadderIndex(ladderIndex);
    if (m_levelModel->rowCount() > 0)
        m_levelTable->resizeColumnsToContents();
    updateDetails();
}

int LadderBrowserPage::currentLevelRow() const
{
    const QModelIndex current = m_levelTable && m_levelTable->selectionModel()
                                    ? m_levelTable->selectionModel()->currentIndex()
                                    : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void LadderBrowserPage::selectLevel(int row)
{
    if (row < 0 || row >= m_levelModel->rowCount())
        return;
    m_levelTable->setCurrentIndex(m_levelModel->index(row, LevelTableModel::TitleColumn));
    m_levelTable->selectRow(row);
}

void LadderBrowserPage::updateDetails()
{
    const int ladderIndex = m_levelModel ? m_levelModel->ladderIndex() : -1;
    if (ladderIndex < 0 || ladderIndex >= m_session->ladderStore().ladders().size())
        m_details->clearView();
    else if (currentLevelRow() < 0)
        m_details->showLadder(m_session->ladderStore().ladders().at(ladderIndex));
    else
        m_details->showLevel(m_session->ladderStore().ladders().at(ladderIndex), currentLevelRow());
    updateActions();
}

void LadderBrowserPage::updateActions()
{
    const bool shown = isVisible();
    const bool hasLadder = shown && m_levelModel && m_levelModel->ladderIndex() >= 0;
    const bool hasLevel = hasLadder && currentLevelRow() >= 0;
    m_editLevel->setEnabled(hasLevel);
    m_removeLevel->setEnabled(hasLevel);
    m_addLevel->setEnabled(hasLadder);
    m_removeLadder->setEnabled(hasLadder);
    m_addLadder->setEnabled(shown && m_session);
}

void LadderBrowserPage::reportFailure(const QString &what, const QString &error)
{
    Q_EMIT statusMessage(error, 8000);
    QMessageBox::warning(this, tr("Career Planner"), QStringLiteral("%1\n\n%2").arg(what, error));
}

void LadderBrowserPage::editLevel()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    const int row = currentLevelRow();
    if (ladderIndex < 0 || row < 0)
        return;
    LevelEditDialog dialog(m_session->ladderStore().ladders().at(ladderIndex).levels.at(row), this);
    if (dialog.execAndSave([&](QString *error) {
            return m_session->ladderStore().updateLevel(ladderIndex, row, dialog.level(), error);
        }))
        Q_EMIT statusMessage(tr("Saved “%1”.").arg(dialog.level().title), 4000);
}

void LadderBrowserPage::addLevel()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    if (ladderIndex < 0)
        return;
    LevelEditDialog dialog(CareerLevel(), this);
    // New levels go above the selected one (ladders run lowest first), or at the top.
    const int row = currentLevelRow() >= 0 ? currentLevelRow() + 1 : m_levelModel->rowCount();
    if (!dialog.execAndSave([&](QString *error) {
            return m_session->ladderStore().insertLevel(ladderIndex, row, dialog.level(), error);
        }))
        return;
    selectLevel(row);
    Q_EMIT statusMessage(tr("Added “%1”.").arg(dialog.level().title), 4000);
}

void LadderBrowserPage::removeLevel()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    const int row = currentLevelRow();
    if (ladderIndex < 0 || row < 0)
        return;
    const CareerLadder &ladder = m_session->ladderStore().ladders().at(ladderIndex);
    const QString title = ladder.levels.at(row).title;
    if (!confirmRemoval(tr("Remove Level"), tr("Remove “%1” and its bands from this plan?").arg(title),
                        LevelUse::of(*m_session, ladder.name, title)))
        return;
    QString error;
    if (!m_session->ladderStore().removeLevel(ladderIndex, row, &error))
        reportFailure(tr("The level was not removed."), error);
    else
        Q_EMIT statusMessage(tr("Removed “%1”.").arg(title), 4000);
}

void LadderBrowserPage::addLadder()
{
    QStringList names;
    for (const CareerLadder &ladder : m_session->ladderStore().ladders())
        names.append(ladder.name);
    LadderDialog dialog(names, this);
    if (!dialog.execAndSave([&](QString *error) { return m_session->ladderStore().addLadder(dialog.ladder(), error); }))
        return;
    m_ladderSelector->setCurrentIndex(m_ladderModel->rowCount() - 1);
    Q_EMIT statusMessage(tr("Added the ladder “%1”. Add its levels with Level ▸ Add Level.").arg(dialog.ladder().name),
                         6000);
}

bool LadderBrowserPage::confirmRemoval(const QString &title, const QString &question, const LevelUse &use)
{
    // Said before it happens: what uses what goes, and what becomes of each.
    QMessageBox ask(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    const QStringList touched = use.consequences();
    if (!touched.isEmpty())
        ask.setInformativeText(QStringLiteral("• ") + touched.join(QStringLiteral("\n• ")));
    ask.setDefaultButton(QMessageBox::No);
    return ask.exec() == QMessageBox::Yes;
}

void LadderBrowserPage::removeLadder()
{
    const int ladderIndex = m_levelModel->ladderIndex();
    if (ladderIndex < 0)
        return;
    const QString name = m_session->ladderStore().ladders().at(ladderIndex).name;
    if (!confirmRemoval(tr("Remove Ladder"), tr("Remove the ladder “%1” with all its levels from this plan?").arg(name),
                        LevelUse::ofLadder(*m_session, name)))
        return;
    QString error;
    if (!m_session->ladderStore().removeLadder(ladderIndex, &error)) {
        reportFailure(tr("The ladder was not removed."), error);
        return;
    }
    m_ladderSelector->setCurrentIndex(m_ladderModel->rowCount() > 0 ? 0 : -1);
    showLadder(m_ladderSelector->currentIndex()); // the index may not have changed, the ladder has
    Q_EMIT statusMessage(tr("Removed the ladder “%1”.").arg(name), 4000);
}

} // namespace careerplanner
