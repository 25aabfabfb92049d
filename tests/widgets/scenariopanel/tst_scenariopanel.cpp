// The scenario side panel of a session tab: scenarios built and edited in the panel, saved with
// the profile (or kept in memory), and run by ScenarioRunner against the built-in TestServer with
// the wire tap on, each row showing its step's status.
#include "appfixture.h"
#include "core/profiles/profilestore.h"
#include "core/scenario/scenarioparser.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"
#include "models/framelogmodel.h"
#include "pseudotranslator.h"
#include "sessionlog.h"
#include "tabdriver.h"
#include "widgets/detail/statuscolors.h"
#include "widgets/session/composer.h"
#include "widgets/session/logview.h"
#include "widgets/session/scenariojsondialog.h"
#include "widgets/session/scenariopanel.h"
#include "widgets/session/scenariostepdialog.h"
#include "widgets/session/sessiontab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace {

const QString kProfile = QStringLiteral("Echo with tap");
constexpr quint8 ReservedOpcode = 0x3;
constexpr int DialogPollMs = 20;

ScenarioStep stepOf(const QString &action, const QString &value = QString(), int withinMs = 0)
{
    ScenarioStep step;
    step.action = action;
    step.value = value;
    step.withinMs = withinMs;
    return step;
}

// Runs `act` on the next modal dialog of type T once it is open (the panel opens its dialogs with exec()).
template<typename T>
void onNextDialog(std::function<void(T *)> act)
{
    QTimer::singleShot(DialogPollMs, qApp, [act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            act(dialog);
        else
            onNextDialog<T>(act);
    });
}

QList<Event> injectedFrames(const Session &session)
{
    QList<Event> injected;
    for (const Event &e : SessionLog::framesOf(session, Direction::Out)) {
        if (e.frame.flags & FrameFields::Injected)
            injected << e;
    }
    return injected;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestScenarioPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theToggleShowsThePanelBesideTheLog();
    void runIsDisabledBeforeConnecting();
    void aScenarioBuiltInThePanelRunsAgainstEchoAndPasses();
    void aFailingExpectationShowsFailedWithItsText();
    void stopMarksTheRestNotRun();
    void theScenarioIsSavedInTheProfileFile();
    void aBadStepEditIsRefusedWithTheFieldNamedAndNothingSaved();
    void theStepDialogNamesTheFieldAsYouType_data();
    void theStepDialogNamesTheFieldAsYouType();
    void editAsJsonWithBrokenJsonShowsLineColumnAndKeepsTheSteps();
    void aBadScenarioFileGivesItsMessageAndChangesNothing();
    void aTabWithoutAProfileKeepsItsScenariosAndTheyGoWithTheProfile();
    void aStepNeedingTheTapIsRefusedWithoutIt();
    void theTextsFollowTheLanguage();
    void deleteAsksFirst();

private:
    // A tab of the profile (tap on), its panel shown.
    std::unique_ptr<SessionTab> makeTab();
    // The smoke scenario: send, wait (added through the Add menu and the step dialog), a frame
    // with a reserved opcode, expect-close 1002.
    void buildSmokeScenario(ScenarioPanel *panel);

    AppFixture m_app;
};

void TestScenarioPanel::initTestCase()
{
    AppFixture::nameApplication(QStringLiteral("tst_scenariopanel"));
}

void TestScenarioPanel::init()
{
    QVERIFY(m_app.setUp());
    QString error;
    QVERIFY2(m_app.server()->start(0, &error), qPrintable(error));
    Profile profile;
    profile.name = kProfile;
    profile.connection.url = m_app.server()->url(QStringLiteral("/echo")).toString();
    profile.connection.tapEnabled = true;
    QVERIFY2(m_app.store()->save(profile, &error), qPrintable(error));
}

void TestScenarioPanel::cleanup()
{
    m_app.tearDown();
}

std::unique_ptr<SessionTab> TestScenarioPanel::makeTab()
{
    ConnectionSettings settings = m_app.store()->profile(kProfile)->connection;
    auto tab = std::make_unique<SessionTab>(settings);
    tab->setProfile(m_app.store(), kProfile);
    tab->resize(1100, 760);
    tab->show();
    tab->scenariosAction()->setChecked(true);
    return tab;
}

