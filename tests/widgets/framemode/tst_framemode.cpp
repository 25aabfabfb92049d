// The protocol workbench in the desktop app: the composer's Frame mode (form → FrameSpec →
// FrameSpecClassifier → Session::injectFrames), the connection bar's pong policy and Drop, driven
// through the widgets against the built-in TestServer on 127.0.0.1 with the wire tap on.
#include "core/log/eventlog.h"
#include "core/protocol/frameheader.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"
#include "models/framelogmodel.h"
#include "sessionlog.h"
#include "tabdriver.h"
#include "widgets/detail/statuscolors.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/framespecform.h"
#include "widgets/session/pongpolicybutton.h"
#include "widgets/session/sessiontab.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

constexpr quint8 ReservedOpcode = 0x3;

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void typePayload(FrameSpecForm *form, const QString &text)
{
    form->payloadEdit()->clear();
    QTest::keyClicks(form->payloadEdit(), text);
}

QAction *presetAction(FrameSpecForm *form, const QString &titleStart)
{
    const QList<QAction *> actions = form->presetsButton()->menu()->actions();
    for (QAction *action : actions) {
        if (action->text().startsWith(titleStart))
            return action;
    }
    return nullptr;
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

quint16 closeCodeOf(const Event &closeFrame)
{
    const QByteArray p = closeFrame.payload;
    return p.size() >= 2 ? quint16((quint8(p.at(0)) << 8) | quint8(p.at(1))) : 0;
}

} // namespace

class TestFrameMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aReservedOpcodeIsShownAsAViolationOfSection52With1002();
    void aLegalTextFrameIsShownLegal();
    void anUnreadableFieldBlocksSendAndIsNamed_data();
    void anUnreadableFieldBlocksSendAndIsNamed();
    void switchingModesKeepsWhatWasTyped();
    void aFrameSentFromTheFormIsLoggedInjectedAndTheServerAnswers1002();
    void fragmentsWithAPingBetweenAreEchoedOnceWhole();
    void theStreamPositionFlipsAfterAFrameWithoutFin();
    void withheldPongsShowInTheLogAndTheChoiceOutlivesTheConnection();
    void dropEndsTheConnectionWithoutACloseFrameOfOurs();
    void withTheTapOffFrameModeSaysSoAndOffersToTurnItOn();

private:
    // A tab connected to the TestServer at `path`, in Frame mode.
    void openFrameTab(SessionTab *tab, const QString &path);
    static void switchToFrameMode(Composer *composer);

    TestServer m_server;
    QTemporaryDir m_settingsDir;
};

void TestFrameMode::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_framemode"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QString error;
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
}

void TestFrameMode::cleanupTestCase()
{
    m_server.stop();
}

void TestFrameMode::switchToFrameMode(Composer *composer)
{
    QAbstractButton *button = composer->modeButton(Composer::Mode::Frame);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(composer->mode(), Composer::Mode::Frame);
    QVERIFY(composer->frameForm()->isVisible());
}

void TestFrameMode::openFrameTab(SessionTab *tab, const QString &path)
{
    TabDriver::connectByHand(tab, m_server.url(path).toString());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tab->session()->isTapActive());
    switchToFrameMode(tab->composer());
}

void TestFrameMode::aReservedOpcodeIsShownAsAViolationOfSection52With1002()
{
    Composer composer;
    composer.resize(1000, 300);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    switchToFrameMode(&composer);
    FrameSpecForm *form = composer.frameForm();
    typePayload(form, QStringLiteral("hello"));
    QVERIFY(form->isLegal());

    typeInto(form->opcodeCombo()->lineEdit(), QStringLiteral("0x3"));
    QVERIFY(!form->isLegal());
    QVERIFY(form->blockingError().isEmpty()); // a violation may be sent
    QCOMPARE(form->frames().size(), 1);
    QCOMPARE(form->frames().first().opcode, ReservedOpcode);
    const QString verdict = form->verdictLabel()->text();
    QVERIFY2(verdict.contains(QStringLiteral("§5.2")) && verdict.contains(QStringLiteral("1002")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("violation")), qPrintable(verdict));
    QVERIFY(form->verdictLabel()->isVisible());
    QCOMPARE(form->verdictLabel()->palette().color(QPalette::WindowText), StatusColors::warning(form->palette()));
    // Not an input error: Send waits only for a connection.
    QVERIFY(composer.isInputValid());
    QVERIFY2(composer.sendBlockedReason().contains(QStringLiteral("Not connected")), qPrintable(composer.sendBlockedReason()));
}

