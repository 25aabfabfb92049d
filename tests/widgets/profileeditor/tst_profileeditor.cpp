#include "widgets/profiles/profileeditordialog.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

// The profile editor as a keyboard user meets it: Tab walks each page in the order it reads,
// and a header the WebSocket client writes itself is refused where it is typed, with the reason.
class TestProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void tabWalksEachPageInReadingOrder();
    void headersTheClientWritesAreRefusedWithTheReason();
};

namespace {

// The fields Tab reaches on `page`, in the order it reaches them, starting from its first one.
QList<QWidget *> tabChain(QWidget *page)
{
    QList<QWidget *> fields;
    const auto reachable = [page](QWidget *w) {
        return page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
               && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()); // a spin box's own line edit
    };
    QWidget *w = page->nextInFocusChain();
    for (int guard = 0; guard < 500 && w != page; ++guard, w = w->nextInFocusChain()) {
        if (reachable(w) && !fields.contains(w))
            fields.append(w);
    }
    return fields;
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 at %2,%3").arg(QString::fromLatin1(w->metaObject()->className())).arg(w->mapTo(w->window(), QPoint()).x()).arg(w->mapTo(w->window(), QPoint()).y());
}

} // namespace

void TestProfileEditor::tabWalksEachPageInReadingOrder()
{
    Profile profile;
    profile.name = QStringLiteral("p");
    profile.connection.url = QStringLiteral("ws://127.0.0.1:9/");
    profile.connection.headers.append(HeaderEntry{QStringLiteral("X-A"), QStringLiteral("1"), true});
    ProfileEditorDialog editor(profile, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTabWidget *pages = editor.pages();
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QWidget *page = pages->widget(i);
        QCoreApplication::processEvents();
        const QList<QWidget *> chain = tabChain(page);
        QVERIFY2(chain.size() >= 2, qPrintable(pages->tabText(i)));
        for (int k = 1; k < chain.size(); ++k) {
            const QPoint a = chain.at(k - 1)->mapTo(&editor, QPoint());
            const QPoint b = chain.at(k)->mapTo(&editor, QPoint());
            // Reading order: down the page, and left to right within a row.
            const bool inOrder = b.y() > a.y() + 2 || (qAbs(b.y() - a.y()) <= 2 && b.x() > a.x());
            QVERIFY2(inOrder, qPrintable(QStringLiteral("%1 tab: %2 comes before %3")
                                                 .arg(pages->tabText(i), describe(chain.at(k - 1)), describe(chain.at(k)))));
        }
    }
}

void TestProfileEditor::headersTheClientWritesAreRefusedWithTheReason()
{
    Profile profile;
    profile.name = QStringLiteral("p");
    profile.connection.url = QStringLiteral("ws://127.0.0.1:9/");
    ProfileEditorDialog editor(profile, {});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.okButton()->isEnabled());
    QTableWidget *headers = editor.headersTable();
    editor.pages()->setCurrentIndex(1);
    QPushButton *add = nullptr;
    for (QPushButton *button : editor.pages()->widget(1)->findChildren<QPushButton *>()) {
        if (button->text().contains(QLatin1String("Add")))
            add = button;
    }
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(headers->rowCount(), 1);
    headers->item(0, 2)->setText(QStringLiteral("x"));
    for (const QString &name : {QStringLiteral("Sec-WebSocket-Key"), QStringLiteral("host"), QStringLiteral("Upgrade"),
                                QStringLiteral("Connection"), QStringLiteral("Sec-WebSocket-Version")}) {
        headers->item(0, 1)->setText(name); // itemChanged: validated as typed
        QVERIFY2(!editor.okButton()->isEnabled(), qPrintable(name));
        QVERIFY2(editor.problem().contains(QLatin1String("written by the WebSocket client itself")), qPrintable(editor.problem()));
        QVERIFY2(editor.problem().contains(name), qPrintable(editor.problem()));
        QVERIFY2(editor.saveProblemLabel()->isVisible(), "the reason is shown next to Save");
    }
    headers->item(0, 1)->setText(QStringLiteral("Authorization"));
    QVERIFY(editor.okButton()->isEnabled());
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