void TestScenarioPanel::buildSmokeScenario(ScenarioPanel *panel)
{
    QString error;
    QVERIFY2(panel->newScenario(QStringLiteral("smoke"), &error), qPrintable(error));
    QVERIFY2(panel->addStep(stepOf(QStringLiteral("send"), QStringLiteral("hello")), &error), qPrintable(error));
    // The wait goes in as a user adds it: Add → wait, type the milliseconds, OK.
    QAction *wait = nullptr;
    for (QAction *a : panel->addButton()->menu()->actions()) {
        if (a->text() == QLatin1String("wait"))
            wait = a;
    }
    QVERIFY(wait);
    bool dialogSeen = false;
    onNextDialog<ScenarioStepDialog>([&dialogSeen](ScenarioStepDialog *dialog) {
        dialogSeen = true;
        dialog->valueEdit()->clear();
        QTest::keyClicks(dialog->valueEdit(), QStringLiteral("300"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    wait->trigger();
    QVERIFY(dialogSeen);
    QVERIFY2(panel->addStep(stepOf(QStringLiteral("send-frame"), QStringLiteral("opcode=0x3 payload=x")), &error), qPrintable(error));
    QVERIFY2(panel->addStep(stepOf(QStringLiteral("expect-close"), QStringLiteral("1002")), &error), qPrintable(error));
    QCOMPARE(panel->steps().size(), 4);
    QCOMPARE(panel->steps().at(1), stepOf(QStringLiteral("wait"), QStringLiteral("300")));
    QTreeWidget *view = panel->stepsView();
    QCOMPARE(view->topLevelItemCount(), 4);
    QCOMPARE(view->topLevelItem(1)->text(ScenarioPanel::ActionColumn), QStringLiteral("wait"));
    QCOMPARE(view->topLevelItem(1)->text(ScenarioPanel::ValueColumn), QStringLiteral("300 ms"));
    QCOMPARE(view->topLevelItem(2)->text(ScenarioPanel::ValueColumn), QStringLiteral("opcode=0x3 payload=x"));
}

void TestScenarioPanel::theToggleShowsThePanelBesideTheLog()
{
    ConnectionSettings settings;
    SessionTab tab(settings);
    tab.resize(1100, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(!tab.scenarioPanel()->isVisible());
    QVERIFY(tab.composer()->moreMenu()->actions().contains(tab.scenariosAction()));
    tab.scenariosAction()->trigger();
    QVERIFY(tab.scenarioPanel()->isVisible());
    QCOMPARE(tab.scenarioPanel()->parentWidget(), tab.logSplitter());
    QVERIFY(tab.scenarioPanel()->width() > 200);
    QVERIFY(tab.logView()->width() > tab.scenarioPanel()->width());
    tab.scenariosAction()->trigger();
    QVERIFY(!tab.scenarioPanel()->isVisible());

    // Too narrow for both side by side: the panel goes under the log instead of widening the tab.
    const int narrow = tab.logView()->minimumSizeHint().width() + 60;
    tab.resize(narrow, 760);
    QTRY_COMPARE(tab.width(), narrow);
    tab.scenariosAction()->trigger();
    QCOMPARE(tab.logSplitter()->orientation(), Qt::Vertical);
    QTest::qWait(50);
    QCOMPARE(tab.width(), narrow);
    QVERIFY(tab.scenarioPanel()->height() > 150);
    tab.resize(1100, 760);
    QTRY_COMPARE(tab.logSplitter()->orientation(), Qt::Horizontal);
    QVERIFY(tab.scenarioPanel()->width() > 200);
}

void TestScenarioPanel::runIsDisabledBeforeConnecting()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    QVERIFY(!panel->runButton()->isEnabled()); // nothing to run yet
    buildSmokeScenario(panel);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(panel->runButton()->isVisible());
    QVERIFY(!panel->runButton()->isEnabled());
    QVERIFY2(panel->runBlockedReason().contains(QStringLiteral("Not connected")), qPrintable(panel->runBlockedReason()));
    QCOMPARE(panel->runButton()->toolTip(), panel->runBlockedReason());
    QString error;
    QVERIFY(!panel->run(&error));
    QVERIFY(error.contains(QStringLiteral("Not connected")));
    QVERIFY(!panel->isRunning());

    TabDriver::connectByHand(tab.get(), m_app.server()->url(QStringLiteral("/echo")).toString());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY2(panel->runButton()->isEnabled(), qPrintable(panel->runBlockedReason()));
}

void TestScenarioPanel::aScenarioBuiltInThePanelRunsAgainstEchoAndPasses()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    buildSmokeScenario(panel);
    if (QTest::currentTestFailed())
        return;
    TabDriver::connectByHand(tab.get(), m_app.server()->url(QStringLiteral("/echo")).toString());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tab->session()->isTapActive());
    QTRY_VERIFY2(panel->runButton()->isEnabled(), qPrintable(panel->runBlockedReason()));
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QVERIFY(panel->stopButton()->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    QCOMPARE(panel->rowState(0), ScenarioPanel::RowState::Done);
    QCOMPARE(panel->rowState(1), ScenarioPanel::RowState::Done);
    QCOMPARE(panel->rowState(2), ScenarioPanel::RowState::Done);
    QCOMPARE(panel->rowState(3), ScenarioPanel::RowState::Passed);
    QTreeWidget *view = panel->stepsView();
    QVERIFY2(view->topLevelItem(3)->text(ScenarioPanel::StatusColumn).contains(QStringLiteral("Passed")),
             qPrintable(view->topLevelItem(3)->text(ScenarioPanel::StatusColumn)));
    QCOMPARE(view->topLevelItem(3)->foreground(ScenarioPanel::StatusColumn).color(), StatusColors::good(panel->palette()));
    QVERIFY2(panel->summaryText().contains(QStringLiteral("1 of 1")), qPrintable(panel->summaryText()));
    QCOMPARE(panel->summaryLabel()->text(), panel->summaryText());
    QVERIFY(!panel->verdictLabel()->isVisible());

    // The log holds what the steps did: the message, the injected frame and the verdict.
    const Session &session = *tab->session();
    QCOMPARE(SessionLog::messagesOf(session, Direction::Out).first().payload, QByteArray("hello"));
    const QList<Event> injected = injectedFrames(session);
    QCOMPARE(injected.size(), 1);
    QCOMPARE(injected.first().frame.opcode, ReservedOpcode);
    const QList<Event> verdicts = SessionLog::eventsOf(session, EventKind::Expectation);
    QCOMPARE(verdicts.size(), 1);
    QVERIFY(verdicts.first().detail && verdicts.first().detail->expectationMet);
    bool inModel = false;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (int row = 0; row < tab->logModel()->rowCount() && !inModel; ++row)
            inModel = tab->logModel()->index(row, 0).data(FrameLogModel::EventRole).value<Event>().kind == EventKind::Expectation;
        return inModel;
    }(), 5000);
}

void TestScenarioPanel::aFailingExpectationShowsFailedWithItsText()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    QString error;
    QVERIFY(panel->newScenario(QStringLiteral("wrong echo"), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("send"), QStringLiteral("hello")), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("expect-message"), QStringLiteral("^goodbye$"), 400), &error));
    QCOMPARE(panel->stepsView()->topLevelItem(1)->text(ScenarioPanel::ValueColumn), QStringLiteral("^goodbye$  within 400 ms"));
    TabDriver::connectByHand(tab.get(), m_app.server()->url(QStringLiteral("/echo")).toString());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(panel->runButton()->isEnabled());
    QVERIFY2(panel->run(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    QCOMPARE(panel->rowState(0), ScenarioPanel::RowState::Done);
    QCOMPARE(panel->rowState(1), ScenarioPanel::RowState::Failed);
    const QString text = panel->rowText(1);
    QVERIFY(!text.isEmpty());
    QTreeWidgetItem *row = panel->stepsView()->topLevelItem(1);
    QCOMPARE(row->toolTip(ScenarioPanel::StatusColumn), text);
    QCOMPARE(row->foreground(ScenarioPanel::StatusColumn).color(), StatusColors::bad(panel->palette()));
    QVERIFY(panel->verdictLabel()->isVisible());
    QVERIFY2(panel->verdictLabel()->text().contains(text), qPrintable(panel->verdictLabel()->text()));
    QVERIFY2(panel->verdictLabel()->text().startsWith(QStringLiteral("Step 2")), qPrintable(panel->verdictLabel()->text()));
    QVERIFY2(panel->summaryText().contains(QStringLiteral("0 of 1")), qPrintable(panel->summaryText()));
    const QList<Event> verdicts = SessionLog::eventsOf(*tab->session(), EventKind::Expectation);
    QCOMPARE(verdicts.size(), 1);
    QVERIFY(!verdicts.first().detail->expectationMet);

    // An edit clears the statuses; a second run shows them again.
    QVERIFY(panel->replaceStep(1, stepOf(QStringLiteral("expect-message"), QStringLiteral("^hello$"), 2000), &error));
    QCOMPARE(panel->rowState(1), ScenarioPanel::RowState::None);
    QVERIFY(!panel->verdictLabel()->isVisible());
    QVERIFY2(panel->run(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
    QCOMPARE(panel->rowState(1), ScenarioPanel::RowState::Passed);
}

void TestScenarioPanel::stopMarksTheRestNotRun()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    QString error;
    QVERIFY(panel->newScenario(QStringLiteral("slow"), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("send"), QStringLiteral("one")), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("wait"), QStringLiteral("20000")), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("send"), QStringLiteral("two")), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("expect-close"), QStringLiteral("1000")), &error));
    TabDriver::connectByHand(tab.get(), m_app.server()->url(QStringLiteral("/echo")).toString());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(panel->runButton()->isEnabled());
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QTRY_COMPARE(panel->rowState(1), ScenarioPanel::RowState::Running);
    QCOMPARE(panel->rowState(0), ScenarioPanel::RowState::Done);
    QVERIFY(panel->stepsView()->topLevelItem(1)->text(ScenarioPanel::StatusColumn).contains(QStringLiteral("running")));
    // Editing waits for the run to end.
    QVERIFY(!panel->addButton()->isEnabled());
    QVERIFY(!panel->removeStep(0, &error));
    QCOMPARE(panel->steps().size(), 4);

    QVERIFY(panel->stopButton()->isVisible());
    QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->rowState(0), ScenarioPanel::RowState::Done);
    QCOMPARE(panel->rowState(1), ScenarioPanel::RowState::NotRun);
    QCOMPARE(panel->rowState(2), ScenarioPanel::RowState::NotRun);
    QCOMPARE(panel->rowState(3), ScenarioPanel::RowState::NotRun);
    QVERIFY(panel->stepsView()->topLevelItem(2)->text(ScenarioPanel::StatusColumn).contains(QStringLiteral("Not run")));
    QVERIFY2(panel->summaryText().startsWith(QStringLiteral("Stopped")), qPrintable(panel->summaryText()));
    QVERIFY(panel->runButton()->isVisible());
    QVERIFY(panel->runButton()->isEnabled());
    // "two" never went.
    QTest::qWait(200);
    QCOMPARE(SessionLog::messagesOf(*tab->session(), Direction::Out).size(), 1);
    QCOMPARE(tab->session()->state(), SessionState::Open);
}