void TestFrameMode::aLegalTextFrameIsShownLegal()
{
    Composer composer;
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    switchToFrameMode(&composer);
    FrameSpecForm *form = composer.frameForm();
    typeInto(form->opcodeCombo()->lineEdit(), QStringLiteral("text"));
    typePayload(form, QStringLiteral("all fine"));
    QVERIFY(form->isLegal());
    QVERIFY2(form->verdictLabel()->text().contains(QStringLiteral("legal per RFC 6455")), qPrintable(form->verdictLabel()->text()));
    QCOMPARE(form->verdictLabel()->palette().color(QPalette::WindowText), StatusColors::good(form->palette()));
    QCOMPARE(form->frames().first().payload, QByteArray("all fine"));

    // RSV1 without an extension turns it into a violation; clearing it makes it legal again.
    QTest::mouseClick(form->rsvBox(1), Qt::LeftButton);
    QVERIFY(!form->isLegal());
    QTest::mouseClick(form->rsvBox(1), Qt::LeftButton);
    QVERIFY(form->isLegal());
}

void TestFrameMode::anUnreadableFieldBlocksSendAndIsNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");

    QTest::newRow("Hex payload with a letter that is no hex digit") << "payload-hex" << "c3 zz" << "Payload";
    QTest::newRow("Masking key that is not 8 hex digits") << "key" << "12xy" << "Masking key";
    QTest::newRow("Opcode beyond 0xF") << "opcode" << "0x1F" << "Opcode";
    QTest::newRow("Declared length that is not a number") << "length" << "lots" << "Declared length";
    QTest::newRow("Fragment count of zero") << "fragments" << "0" << "Fragments";
}

void TestFrameMode::anUnreadableFieldBlocksSendAndIsNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, named);

    SessionTab tab{ConnectionSettings{}};
    openFrameTab(&tab, QStringLiteral("/echo"));
    if (QTest::currentTestFailed())
        return;
    Composer *composer = tab.composer();
    FrameSpecForm *form = composer->frameForm();
    typePayload(form, QStringLiteral("x"));
    QVERIFY2(composer->sendButton()->isEnabled(), qPrintable(composer->sendBlockedReason()));

    if (field == QLatin1String("payload-hex")) {
        form->payloadFormatCombo()->setCurrentIndex(int(FrameSpecForm::PayloadFormat::Hex));
        form->setPayloadFormat(FrameSpecForm::PayloadFormat::Hex);
        typePayload(form, text);
    } else if (field == QLatin1String("key")) {
        typeInto(form->keyEdit(), text);
    } else if (field == QLatin1String("opcode")) {
        typeInto(form->opcodeCombo()->lineEdit(), text);
    } else if (field == QLatin1String("length")) {
        typeInto(form->lengthEdit(), text);
    } else {
        QTest::mouseClick(form->fragmentBox(), Qt::LeftButton);
        typeInto(form->fragmentEdit(), text);
    }
    QVERIFY2(form->blockingError().startsWith(named + QLatin1Char(':')), qPrintable(form->blockingError()));
    QVERIFY(form->frames().isEmpty());
    QVERIFY(composer->sendButton()->isVisible());
    QVERIFY(!composer->sendButton()->isEnabled());
    QVERIFY2(composer->sendBlockedReason().startsWith(named), qPrintable(composer->sendBlockedReason()));
    QVERIFY2(composer->statusText().startsWith(named), qPrintable(composer->statusText()));
    QCOMPARE(form->verdictLabel()->palette().color(QPalette::WindowText), StatusColors::bad(form->palette()));
    // Send (or its shortcut's slot) writes nothing.
    const int before = int(injectedFrames(*tab.session()).size());
    composer->send();
    QTest::qWait(100);
    QCOMPARE(int(injectedFrames(*tab.session()).size()), before);
}

