// The message library in the desktop app: the composer's text goes into the library (through
// the Save to Library dialog), is found by the panel's search, and comes back into the composer
// with Enter in its mode; delete asks first and Cancel keeps the message; Move to Folder and
// Rename go through the store; a library that could not be read offers no change.
#include "appfixture.h"
#include "core/library/messagelibrarystore.h"
#include "core/profiles/profilestore.h"
#include "widgets/library/librarysavedialog.h"
#include "widgets/library/messagelibrarypanel.h"
#include "widgets/mainwindow.h"
#include "widgets/session/composer.h"
#include "widgets/session/sessiontab.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidgetItemIterator>

#include <functional>

namespace {

constexpr int DialogPollMs = 20;

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

// The messages the tree shows, as "folder/name".
QStringList shownMessages(const LibraryTree *tree)
{
    QStringList shown;
    for (QTreeWidgetItemIterator it(const_cast<LibraryTree *>(tree)); *it; ++it) {
        const std::optional<LibraryTree::ItemRef> ref = LibraryTree::refOf(*it);
        if (ref && !ref->isFolder)
            shown.append(ref->folder.isEmpty() ? ref->name : ref->folder + QLatin1Char('/') + ref->name);
    }
    shown.sort();
    return shown;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

LibraryMessage messageOf(const QString &folder, const QString &name, const QString &content)
{
    LibraryMessage m;
    m.folder = folder;
    m.name = name;
    m.content = content;
    return m;
}

} // namespace

class TestMessageLibraryWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composerTextIsSavedFoundAndLoadedBack();
    void deleteAsksAndCancelKeepsTheMessage();
    void moveToFolderAndRenameGoThroughTheStore();
    void aReadOnlyLibraryOffersNoChange();
    void aSessionTabHandsTheLibraryToItsComposer();
    void theMainWindowSharesOneLibraryWithEveryTab();

private:
    QTemporaryDir m_settingsDir;
};

