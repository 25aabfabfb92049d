#pragma once

#include "core/scenario/scenariorunner.h"
#include "core/scenario/scenariostep.h"
#include "widgets/session/scenariolibrary.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class ProfileStore;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QTreeWidget;
class Session;

// The session tab's scenario side panel: the scenarios saved with the tab's profile (or kept in
// memory for a tab without one), the steps of the chosen one in the words of wsscope-cli's
// options, and Run: the steps are compiled by ScenarioCompiler and run by a ScenarioRunner on the
// tab's Session, each row showing its status as it goes (running, Done, Passed, Failed, Error,
// Not run) until the next run or edit. Every edit is checked by ProfileValidator and saved at
// once; what is refused is named and changes nothing.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    enum class RowState { None, Running, Done, Passed, Failed, Error, NotRun };
    Q_ENUM(RowState)

    enum Column { StatusColumn, ActionColumn, ValueColumn };

    explicit ScenarioPanel(Session *session, QWidget *parent = nullptr);
    ~ScenarioPanel() override;

    void setProfile(ProfileStore *store, const QString &profileName);
    QString profileName() const { return m_library.profileName(); }

    QList<SavedScenario> scenarios() const { return m_library.scenarios(); }
    QString currentName() const { return m_current; }
    bool selectScenario(const QString &name);
    QList<ScenarioStep> steps() const;

    // The commands of the panel's buttons and menus without their dialogs. Each returns false with
    // a translated *error (also shown in the panel) and changes nothing when refused.
    bool newScenario(const QString &name, QString *error = nullptr);
    bool renameScenario(const QString &newName, QString *error = nullptr);
    bool duplicateScenario(QString *error = nullptr);
    bool deleteScenario(QString *error = nullptr);
    bool addStep(const ScenarioStep &step, QString *error = nullptr);
    bool replaceStep(int index, const ScenarioStep &step, QString *error = nullptr);
    bool removeStep(int index, QString *error = nullptr);
    bool moveStep(int index, int delta, QString *error = nullptr);
    bool setSteps(const QList<ScenarioStep> &steps, QString *error = nullptr);
    // The steps from a scenario file (ScenarioParser); a bad file gives its message and changes nothing.
    bool importFile(const QString &path, QString *error = nullptr);
    bool exportFile(const QString &path, QString *error = nullptr) const;

    // Runs the current scenario on the session; false with the reason when it cannot start.
    bool run(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_runner != nullptr; }
    // Why Run is disabled now; empty when it is enabled.
    QString runBlockedReason() const;

    RowState rowState(int row) const { return m_rows.value(row).state; }
    QString rowText(int row) const { return m_rows.value(row).text; }
    QString summaryText() const;
    QString messageText() const;

    QComboBox *scenarioCombo() const { return m_combo; }
    QToolButton *scenarioMenuButton() const { return m_menuButton; }
    QTreeWidget *stepsView() const { return m_steps; }
    QToolButton *addButton() const { return m_add; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *storageLabel() const { return m_storage; }
    QAction *editJsonAction() const { return m_editJson; }

public slots:
    // Opens the step dialog for the selected row (a double-click or Enter does too).
    void editSelectedStep();
    void editAsJson();
    void chooseImportFile();
    void chooseExportFile();

signals:
    // The tab has no profile: the user asked to save it as one (its scenarios go with it).
    void saveAsProfileRequested();
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        RowState state = RowState::None;
        QString text;
    };

    void retranslateUi();
    void refresh();
    void refreshRows();
    void paintRow(int row);
    void updateActions();
    void showMessage(const QString &text, bool error);
    bool storeSteps(const QList<ScenarioStep> &steps, QString *error, int selectRow = -1);
    bool refuse(QString *error, const QString &why);
    void clearStatuses();
    int selectedRow() const;
    void askNew();
    void askRename();
    void askDelete();
    void addStepOfAction(const QString &action);
    void onStepStarted(int index);
    void onStepFinished(int index, ScenarioRunner::Status status, const QString &text);
    void onRunFinished();

    QPointer<Session> m_session;
    ScenarioLibrary m_library;
    QPointer<ProfileStore> m_store;
    QString m_current;
    QList<Row> m_rows;
    ScenarioRunner *m_runner = nullptr;
    QString m_runName; // the scenario the running runner came from
    bool m_stopped = false;

    QLabel *m_title = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_editJson = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QLabel *m_storage = nullptr;
    QPushButton *m_saveAsProfile = nullptr;
    QTreeWidget *m_steps = nullptr;
    QToolButton *m_add = nullptr;
    QMenu *m_addMenu = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_runReason = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_message = nullptr;
};