void TestFrameMode::switchingModesKeepsWhatWasTyped()
{
    Composer composer;
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QTest::keyClicks(composer.editor(), QStringLiteral("typed as text"));
    switchToFrameMode(&composer);
    FrameSpecForm *form = composer.frameForm();
    typeInto(form->keyEdit(), QStringLiteral("37fa213d"));
    typePayload(form, QStringLiteral("frame payload"));
    QTest::mouseClick(composer.modeButton(Composer::Mode::Text), Qt::LeftButton);
    QCOMPARE(composer.mode(), Composer::Mode::Text);
    QCOMPARE(composer.text(), QStringLiteral("typed as text"));
    switchToFrameMode(&composer);
    QCOMPARE(form->keyEdit()->text(), QStringLiteral("37fa213d"));
    QCOMPARE(form->payloadEdit()->toPlainText(), QStringLiteral("frame payload"));
    QCOMPARE(form->frames().first().maskKey, std::optional<quint32>(0x37fa213d));
}

void TestFrameMode::aFrameSentFromTheFormIsLoggedInjectedAndTheServerAnswers1002()
{
    SessionTab tab{ConnectionSettings{}};
    openFrameTab(&tab, QStringLiteral("/echo"));
    if (QTest::currentTestFailed())
        return;
    Composer *composer = tab.composer();
    FrameSpecForm *form = composer->frameForm();
    QAction *preset = presetAction(form, QStringLiteral("Reserved opcode"));
    QVERIFY(preset);
    preset->trigger();
    QCOMPARE(form->opcodeCombo()->currentText(), QStringLiteral("0x3"));
    QVERIFY(!form->isLegal());
    QVERIFY2(composer->sendButton()->isEnabled(), qPrintable(composer->sendBlockedReason()));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

    Session *session = tab.session();
    QTRY_COMPARE_WITH_TIMEOUT(injectedFrames(*session).size(), 1, 5000);
    const Event injected = injectedFrames(*session).first();
    QCOMPARE(injected.frame.opcode, ReservedOpcode);
    QVERIFY(injected.detail && !injected.detail->injectedLegal);
    QCOMPARE(injected.detail->closeCode, quint16(1002));
    // The row is in the tab's log model too.
    bool inModel = false;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (int row = 0; row < tab.logModel()->rowCount() && !inModel; ++row) {
            const Event e = tab.logModel()->index(row, 0).data(FrameLogModel::EventRole).value<Event>();
            inModel = e.kind == EventKind::Frame && (e.frame.flags & FrameFields::Injected);
        }
        return inModel;
    }(), 5000);
    // The server's Close frame carries 1002 (RFC 6455 §7.4.1: protocol error).
    QTRY_VERIFY_WITH_TIMEOUT(!SessionLog::framesOf(*session, Direction::In, FrameHeader::Close).isEmpty(), 5000);
    QCOMPARE(closeCodeOf(SessionLog::framesOf(*session, Direction::In, FrameHeader::Close).first()), quint16(1002));
}

void TestFrameMode::fragmentsWithAPingBetweenAreEchoedOnceWhole()
{
    SessionTab tab{ConnectionSettings{}};
    openFrameTab(&tab, QStringLiteral("/echo"));
    if (QTest::currentTestFailed())
        return;
    Composer *composer = tab.composer();
    FrameSpecForm *form = composer->frameForm();
    typePayload(form, QStringLiteral("abcdefghi"));
    QTest::mouseClick(form->fragmentBox(), Qt::LeftButton);
    typeInto(form->fragmentEdit(), QStringLiteral("3,ping"));
    QCOMPARE(form->frames().size(), 5);
    QVERIFY2(form->isLegal(), qPrintable(form->verdictText()));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

    Session *session = tab.session();
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(*session, Direction::In).size(), 1, 5000);
    QCOMPARE(SessionLog::messagesOf(*session, Direction::In).first().payload, QByteArray("abcdefghi"));
    const QList<Event> injected = injectedFrames(*session);
    QCOMPARE(injected.size(), 5);
    QCOMPARE(injected.at(0).frame.opcode, quint8(FrameHeader::Text));
    QCOMPARE(injected.at(1).frame.opcode, quint8(FrameHeader::Ping));
    QCOMPARE(injected.at(2).frame.opcode, quint8(FrameHeader::Continuation));
    for (const Event &e : injected)
        QVERIFY(e.detail && e.detail->injectedLegal);
    // Both pings are answered, and nothing else comes back.
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::framesOf(*session, Direction::In, FrameHeader::Pong).size(), 2, 5000);
    QTest::qWait(200);
    QCOMPARE(SessionLog::messagesOf(*session, Direction::In).size(), 1);
    QCOMPARE(session->state(), SessionState::Open);
}