void TestScenarioPanel::theScenarioIsSavedInTheProfileFile()
{
    QList<ScenarioStep> built;
    {
        auto tab = makeTab();
        buildSmokeScenario(tab->scenarioPanel());
        if (QTest::currentTestFailed())
            return;
        built = tab->scenarioPanel()->steps();
        QVERIFY(tab->scenarioPanel()->storageLabel()->text().contains(kProfile));
    }
    QVERIFY(m_app.reloadStore());
    const std::optional<Profile> profile = m_app.store()->profile(kProfile);
    QVERIFY(profile);
    QCOMPARE(profile->scenarios.size(), 1);
    QCOMPARE(profile->scenarios.first().name, QStringLiteral("smoke"));
    QCOMPARE(profile->scenarios.first().steps, built);

    // A new tab of the profile shows it; rename, duplicate and delete are saved too.
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    QCOMPARE(panel->currentName(), QStringLiteral("smoke"));
    QCOMPARE(panel->steps(), built);
    QString error;
    QVERIFY2(panel->duplicateScenario(&error), qPrintable(error));
    QCOMPARE(panel->currentName(), QStringLiteral("smoke (copy)"));
    QVERIFY2(panel->renameScenario(QStringLiteral("smoke 2"), &error), qPrintable(error));
    QVERIFY(!panel->renameScenario(QStringLiteral("smoke"), &error)); // taken
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QVERIFY(panel->moveStep(3, -1, &error));
    QVERIFY(panel->removeStep(0, &error));
    QCOMPARE(panel->scenarioCombo()->count(), 2);
    QVERIFY(m_app.reloadStore());
    const QList<SavedScenario> saved = m_app.store()->profile(kProfile)->scenarios;
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(1).name, QStringLiteral("smoke 2"));
    QCOMPARE(saved.at(1).steps.size(), 3);
    QCOMPARE(saved.at(1).steps.at(1).action, QStringLiteral("expect-close"));
    tab.reset();
    tab = makeTab();
    panel = tab->scenarioPanel();
    QVERIFY(panel->selectScenario(QStringLiteral("smoke 2")));
    QVERIFY2(panel->deleteScenario(&error), qPrintable(error));
    QVERIFY(m_app.reloadStore());
    QCOMPARE(m_app.store()->profile(kProfile)->scenarios.size(), 1);
}

