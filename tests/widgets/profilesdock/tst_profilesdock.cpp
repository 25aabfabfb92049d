#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilesdock.h"
#include "core/profiles/profilestore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

class TestProfilesDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void toolButtonsHaveNamesAndTooltips();
    void createThroughTheEditor();
    void renameInline();
    void renameToATakenNameIsRefusedVisibly();
    void deleteAndUndoThroughTheBar();
    void undoAndRedoThroughTheStack();
    void duplicateWithTheKeyboard();
    void doubleClickAndEnterAskToOpen();
    void filterMatchesNameAndUrl();
    void brokenFilesAreListedWithLineAndColumn();
    void editorRefusesInvalidInput_data();
    void editorRefusesInvalidInput();
    void editorKeepsEverySetting();
    void editorSaysWhySaveIsDisabled();
    void newProfileEditorIsTitledAsNew();
    void emptyStateIsShownInsideTheList();

private:
    Profile make(const QString &name, const QString &url = QStringLiteral("ws://127.0.0.1:9/echo"));
    QToolButton *buttonFor(QAction *action) const;
    QModelIndex indexOf(const QString &name) const;
    QStringList listed() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfilesDock> m_dock;
};

Profile TestProfilesDock::make(const QString &name, const QString &url)
{
    Profile p;
    p.name = name;
    p.connection.url = url;
    return p;
}

QToolButton *TestProfilesDock::buttonFor(QAction *action) const
{
    const QList<QObject *> objects = action->associatedObjects();
    for (QObject *o : objects) {
        if (auto *button = qobject_cast<QToolButton *>(o))
            return button;
    }
    return nullptr;
}

QModelIndex TestProfilesDock::indexOf(const QString &name) const
{
    QAbstractItemModel *model = m_dock->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return model->index(row, 0);
    }
    return {};
}

QStringList TestProfilesDock::listed() const
{
    QStringList names;
    QAbstractItemModel *model = m_dock->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

void TestProfilesDock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_store->save(make(QStringLiteral("alpha"), QStringLiteral("ws://127.0.0.1:9/alpha"))));
    QVERIFY(m_store->save(make(QStringLiteral("beta"), QStringLiteral("wss://beta.example.com/socket"))));
    m_dock = std::make_unique<ProfilesDock>(m_store.get());
    m_dock->resize(300, 500);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
    m_dock->view()->setFocus();
}