void TestFrameMode::theStreamPositionFlipsAfterAFrameWithoutFin()
{
    SessionTab tab{ConnectionSettings{}};
    openFrameTab(&tab, QStringLiteral("/echo"));
    if (QTest::currentTestFailed())
        return;
    Session *session = tab.session();
    Composer *composer = tab.composer();
    FrameSpecForm *form = composer->frameForm();
    QVERIFY(!session->injectContext().insideMessage);
    typePayload(form, QStringLiteral("first "));
    QTest::mouseClick(form->finBox(), Qt::LeftButton);
    QVERIFY(!form->finBox()->isChecked());
    QVERIFY(form->isLegal());
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(session->injectContext().insideMessage, 5000);
    QVERIFY(!session->injectContext().closeSent);
    QTRY_VERIFY(form->context().insideMessage);
    QVERIFY2(form->verdictText().contains(QStringLiteral("inside a fragmented message")), qPrintable(form->verdictText()));
    // The same text frame again is now a new message inside the open one: a violation.
    QTest::mouseClick(form->finBox(), Qt::LeftButton);
    QVERIFY(!form->isLegal());
    QVERIFY2(form->verdictText().contains(QStringLiteral("1002")), qPrintable(form->verdictText()));

    // A continuation with FIN ends it: legal, and the position flips back.
    typeInto(form->opcodeCombo()->lineEdit(), QStringLiteral("continuation"));
    typePayload(form, QStringLiteral("second"));
    QVERIFY2(form->isLegal(), qPrintable(form->verdictText()));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!session->injectContext().insideMessage, 5000);
    QTRY_VERIFY(!form->context().insideMessage);
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(*session, Direction::In).size(), 1, 5000);
    QCOMPARE(SessionLog::messagesOf(*session, Direction::In).first().payload, QByteArray("first second"));
    // A continuation now has nothing to continue.
    QVERIFY(!form->isLegal());
}

