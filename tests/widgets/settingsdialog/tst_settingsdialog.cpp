#include "widgets/settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

// What the dialog says is what it does: the look changes as it is picked, the log caps on OK
// (a cap typed digit by digit must not evict rows on the way), and Cancel puts back the start.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theLookIsAppliedAsItIsPicked();
    void logCapsWaitForOk();
    void cancelPutsBackWhatWasThere();

private:
    static QComboBox *themeCombo(SettingsDialog &dialog);
    static QSpinBox *rowsBox(SettingsDialog &dialog, const AppSettings &start);
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QComboBox *TestSettingsDialog::themeCombo(SettingsDialog &dialog)
{
    // The theme combo is the one whose items carry the themes (System, Light, Dark).
    for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
        if (combo->count() == 3 && combo->findData(int(ThemeManager::Theme::Dark)) >= 0
            && combo->itemData(0).typeId() == QMetaType::Int && combo->itemText(2).contains(QLatin1String("Dark")))
            return combo;
    }
    return nullptr;
}

QSpinBox *TestSettingsDialog::rowsBox(SettingsDialog &dialog, const AppSettings &start)
{
    for (QSpinBox *box : dialog.findChildren<QSpinBox *>()) {
        if (box->value() == start.logCapRows)
            return box;
    }
    return nullptr;
}

void TestSettingsDialog::theLookIsAppliedAsItIsPicked()
{
    AppSettings start;
    start.theme = ThemeManager::Theme::Light;
    SettingsDialog dialog(start);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *theme = themeCombo(dialog);
    QVERIFY(theme);
    theme->setCurrentIndex(theme->findData(int(ThemeManager::Theme::Dark)));
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).value<AppSettings>().theme, ThemeManager::Theme::Dark);
    QVERIFY(dialog.isVisible()); // no OK needed to see it
}

void TestSettingsDialog::logCapsWaitForOk()
{
    AppSettings start;
    start.logCapRows = 200000;
    SettingsDialog dialog(start);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSpinBox *rows = rowsBox(dialog, start);
    QVERIFY(rows);
    rows->setValue(1000);
    QTest::qWait(50);
    QCOMPARE(applied.count(), 0);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).value<AppSettings>().logCapRows, 1000);
}

void TestSettingsDialog::cancelPutsBackWhatWasThere()
{
    AppSettings start;
    start.theme = ThemeManager::Theme::Light;
    start.logCapRows = 200000;
    SettingsDialog dialog(start);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *theme = themeCombo(dialog);
    QVERIFY(theme);
    theme->setCurrentIndex(theme->findData(int(ThemeManager::Theme::Dark)));
    QTRY_COMPARE(applied.count(), 1);
    rowsBox(dialog, start)->setValue(5000);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(applied.count(), 2);
    const AppSettings back = applied.at(1).at(0).value<AppSettings>();
    QVERIFY(back == start);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