void TestMessageLibraryWidgets::initTestCase()
{
    // A session tab remembers its layout in QSettings: keep it in a folder of the test's own.
    QVERIFY(m_settingsDir.isValid());
    AppFixture::nameApplication(QStringLiteral("tst_widgets_messagelibrary"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMessageLibraryWidgets::composerTextIsSavedFoundAndLoadedBack()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    QVERIFY(store.load());
    Composer composer;
    QVERIFY(!composer.libraryAction()->isEnabled()); // no library yet
    composer.setMessageLibrary(&store);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QVERIFY(composer.libraryAction()->isEnabled());
    QVERIFY(composer.saveToLibraryAction()->isEnabled());

    const QString json = QStringLiteral("{\n  \"op\": \"login\",\n  \"user\": \"ana\"\n}");
    composer.setMode(Composer::Mode::Json);
    composer.setText(json);
    bool dialogSeen = false;
    onNextDialog<LibrarySaveDialog>([&dialogSeen](LibrarySaveDialog *dialog) {
        dialogSeen = true;
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no name yet
        dialog->setFolder(QStringLiteral(" auth / login "));
        dialog->setName(QStringLiteral("Sign in"));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    composer.saveToLibraryAction()->trigger();
    QVERIFY(dialogSeen);
    const std::optional<LibraryMessage> saved = store.message(QStringLiteral("auth/login"), QStringLiteral("Sign in"));
    QVERIFY(saved);
    QCOMPARE(saved->content, json);
    QCOMPARE(saved->mode, SavedMessage::Mode::Json);
    // And it is on disk, for every other profile and the next run.
    MessageLibraryStore reread(dir.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.messages(), store.messages());

    composer.setMode(Composer::Mode::Text);
    composer.setText(QStringLiteral("bye"));
    QString error;
    QVERIFY2(composer.saveToLibrary(QString(), QStringLiteral("Farewell"), &error), qPrintable(error));
    QVERIFY(!composer.saveToLibrary(QString(), QStringLiteral("Farewell"), &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    composer.setMode(Composer::Mode::Hex);
    composer.setText(QStringLiteral("00 ff"));

    MessageLibraryPanel *panel = composer.openLibrary();
    QVERIFY(panel);
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    QCOMPARE(shownMessages(panel->tree()), (QStringList{QStringLiteral("Farewell"), QStringLiteral("auth/login/Sign in")}));
    QCOMPARE(composer.openLibrary(), panel); // one window per composer

    QTest::keyClicks(panel->searchEdit(), QStringLiteral("USER\": \"ANA"));
    QCOMPARE(shownMessages(panel->tree()), QStringList{QStringLiteral("auth/login/Sign in")});
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("nothing like it"));
    QCOMPARE(shownMessages(panel->tree()), QStringList{});
    QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("No message matches")));
    panel->searchEdit()->clear();
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("login"));
    QCOMPARE(shownMessages(panel->tree()), QStringList{QStringLiteral("auth/login/Sign in")});

    QVERIFY(panel->select(QStringLiteral("auth/login"), QStringLiteral("Sign in")));
    panel->tree()->setFocus();
    QTest::keyClick(panel->tree(), Qt::Key_Return);
    QCOMPARE(composer.text(), json);
    QCOMPARE(composer.mode(), Composer::Mode::Json);
    QCOMPARE(composer.editor()->toPlainText(), json);
}

void TestMessageLibraryWidgets::deleteAsksAndCancelKeepsTheMessage()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    QVERIFY(store.add(messageOf(QStringLiteral("auth"), QStringLiteral("Sign in"), QStringLiteral("{}"))));
    QVERIFY(store.add(messageOf({}, QStringLiteral("keep"), QStringLiteral("x"))));
    const QByteArray before = readAll(store.filePath());
    MessageLibraryPanel panel(&store);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.select(QStringLiteral("auth"), QStringLiteral("Sign in")));

    QString question;
    onNextDialog<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    panel.deleteAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("auth/Sign in")), qPrintable(question));
    QVERIFY(store.message(QStringLiteral("auth"), QStringLiteral("Sign in")));
    QCOMPARE(readAll(store.filePath()), before);
    QCOMPARE(shownMessages(panel.tree()), (QStringList{QStringLiteral("auth/Sign in"), QStringLiteral("keep")}));

    onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    panel.deleteAction()->trigger();
    QVERIFY(!store.message(QStringLiteral("auth"), QStringLiteral("Sign in")));
    QCOMPARE(shownMessages(panel.tree()), QStringList{QStringLiteral("keep")});
    MessageLibraryStore reread(dir.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.messages().size(), 1);
}

void TestMessageLibraryWidgets::moveToFolderAndRenameGoThroughTheStore()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    QVERIFY(store.add(messageOf({}, QStringLiteral("ping"), QStringLiteral("{\"type\":\"ping\"}"))));
    QVERIFY(store.add(messageOf(QStringLiteral("archive"), QStringLiteral("ping"), QStringLiteral("old"))));
    MessageLibraryPanel panel(&store);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // Moving onto a message of the same name is refused, and the panel says why.
    QVERIFY(panel.select(QString(), QStringLiteral("ping")));
    onNextDialog<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("archive"));
        dialog->accept();
    });
    panel.moveAction()->trigger();
    QVERIFY(store.message(QString(), QStringLiteral("ping")));
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("already")), qPrintable(panel.statusLabel()->text()));

    // A new folder typed in the dialog is created.
    QVERIFY(panel.select(QString(), QStringLiteral("ping")));
    onNextDialog<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("chat/heartbeat"));
        dialog->accept();
    });
    panel.moveAction()->trigger();
    QVERIFY(store.message(QStringLiteral("chat/heartbeat"), QStringLiteral("ping")));
    QCOMPARE(shownMessages(panel.tree()), (QStringList{QStringLiteral("archive/ping"), QStringLiteral("chat/heartbeat/ping")}));
    QCOMPARE(panel.tree()->currentRef()->folder, QStringLiteral("chat/heartbeat"));

    QVERIFY(panel.select(QStringLiteral("chat/heartbeat"), QStringLiteral("ping")));
    onNextDialog<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("keep-alive"));
        dialog->accept();
    });
    panel.renameAction()->trigger();
    QVERIFY(store.message(QStringLiteral("chat/heartbeat"), QStringLiteral("keep-alive")));
    // The renamed message stays the current item, so a second command acts on it.
    const std::optional<LibraryTree::ItemRef> current = panel.tree()->currentRef();
    QVERIFY(current);
    QCOMPARE(current->folder, QStringLiteral("chat/heartbeat"));
    QCOMPARE(current->name, QStringLiteral("keep-alive"));
}