void TestScenarioPanel::aBadStepEditIsRefusedWithTheFieldNamedAndNothingSaved()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    buildSmokeScenario(panel);
    if (QTest::currentTestFailed())
        return;
    const QString file = m_app.store()->filePath(kProfile);
    const QByteArray before = fileBytes(file);
    const QList<ScenarioStep> steps = panel->steps();
    QString error;
    QVERIFY(!panel->replaceStep(2, stepOf(QStringLiteral("send-frame"), QStringLiteral("opcode=0x1F payload=x")), &error));
    QVERIFY2(error.contains(QStringLiteral("send-frame")) && error.contains(QStringLiteral("opcode")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("step 3")), qPrintable(error));
    QCOMPARE(panel->messageText(), error);
    QVERIFY(!panel->replaceStep(1, stepOf(QStringLiteral("wait"), QStringLiteral("soon")), &error));
    QVERIFY2(error.contains(QStringLiteral("wait")), qPrintable(error));
    ScenarioStep fragmented = stepOf(QStringLiteral("send"), QStringLiteral("abc"));
    fragmented.fragment = QStringLiteral("2+2");
    QVERIFY(!panel->replaceStep(0, fragmented, &error));
    QVERIFY2(error.contains(QStringLiteral("fragment")), qPrintable(error));
    QCOMPARE(panel->steps(), steps);
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(panel->stepsView()->topLevelItem(2)->text(ScenarioPanel::ValueColumn), QStringLiteral("opcode=0x3 payload=x"));
}