void TestProfilesDock::cleanup()
{
    m_dock.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProfilesDock::toolButtonsHaveNamesAndTooltips()
{
    for (QAction *action : {m_dock->newAction(), m_dock->editAction(), m_dock->duplicateAction(), m_dock->renameAction(),
                            m_dock->deleteAction()}) {
        QToolButton *button = buttonFor(action);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->accessibleName().contains(QLatin1Char('&')));
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->accessibleName()));
    }
    QVERIFY(buttonFor(m_dock->deleteAction())->toolTip().contains(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    QVERIFY(!m_dock->filterField()->accessibleName().isEmpty());
}

void TestProfilesDock::createThroughTheEditor()
{
    QToolButton *newButton = buttonFor(m_dock->newAction());
    QVERIFY(newButton->isEnabled());
    QTest::mouseClick(newButton, Qt::LeftButton);
    ProfileEditorDialog *editor = m_dock->openEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());

    editor->nameEdit()->selectAll();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("gamma"));
    editor->urlEdit()->selectAll();
    QTest::keyClicks(editor->urlEdit(), QStringLiteral("http://127.0.0.1:5/x"));
    QVERIFY(editor->urlMessage()->isVisible());
    QVERIFY2(editor->urlMessage()->text().contains(QStringLiteral("ws://")), qPrintable(editor->urlMessage()->text()));
    QVERIFY(!editor->okButton()->isEnabled());

    editor->urlEdit()->selectAll();
    QTest::keyClicks(editor->urlEdit(), QStringLiteral("ws://127.0.0.1:5/x"));
    QVERIFY(!editor->urlMessage()->isVisible());
    QVERIFY(editor->okButton()->isEnabled());
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);

    QTRY_VERIFY(!m_dock->openEditor());
    QVERIFY(m_store->contains(QStringLiteral("gamma")));
    QCOMPARE(m_store->profile(QStringLiteral("gamma"))->connection.url, QStringLiteral("ws://127.0.0.1:5/x"));
    QCOMPARE(listed(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(m_dock->currentProfileName(), QStringLiteral("gamma"));
    QVERIFY(QFile::exists(m_store->filePath(QStringLiteral("gamma"))));
}

void TestProfilesDock::renameInline()
{
    QVERIFY(m_dock->selectProfile(QStringLiteral("alpha")));
    QTest::keyClick(m_dock->view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("alpha"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("omega"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_store->contains(QStringLiteral("omega")));
    QVERIFY(!m_store->contains(QStringLiteral("alpha")));
    QTRY_COMPARE(listed(), (QStringList{QStringLiteral("beta"), QStringLiteral("omega")}));
    QCOMPARE(m_dock->currentProfileName(), QStringLiteral("omega"));
    QVERIFY(!m_dock->messageLabel()->isVisible());
}

void TestProfilesDock::renameToATakenNameIsRefusedVisibly()
{
    QVERIFY(m_dock->selectProfile(QStringLiteral("alpha")));
    QTest::keyClick(m_dock->view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("beta"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_dock->messageLabel()->isVisible());
    QVERIFY2(m_dock->messageLabel()->text().contains(QStringLiteral("already exists")),
             qPrintable(m_dock->messageLabel()->text()));
    QCOMPARE(listed(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QVERIFY(!m_dock->undoStack()->canUndo());
}

void TestProfilesDock::deleteAndUndoThroughTheBar()
{
    const QString path = m_store->filePath(QStringLiteral("beta"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    QVERIFY(!m_dock->undoBar()->isVisible());
    QVERIFY(m_dock->selectProfile(QStringLiteral("beta")));
    QVERIFY(m_dock->deleteAction()->isEnabled());
    QTest::keyClick(m_dock->view(), Qt::Key_Delete);
    QVERIFY(!m_store->contains(QStringLiteral("beta")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(listed(), QStringList{QStringLiteral("alpha")});
    QCOMPARE(m_dock->currentProfileName(), QStringLiteral("alpha")); // the keyboard stays in the list
    QVERIFY(m_dock->undoBar()->isVisible());
    QVERIFY(m_dock->undoBarLabel()->text().contains(QStringLiteral("beta")));
    QVERIFY(m_dock->undoBarButton()->isVisible());
    QVERIFY(m_dock->undoBarButton()->isEnabled());

    QTest::mouseClick(m_dock->undoBarButton(), Qt::LeftButton);
    QVERIFY(m_store->contains(QStringLiteral("beta")));
    QCOMPARE(listed(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QVERIFY(!m_dock->undoBar()->isVisible());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestProfilesDock::undoAndRedoThroughTheStack()
{
    QUndoStack *stack = m_dock->undoStack();
    QVERIFY(m_dock->selectProfile(QStringLiteral("alpha")));
    QTest::mouseClick(buttonFor(m_dock->deleteAction()), Qt::LeftButton);
    QVERIFY(!m_store->contains(QStringLiteral("alpha")));
    QVERIFY(stack->canUndo());
    QVERIFY(stack->undoText().contains(QStringLiteral("alpha")));
    stack->undo();
    QVERIFY(m_store->contains(QStringLiteral("alpha")));
    QVERIFY(!m_dock->undoBar()->isVisible());
    stack->redo();
    QVERIFY(!m_store->contains(QStringLiteral("alpha")));
    stack->undo();

    // A created profile: undo removes it, redo brings the same file back.
    QVERIFY(m_dock->selectProfile(QStringLiteral("beta")));
    QTest::keyClick(m_dock->view(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_store->contains(QStringLiteral("beta (copy)")));
    stack->undo();
    QVERIFY(!m_store->contains(QStringLiteral("beta (copy)")));
    stack->redo();
    QVERIFY(m_store->contains(QStringLiteral("beta (copy)")));
    QCOMPARE(m_store->profile(QStringLiteral("beta (copy)"))->connection.url,
             QStringLiteral("wss://beta.example.com/socket"));
}

void TestProfilesDock::duplicateWithTheKeyboard()
{
    QVERIFY(m_dock->selectProfile(QStringLiteral("alpha")));
    QTest::keyClick(m_dock->view(), Qt::Key_D, Qt::ControlModifier);
    QTest::keyClick(m_dock->view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("alpha (copy)"),
                                            QStringLiteral("alpha (copy) (copy)"), QStringLiteral("beta")}));
    QCOMPARE(m_dock->currentProfileName(), QStringLiteral("alpha (copy) (copy)"));
}

void TestProfilesDock::doubleClickAndEnterAskToOpen()
{
    QSignalSpy open(m_dock.get(), &ProfilesDock::openProfileRequested);
    const QModelIndex beta = indexOf(QStringLiteral("beta"));
    QVERIFY(beta.isValid());
    const QPoint center = m_dock->view()->visualRect(beta).center();
    QTest::mouseClick(m_dock->view()->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(m_dock->view()->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("beta"));

    QVERIFY(m_dock->selectProfile(QStringLiteral("alpha")));
    m_dock->view()->setFocus();
    QTest::keyClick(m_dock->view(), Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toString(), QStringLiteral("alpha"));
}

void TestProfilesDock::filterMatchesNameAndUrl()
{
    QTest::keyClicks(m_dock->filterField(), QStringLiteral("EXAMPLE.com"));
    QCOMPARE(listed(), QStringList{QStringLiteral("beta")});
    m_dock->filterField()->clear();
    QTest::keyClicks(m_dock->filterField(), QStringLiteral("nothing like it"));
    QVERIFY(listed().isEmpty());
    QVERIFY(!m_dock->deleteAction()->isEnabled()); // nothing selected, nothing to delete
    m_dock->filterField()->clear();
    QCOMPARE(listed().size(), 2);
}

void TestProfilesDock::brokenFilesAreListedWithLineAndColumn()
{
    QVERIFY(!m_dock->errorBar()->isVisible());
    const QByteArray broken = "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",,\n}\n";
    QFile f(m_dir->filePath(QStringLiteral("broken.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(broken);
    f.close();
    QVERIFY(!m_store->load());
    QVERIFY(m_dock->errorBar()->isVisible());
    QVERIFY2(m_dock->errorBarLabel()->text().contains(QStringLiteral("broken.json:3:15:")),
             qPrintable(m_dock->errorBarLabel()->text()));
    QCOMPARE(listed(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), broken);
    f.close();

    // Fixed on disk and reloaded: the bar goes away.
    QVERIFY(f.remove());
    QVERIFY(m_store->load());
    QVERIFY(!m_dock->errorBar()->isVisible());
}

void TestProfilesDock::editorRefusesInvalidInput_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    // field: 0 name, 1 URL, 2 header name, 3 subprotocols, 4 proxy
    QTest::newRow("An http URL is refused with the ws:// hint") << 1 << "https://example.com/" << "wss://";
    QTest::newRow("A URL without host is refused") << 1 << "ws:///chat" << "host";
    QTest::newRow("A URL with a fragment is refused citing RFC 6455") << 1 << "ws://h/x#frag" << "RFC 6455";
    QTest::newRow("A port of 70000 is refused") << 1 << "ws://h:70000/" << "not a valid URL";
    QTest::newRow("The name of another profile is refused") << 0 << "beta" << "already exists";
    QTest::newRow("An empty name is refused") << 0 << "" << "Enter a name";
    QTest::newRow("A header name with a space is refused") << 2 << "X Bad" << "not allowed in an HTTP header name";
    QTest::newRow("A subprotocol with a slash is refused") << 3 << "chat/v1" << "is not a valid subprotocol name";
    QTest::newRow("A proxy with an unknown scheme is refused") << 4 << "ftp://proxy:21" << "socks5://";
}

void TestProfilesDock::editorRefusesInvalidInput()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    ProfileEditorDialog dialog(make(QStringLiteral("alpha")), {QStringLiteral("beta")});
    dialog.show();
    QVERIFY(dialog.okButton()->isEnabled());
    switch (field) {
    case 0: dialog.nameEdit()->setText(text); break;
    case 1: dialog.urlEdit()->setText(text); break;
    case 2: {
        Profile p = make(QStringLiteral("alpha"));
        p.connection.headers = {{text, QStringLiteral("v"), true}};
        ProfileEditorDialog withHeader(p, {});
        QVERIFY(!withHeader.okButton()->isEnabled());
        QVERIFY2(withHeader.problem().contains(problem), qPrintable(withHeader.problem()));
        // Fixing the cell in the table makes the profile acceptable.
        withHeader.headersTable()->item(0, 1)->setText(QStringLiteral("X-Good"));
        QVERIFY(withHeader.okButton()->isEnabled());
        QCOMPARE(withHeader.profile().connection.headers.at(0).name, QStringLiteral("X-Good"));
        return;
    }
    case 3: {
        Profile p = make(QStringLiteral("alpha"));
        p.connection.subprotocols = {text};
        ProfileEditorDialog withProtocol(p, {});
        QVERIFY(!withProtocol.okButton()->isEnabled());
        QVERIFY2(withProtocol.problem().contains(problem), qPrintable(withProtocol.problem()));
        return;
    }
    case 4: {
        Profile p = make(QStringLiteral("alpha"));
        p.connection.proxy = text;
        ProfileEditorDialog withProxy(p, {});
        QVERIFY(!withProxy.okButton()->isEnabled());
        QVERIFY2(withProxy.problem().contains(problem), qPrintable(withProxy.problem()));
        return;
    }
    }
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
    if (field == 1) {
        QVERIFY(dialog.urlMessage()->isVisible());
        QVERIFY(dialog.urlMessage()->text().contains(problem));
    }
}

void TestProfilesDock::editorKeepsEverySetting()
{
    Profile p = make(QStringLiteral("full"), QStringLiteral("wss://example.com:8443/chat?room=1"));
    ConnectionSettings &c = p.connection;
    c.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer t"), true},
                 {QStringLiteral("X-Off"), QStringLiteral("1"), false}};
    c.subprotocols = {QStringLiteral("chat.v2"), QStringLiteral("chat.v1")};
    c.origin = QStringLiteral("https://example.com");
    c.handshakeTimeoutMs = 1234;
    c.tls.verifyPeer = false;
    c.tls.ignoreErrors = true;
    c.maxIncomingFrameSize = 1000; // not a whole KiB: must survive an untouched field
    c.maxIncomingMessageSize = 3LL * 1024 * 1024;
    c.pingIntervalMs = 5000;
    c.reconnect = {true, 7, 300, 9000};
    c.proxy = QStringLiteral("socks5://127.0.0.1:1080");
    c.tapEnabled = false;
    p.savedMessages = {{QStringLiteral("m"), SavedMessage::Mode::Base64, QStringLiteral("AA==")}};
    ProfileEditorDialog dialog(p, {});
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problem()));
    const Profile back = dialog.profile();
    QCOMPARE(back.connection.headers.size(), 2);
    QCOMPARE(back.connection.headers.at(1).enabled, false);
    QCOMPARE(back.connection.subprotocols, c.subprotocols);
    QCOMPARE(back.connection.maxIncomingFrameSize, qint64(1000));
    QCOMPARE(back.connection.reconnect.maxDelayMs, 9000);
    QVERIFY(back == p);
}

void TestProfilesDock::editorSaysWhySaveIsDisabled()
{
    Profile p = make(QStringLiteral("alpha"));
    ProfileEditorDialog good(p, {});
    good.show();
    QVERIFY(QTest::qWaitForWindowExposed(&good));
    QCOMPARE(good.okButton()->text().remove(QLatin1Char('&')), QStringLiteral("Save"));
    QVERIFY(good.okButton()->isEnabled());
    QVERIFY(!good.saveProblemLabel()->isVisible());

    // The problem is on the Headers tab while the General tab is shown: the line beside Save
    // names the tab and the problem.
    p.connection.headers = {{QStringLiteral("X Bad"), QStringLiteral("v"), true}};
    ProfileEditorDialog dialog(p, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.saveProblemLabel()->isVisible());
    const QString why = dialog.saveProblemLabel()->text();
    QVERIFY2(why.contains(QStringLiteral("Headers tab")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("not allowed in an HTTP header name")), qPrintable(why));

    dialog.headersTable()->item(0, 1)->setText(QStringLiteral("X-Good"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.saveProblemLabel()->isVisible());
}

void TestProfilesDock::newProfileEditorIsTitledAsNew()
{
    m_dock->newAction()->trigger();
    QVERIFY(m_dock->openEditor());
    QCOMPARE(m_dock->openEditor()->windowTitle(), QStringLiteral("New profile"));
    m_dock->openEditor()->reject();
    QTRY_VERIFY(!m_dock->openEditor());
    QVERIFY(m_dock->selectProfile(QStringLiteral("alpha")));
    m_dock->editAction()->trigger();
    QVERIFY(m_dock->openEditor());
    QCOMPARE(m_dock->openEditor()->windowTitle(), QStringLiteral("Edit profile “alpha”"));
    m_dock->openEditor()->reject();
}

void TestProfilesDock::emptyStateIsShownInsideTheList()
{
    QVERIFY(!m_dock->emptyLabel()->isVisible());
    QTest::keyClicks(m_dock->filterField(), QStringLiteral("nothing-like-this"));
    QVERIFY(m_dock->emptyLabel()->isVisible());
    QVERIFY(m_dock->emptyLabel()->text().contains(QStringLiteral("nothing-like-this")));
    // Drawn where the profiles would be, inside the list, not below it.
    QVERIFY(m_dock->view()->viewport()->isAncestorOf(m_dock->emptyLabel()));
    const QRect inList(m_dock->emptyLabel()->mapTo(m_dock->view(), QPoint(0, 0)), m_dock->emptyLabel()->size());
    QVERIFY(m_dock->view()->rect().contains(inList));
    m_dock->filterField()->clear();
    QVERIFY(!m_dock->emptyLabel()->isVisible());
}

QTEST_MAIN(TestProfilesDock)
#include "tst_profilesdock.moc"