void TestMessageLibraryWidgets::aReadOnlyLibraryOffersNoChange()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    QDir().mkpath(QFileInfo(store.filePath()).absolutePath());
    const QByteArray newer("{\"schemaVersion\": 9, \"messages\": []}");
    {
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
    }
    QVERIFY(!store.load());
    Composer composer;
    composer.setMessageLibrary(&store);
    QVERIFY(composer.libraryAction()->isEnabled()); // it can still be read
    QVERIFY(!composer.saveToLibraryAction()->isEnabled());
    QVERIFY(composer.saveToLibraryAction()->toolTip().contains(QStringLiteral("newer WsScope")));
    QString error;
    QVERIFY(!composer.saveToLibrary(QString(), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    MessageLibraryPanel *panel = composer.openLibrary();
    QVERIFY(!panel->newFolderAction()->isEnabled());
    QCOMPARE(readAll(store.filePath()), newer);
}

void TestMessageLibraryWidgets::aSessionTabHandsTheLibraryToItsComposer()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    SessionTab tab{ConnectionSettings{}};
    QVERIFY(!tab.composer()->messageLibrary());
    tab.setMessageLibrary(&store);
    QCOMPARE(tab.composer()->messageLibrary(), &store);
}

void TestMessageLibraryWidgets::theMainWindowSharesOneLibraryWithEveryTab()
{
    AppFixture app;
    QVERIFY(app.setUp());
    {
        MainWindow window(app.store(), app.server());
        MessageLibraryStore *library = window.messageLibrary();
        QVERIFY(library);
        QCOMPARE(library->filePath(), QDir(app.store()->directory()).filePath(QStringLiteral("library/messages.json")));
        window.openSessionTab(QStringLiteral("first"), ConnectionSettings{});
        window.openSessionTab(QStringLiteral("second"), ConnectionSettings{});
        QCOMPARE(window.sessionTabs()->count(), 2);
        auto *first = qobject_cast<SessionTab *>(window.sessionTabs()->widget(0));
        auto *second = qobject_cast<SessionTab *>(window.sessionTabs()->widget(1));
        QVERIFY(first && second);
        QCOMPARE(first->composer()->messageLibrary(), library);
        QCOMPARE(second->composer()->messageLibrary(), library);

        // Saved from one tab, loaded in the other.
        first->composer()->setText(QStringLiteral("shared between tabs"));
        QString error;
        QVERIFY2(first->composer()->saveToLibrary(QStringLiteral("common"), QStringLiteral("hello"), &error), qPrintable(error));
        MessageLibraryPanel *panel = second->composer()->openLibrary();
        QVERIFY(panel);
        QVERIFY(panel->select(QStringLiteral("common"), QStringLiteral("hello")));
        panel->loadAction()->trigger();
        QCOMPARE(second->composer()->text(), QStringLiteral("shared between tabs"));
    }
    app.tearDown();
}

QTEST_MAIN(TestMessageLibraryWidgets)
#include "tst_messagelibrary.moc"