void TestScenarioPanel::theStepDialogNamesTheFieldAsYouType_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");

    QTest::newRow("A frame whose opcode is beyond 0xF") << "send-frame" << "opcode=0x1F payload=x" << "" << "send-frame" << "opcode";
    QTest::newRow("A wait that is not a number") << "wait" << "soon" << "" << "wait" << "wait";
    QTest::newRow("Fragment sizes that do not add up") << "send" << "abc" << "2+2" << "fragment" << "fragment";
    QTest::newRow("Close codes that are not numbers") << "expect-close" << "1002,x" << "" << "expect-close" << "expect-close";
    QTest::newRow("A pong policy that does not exist") << "pong" << "sometimes" << "" << "pong" << "pong";
}

void TestScenarioPanel::theStepDialogNamesTheFieldAsYouType()
{
    QFETCH(QString, action);
    QFETCH(QString, value);
    QFETCH(QString, fragment);
    QFETCH(QString, field);
    QFETCH(QString, says);

    ScenarioStepDialog dialog(stepOf(action));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog.valueEdit(), value);
    if (!fragment.isEmpty()) {
        QVERIFY(dialog.fragmentEdit()->isVisible());
        QTest::keyClicks(dialog.fragmentEdit(), fragment);
    }
    QCOMPARE(dialog.errorField(), field);
    QVERIFY2(dialog.error().contains(says), qPrintable(dialog.error()));
    QCOMPARE(dialog.errorLabel()->text(), dialog.error());
    QCOMPARE(dialog.errorLabel()->palette().color(QPalette::WindowText), StatusColors::bad(dialog.palette()));
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());

    // A valid step enables OK.
    dialog.actionCombo()->setCurrentText(QStringLiteral("send"));
    dialog.fragmentEdit()->clear();
    QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
    QVERIFY(ok->isEnabled());
}

