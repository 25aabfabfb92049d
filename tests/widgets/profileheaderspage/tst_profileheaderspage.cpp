// The Headers tab and secrets: a secret value is masked until revealed and still saved whole;
// a profile with plain credentials (a schema 1 file) gets one offer to mark them.
#include "widgets/profiles/profileheaderspage.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

namespace {

enum Column { On, Name, Value, Secret };

Profile legacy(const QString &name)
{
    Profile p;
    p.name = name;
    p.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer plain"), true, false},
                            {QStringLiteral("X-Debug"), QStringLiteral("1"), true, false}};
    return p;
}

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestProfileHeadersPage : public QObject
{
    Q_OBJECT

private slots:
    void aSecretValueIsMaskedUntilRevealed();
    void plainCredentialsAreOfferedOnce();
};

void TestProfileHeadersPage::aSecretValueIsMaskedUntilRevealed()
{
    QWidget window;
    ProfileHeadersPage page(&window);
    page.retranslateUi();
    Profile p;
    p.name = QStringLiteral("masked");
    p.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer hidden"), true, true},
                            {QStringLiteral("X-Plain"), QStringLiteral("shown"), true, false}};
    page.setProfile(p);
    QTableWidget *table = page.table();
    QCOMPARE(table->columnCount(), 4);
    QVERIFY(table->item(0, Value)->text() != QStringLiteral("Bearer hidden"));
    QVERIFY(table->item(0, Value)->text().startsWith(QStringLiteral("••••")));
    QVERIFY(!(table->item(0, Value)->flags() & Qt::ItemIsEditable));
    QCOMPARE(table->item(1, Value)->text(), QStringLiteral("shown"));
    Profile back;
    page.applyTo(back);
    QCOMPARE(back.connection.headers, p.connection.headers); // the real value, the flag

    QPushButton *reveal = buttonNamed(&window, QStringLiteral("Show secret values"));
    QVERIFY(reveal);
    reveal->click();
    QCOMPARE(table->item(0, Value)->text(), QStringLiteral("Bearer hidden"));
    table->item(0, Value)->setText(QStringLiteral("Bearer changed"));
    reveal->click();
    QVERIFY(table->item(0, Value)->text().startsWith(QStringLiteral("••••")));
    page.applyTo(back);
    QCOMPARE(back.connection.headers.at(0).value, QStringLiteral("Bearer changed"));

    // Unchecking Secret shows the value again.
    table->item(0, Secret)->setCheckState(Qt::Unchecked);
    QCOMPARE(table->item(0, Value)->text(), QStringLiteral("Bearer changed"));
    page.applyTo(back);
    QVERIFY(!back.connection.headers.at(0).secret);
}

void TestProfileHeadersPage::plainCredentialsAreOfferedOnce()
{
    QWidget window;
    ProfileHeadersPage page(&window);
    page.retranslateUi();
    window.show();
    page.setSchemaVersionRead(1);
    page.setProfile(legacy(QStringLiteral("from schema 1")));
    QPushButton *mark = buttonNamed(&window, QStringLiteral("Mark as secret"));
    QVERIFY(mark);
    QVERIFY(mark->isVisible());
    bool named = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        named = named || (label->isVisible() && label->text().contains(QStringLiteral("Mark Authorization as secret?")));
    QVERIFY(named);
    mark->click();
    QVERIFY(!mark->isVisible());
    Profile back;
    page.applyTo(back);
    QVERIFY(back.connection.headers.at(0).secret);
    QVERIFY(!back.connection.headers.at(1).secret);
    QCOMPARE(back.connection.headers.at(0).value, QStringLiteral("Bearer plain"));

    // Once: the same profile opened again is not asked again, even with the header plain.
    page.setProfile(legacy(QStringLiteral("from schema 1")));
    QVERIFY(!mark->isVisible());
    // A schema 2 profile left its headers plain on purpose.
    page.setSchemaVersionRead(2);
    page.setProfile(legacy(QStringLiteral("another")));
    QVERIFY(!mark->isVisible());
    page.setSchemaVersionRead(1);
    QVERIFY(mark->isVisible());
}

QTEST_MAIN(TestProfileHeadersPage)
#include "tst_profileheaderspage.moc"