void TestFrameMode::withheldPongsShowInTheLogAndTheChoiceOutlivesTheConnection()
{
    SessionTab tab{ConnectionSettings{}};
    PongPolicyButton *pong = tab.connectionBar()->pongButton();
    QCOMPARE(pong->text(), QStringLiteral("Pong: auto"));
    QVERIFY(pong->isEnabled());
    pong->withholdAction()->trigger();
    QCOMPARE(pong->text(), QStringLiteral("Pong: withheld"));
    QCOMPARE(tab.session()->pongPolicy().mode, PongPolicy::Mode::Withhold);

    for (int connection = 0; connection < 2; ++connection) {
        TabDriver::connectByHand(&tab, m_server.url(QStringLiteral("/push?ms=100")).toString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(pong->isVisible());
        Session *session = tab.session();
        // The server pings every 100 ms; the log keeps every connection's pongs, all withheld.
        const auto ourPongs = [session] { return SessionLog::framesOf(*session, Direction::Out, FrameHeader::Pong); };
        QTRY_VERIFY_WITH_TIMEOUT(ourPongs().size() >= 2 * (connection + 1), 5000);
        for (const Event &e : ourPongs())
            QVERIFY2(e.frame.flags & FrameFields::Withheld, "every pong of ours is withheld");
        tab.toggleConnection(); // Disconnect
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Closed, 5000);
        QCOMPARE(pong->text(), QStringLiteral("Pong: withheld"));
    }

    // Back to auto: the next pongs go through unmarked.
    pong->autoAction()->trigger();
    QCOMPARE(pong->text(), QStringLiteral("Pong: auto"));
    TabDriver::connectByHand(&tab, m_server.url(QStringLiteral("/push?ms=100")).toString());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!(SessionLog::framesOf(*tab.session(), Direction::Out, FrameHeader::Pong).last().frame.flags
                               & FrameFields::Withheld),
                             5000);

    // A refused value (a pong payload over 125 bytes) changes nothing and says why.
    QString error;
    QVERIFY(!pong->applyText(QStringLiteral("payload=") + QString(126, QLatin1Char('x')), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(pong->problemLabel()->text(), error);
    QCOMPARE(tab.session()->pongPolicy().mode, PongPolicy::Mode::Auto);
    QVERIFY(pong->applyText(QStringLiteral("delay=250")));
    QCOMPARE(pong->text(), QStringLiteral("Pong: delayed 250 ms"));
    QCOMPARE(tab.session()->pongPolicy().delayMs, 250);
}

void TestFrameMode::dropEndsTheConnectionWithoutACloseFrameOfOurs()
{
    SessionTab tab{ConnectionSettings{}};
    QVERIFY(!tab.composer()->dropAction()->isEnabled());
    TabDriver::connectByHand(&tab, m_server.url(QStringLiteral("/echo")).toString());
    if (QTest::currentTestFailed())
        return;
    QAction *drop = tab.composer()->dropAction();
    QVERIFY(drop->isEnabled());
    drop->trigger();
    Session *session = tab.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Closed, 5000);
    QVERIFY(SessionLog::framesOf(*session, Direction::Out, FrameHeader::Close).isEmpty());
    const QStringList errors = SessionLog::errorTexts(*session, ErrorCategory::Network);
    QVERIFY2(!errors.isEmpty() && errors.first().contains(QStringLiteral("on purpose")), SessionLog::describe(*session));
    QVERIFY(!drop->isEnabled());
}

void TestFrameMode::withTheTapOffFrameModeSaysSoAndOffersToTurnItOn()
{
    ConnectionSettings settings;
    settings.tapEnabled = false;
    SessionTab tab{settings};
    QVERIFY(!tab.connectionBar()->isTapEnabled());
    TabDriver::connectByHand(&tab, m_server.url(QStringLiteral("/echo")).toString());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!tab.session()->isTapActive());
    Composer *composer = tab.composer();
    switchToFrameMode(composer);
    FrameSpecForm *form = composer->frameForm();
    typePayload(form, QStringLiteral("x"));
    QVERIFY(form->tapLabel()->isVisible());
    QVERIFY(form->tapButton()->isVisible());
    QVERIFY(!composer->sendButton()->isEnabled());
    QVERIFY2(composer->sendBlockedReason().contains(QStringLiteral("tap")), qPrintable(composer->sendBlockedReason()));
    PongPolicyButton *pong = tab.connectionBar()->pongButton();
    QVERIFY(!pong->isEnabled());
    QVERIFY(pong->toolTip().contains(QStringLiteral("tap")));

    // The button turns the tap on for the next connection; this one still has none.
    QTest::mouseClick(form->tapButton(), Qt::LeftButton);
    QVERIFY(tab.connectionBar()->isTapEnabled());
    QCOMPARE(form->tapState(), FrameSpecForm::TapState::NextConnection);
    QVERIFY(!form->tapButton()->isVisible());
    QVERIFY(!composer->sendButton()->isEnabled());
    QVERIFY(pong->isEnabled());

    // Reconnected with the tap: Send is possible.
    tab.toggleConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 5000);
    tab.toggleConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Open, 5000);
    QVERIFY(tab.session()->isTapActive());
    QCOMPARE(form->tapState(), FrameSpecForm::TapState::On);
    QVERIFY(!form->tapLabel()->isVisible());
    QVERIFY2(composer->sendButton()->isEnabled(), qPrintable(composer->sendBlockedReason()));
}

QTEST_MAIN(TestFrameMode)
#include "tst_framemode.moc"