void TestScenarioPanel::editAsJsonWithBrokenJsonShowsLineColumnAndKeepsTheSteps()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    buildSmokeScenario(panel);
    if (QTest::currentTestFailed())
        return;
    const QList<ScenarioStep> steps = panel->steps();
    const QByteArray before = fileBytes(m_app.store()->filePath(kProfile));

    QString shown;
    QString seenText;
    bool stayedOpen = false;
    onNextDialog<ScenarioJsonDialog>([&](ScenarioJsonDialog *dialog) {
        seenText = dialog->editor()->toPlainText();
        dialog->editor()->setPlainText(QStringLiteral("[\n  {\"wait\": 5},\n  {\"send\" \"x\"}\n]\n"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        shown = dialog->errorLabel()->text();
        stayedOpen = dialog->isVisible() && dialog->errorLabel()->isVisible();
        dialog->reject();
    });
    panel->editJsonAction()->trigger();
    QVERIFY2(seenText.contains(QStringLiteral("{\"send-frame\":\"opcode=0x3 payload=x\"}")), qPrintable(seenText));
    QVERIFY2(shown.contains(QStringLiteral("Line 3, column 11")), qPrintable(shown));
    QVERIFY(stayedOpen);
    QCOMPARE(panel->steps(), steps);
    QCOMPARE(fileBytes(m_app.store()->filePath(kProfile)), before);

    // A step that does not run names its line; valid JSON replaces the steps.
    onNextDialog<ScenarioJsonDialog>([&](ScenarioJsonDialog *dialog) {
        dialog->editor()->setPlainText(QStringLiteral("[\n  {\"wait\": 5},\n  {\"pong\": \"never\"}\n]\n"));
        QVERIFY(!dialog->apply());
        shown = dialog->error();
        dialog->editor()->setPlainText(QStringLiteral("[{\"wait\": 5}, {\"ping\": \"p\"}]"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    panel->editAsJson();
    QVERIFY2(shown.startsWith(QStringLiteral("Line 3, step 2: pong")), qPrintable(shown));
    QCOMPARE(panel->steps(), (QList<ScenarioStep>{stepOf(QStringLiteral("wait"), QStringLiteral("5")),
                                                  stepOf(QStringLiteral("ping"), QStringLiteral("p"))}));
    const QList<ScenarioStep> edited = panel->steps();
    QVERIFY(m_app.reloadStore());
    QCOMPARE(m_app.store()->profile(kProfile)->scenarios.first().steps, edited);
}

void TestScenarioPanel::aBadScenarioFileGivesItsMessageAndChangesNothing()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    buildSmokeScenario(panel);
    if (QTest::currentTestFailed())
        return;
    const QList<ScenarioStep> steps = panel->steps();
    const QString bad = m_app.path() + QStringLiteral("/bad.json");
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[\n  {\"send\": \"a\"},\n  {\"send-frame\": \"opcode=nope\"}\n]\n");
    file.close();
    QString error;
    QVERIFY(!panel->importFile(bad, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Line 3, step 2: send-frame")), qPrintable(error));
    QCOMPARE(panel->messageText(), error);
    QCOMPARE(panel->steps(), steps);

    // Export and import give the same steps back.
    const QString out = m_app.path() + QStringLiteral("/smoke.json");
    QVERIFY2(panel->exportFile(out, &error), qPrintable(error));
    ScenarioParser::Error parseError;
    QCOMPARE(ScenarioParser::parseFile(out, &parseError).value_or(QList<ScenarioStep>()), steps);
    QVERIFY(panel->setSteps({}, &error));
    QVERIFY(panel->steps().isEmpty());
    QVERIFY2(panel->importFile(out, &error), qPrintable(error));
    QCOMPARE(panel->steps(), steps);
    QVERIFY(panel->messageText().isEmpty());
}

void TestScenarioPanel::aTabWithoutAProfileKeepsItsScenariosAndTheyGoWithTheProfile()
{
    SessionTab tab{ConnectionSettings{}};
    tab.resize(1100, 760);
    tab.show();
    tab.scenariosAction()->setChecked(true);
    ScenarioPanel *panel = tab.scenarioPanel();
    QVERIFY(panel->storageLabel()->isVisible());
    QVERIFY2(panel->storageLabel()->text().contains(QStringLiteral("no profile")), qPrintable(panel->storageLabel()->text()));
    QPushButton *saveAs = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("Save Tab as Profile")))
            saveAs = button;
    }
    QVERIFY(saveAs);
    QVERIFY(saveAs->isVisible());
    QSignalSpy asked(&tab, &SessionTab::saveAsProfileRequested);
    QTest::mouseClick(saveAs, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);

    QString error;
    QVERIFY(panel->newScenario(QStringLiteral("kept"), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("ping"), QStringLiteral("p")), &error));
    QCOMPARE(panel->scenarios().size(), 1);
    QVERIFY(!m_app.store()->profile(kProfile)->scenarios.size());

    // Saved as a profile: the tab's scenarios go into it.
    tab.setProfile(m_app.store(), kProfile);
    QVERIFY(!saveAs->isVisible());
    QVERIFY(m_app.reloadStore());
    const QList<SavedScenario> saved = m_app.store()->profile(kProfile)->scenarios;
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("kept"));
    QCOMPARE(saved.first().steps, (QList<ScenarioStep>{stepOf(QStringLiteral("ping"), QStringLiteral("p"))}));
}

void TestScenarioPanel::aStepNeedingTheTapIsRefusedWithoutIt()
{
    ConnectionSettings settings = m_app.store()->profile(kProfile)->connection;
    settings.tapEnabled = false;
    SessionTab tab(settings);
    tab.scenariosAction()->setChecked(true);
    ScenarioPanel *panel = tab.scenarioPanel();
    QString error;
    QVERIFY(panel->newScenario(QStringLiteral("frames"), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("send"), QStringLiteral("plain")), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("send-frame"), QStringLiteral("opcode=0x3 payload=x")), &error));
    TabDriver::connectByHand(&tab, m_app.server()->url(QStringLiteral("/echo")).toString());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!tab.session()->isTapActive());
    QVERIFY(!panel->runButton()->isEnabled());
    QVERIFY2(panel->runBlockedReason().contains(QStringLiteral("Step 2 (send-frame) needs the wire tap")),
             qPrintable(panel->runBlockedReason()));
    QVERIFY(!panel->run(&error));
    QVERIFY(injectedFrames(*tab.session()).isEmpty());
    QVERIFY(panel->removeStep(1, &error));
    QVERIFY2(panel->runButton()->isEnabled(), qPrintable(panel->runBlockedReason()));
}

void TestScenarioPanel::theTextsFollowTheLanguage()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    QString error;
    QVERIFY(panel->newScenario(QStringLiteral("words"), &error));
    QVERIFY(panel->addStep(stepOf(QStringLiteral("wait"), QStringLiteral("5")), &error));
    {
        PseudoTranslator translator;
        QTRY_COMPARE(panel->runButton()->text(), PseudoTranslator::wrapped(QStringLiteral("▶ Run")));
        QCOMPARE(panel->stepsView()->headerItem()->text(ScenarioPanel::StatusColumn), PseudoTranslator::wrapped(QStringLiteral("Status")));
        QCOMPARE(tab->scenariosAction()->text(), PseudoTranslator::wrapped(QStringLiteral("&Scenarios")));
        // The step's words are the CLI's, never translated; its unit is.
        QCOMPARE(panel->stepsView()->topLevelItem(0)->text(ScenarioPanel::ActionColumn), QStringLiteral("wait"));
        QCOMPARE(panel->stepsView()->topLevelItem(0)->text(ScenarioPanel::ValueColumn), PseudoTranslator::wrapped(QStringLiteral("%1 ms")).arg(5));
    }
    QTRY_COMPARE(panel->runButton()->text(), QStringLiteral("▶ Run"));
}

void TestScenarioPanel::deleteAsksFirst()
{
    auto tab = makeTab();
    ScenarioPanel *panel = tab->scenarioPanel();
    QString error;
    QVERIFY(panel->newScenario(QStringLiteral("doomed"), &error));
    QAction *remove = nullptr;
    for (QAction *a : panel->scenarioMenuButton()->menu()->actions()) {
        if (a->text().startsWith(QStringLiteral("&Delete")))
            remove = a;
    }
    QVERIFY(remove);
    QString question;
    onNextDialog<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    remove->trigger();
    QVERIFY2(question.contains(QStringLiteral("doomed")), qPrintable(question));
    QCOMPARE(panel->scenarios().size(), 1);
    onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    remove->trigger();
    QVERIFY(panel->scenarios().isEmpty());
    QVERIFY(m_app.reloadStore());
    QVERIFY(m_app.store()->profile(kProfile)->scenarios.isEmpty());
    QVERIFY(!panel->runButton()->isEnabled());
    QVERIFY2(panel->runBlockedReason().contains(QStringLiteral("New Scenario")), qPrintable(panel->runBlockedReason()));
}

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
