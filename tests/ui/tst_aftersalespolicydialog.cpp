// AfterSalesPolicyDialog: shows the policy in force (defaults at first), saves what the
// administrator edits through the real widgets (money typed with ¥ and grouping), refuses
// nonsense — a negative limit, a window below the legal minimum — with the translated
// reason in the dialog and nothing saved, and Restore Defaults fills in the defaults.

#include "unit/tickettestsupport.h"
#include "uitestsupport.h"

#include "aftersalespolicydialog.h"
#include "services/aftersalespolicies.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using sw::domain::Money;
using sw::services::AfterSalesPolicies;
using sw::services::AfterSalesPolicySet;
using sw::ui::AfterSalesPolicyDialog;

class TestAfterSalesPolicyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsDefaultsAndSaves();
    void nonsenseRefusedNothingSaved_data();
    void nonsenseRefusedNothingSaved();
    void restoreDefaults();

private:
    AfterSalesPolicySet stored() { return AfterSalesPolicies(m_world->fx.db(), m_world->admin).all(); }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        edit->insert(text); // as typed (QTest::keyClicks takes ASCII only: "¥", "两百")
    }
    static void setSpin(QSpinBox* spin, int value)
    {
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }

    swtest::IsolatedSettings m_settings;
    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestAfterSalesPolicyDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAfterSalesPolicyDialog::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestAfterSalesPolicyDialog::cleanup()
{
    m_world.reset();
}

void TestAfterSalesPolicyDialog::showsDefaultsAndSaves()
{
    AfterSalesPolicyDialog dialog(m_world->fx.db(), m_world->admin, &m_world->clock);
    dialog.show();
    QCOMPARE(dialog.agentLimitEdit()->text(), QStringLiteral("¥200.00"));
    QCOMPARE(dialog.leadLimitEdit()->text(), QStringLiteral("¥2,000.00"));
    QCOMPARE(dialog.multipleAboveEdit()->text(), QStringLiteral("¥10,000.00"));
    QCOMPARE(dialog.noReasonSpin()->value(), 7);
    QCOMPARE(dialog.evidenceHoursSpin()->value(), 48);
    QCOMPARE(dialog.appealDaysSpin()->value(), 7);
    for (QCheckBox* box : dialog.exclusionBoxes())
        QVERIFY(box->isChecked());

    retype(dialog.agentLimitEdit(), QStringLiteral("¥150.50"));
    retype(dialog.leadLimitEdit(), QStringLiteral("3,000"));
    setSpin(dialog.noReasonSpin(), 10);
    setSpin(dialog.evidenceHoursSpin(), 72);
    setSpin(dialog.appealDaysSpin(), 5);
    dialog.exclusionBoxes().first()->setChecked(false);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(dialog.messageLabel()->text().isEmpty());

    const AfterSalesPolicySet p = stored();
    QCOMPARE(p.ladder.agentLimit(), Money::fromFen(15050));
    QCOMPARE(p.ladder.leadLimit(), Money::fromYuan(3000));
    QCOMPARE(p.eligibility.noReasonReturnDays(), 10);
    QVERIFY(!p.eligibility.excludedItemFlags().testFlag(sw::domain::allItemFlags().first()));
    QCOMPARE(p.disputes.evidenceHours(), 72);
    QCOMPARE(p.disputes.appealDays(), 5);

    // A new dialog shows what is stored.
    AfterSalesPolicyDialog again(m_world->fx.db(), m_world->admin, &m_world->clock);
    QCOMPARE(again.agentLimitEdit()->text(), QStringLiteral("¥150.50"));
    QCOMPARE(again.appealDaysSpin()->value(), 5);
}

void TestAfterSalesPolicyDialog::nonsenseRefusedNothingSaved_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected"); // a piece of the message
    QTest::newRow("negative agent limit") << "agentNegative" << "negative";
    QTest::newRow("agent limit not money") << "agentText" << "Agent limit";
    QTest::newRow("lead limit below agent limit") << "leadBelow" << "higher";
    QTest::newRow("no-reason window below 7 days") << "noReason5" << "legal minimum";
    QTest::newRow("no evidence period") << "evidence0" << "evidence period";
}

void TestAfterSalesPolicyDialog::nonsenseRefusedNothingSaved()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const qint64 settings = m_world->fx.count(QStringLiteral("settings"));
    const qint64 outbox = m_world->fx.count(QStringLiteral("sync_outbox"));
    AfterSalesPolicyDialog dialog(m_world->fx.db(), m_world->admin, &m_world->clock);
    dialog.show();
    setSpin(dialog.appealDaysSpin(), 9); // a valid edit that must not be saved either
    if (what == QLatin1String("agentNegative"))
        retype(dialog.agentLimitEdit(), QStringLiteral("-10"));
    else if (what == QLatin1String("agentText"))
        retype(dialog.agentLimitEdit(), QStringLiteral("两百"));
    else if (what == QLatin1String("leadBelow"))
        retype(dialog.leadLimitEdit(), QStringLiteral("100"));
    else if (what == QLatin1String("noReason5"))
        setSpin(dialog.noReasonSpin(), 5);
    else if (what == QLatin1String("evidence0"))
        setSpin(dialog.evidenceHoursSpin(), 0);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.messageLabel()->text().contains(expected, Qt::CaseInsensitive),
             qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(m_world->fx.count(QStringLiteral("settings")), settings);
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox")), outbox);
    QCOMPARE(stored(), AfterSalesPolicySet());
}

void TestAfterSalesPolicyDialog::restoreDefaults()
{
    AfterSalesPolicySet changed;
    changed.disputes.setAppealDays(3);
    changed.ladder.setAgentLimit(Money::fromYuan(50));
    QVERIFY(AfterSalesPolicies(m_world->fx.db(), m_world->admin).save(changed).ok());
    AfterSalesPolicyDialog dialog(m_world->fx.db(), m_world->admin, &m_world->clock);
    dialog.show();
    QCOMPARE(dialog.appealDaysSpin()->value(), 3);
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.appealDaysSpin()->value(), 7);
    QCOMPARE(dialog.agentLimitEdit()->text(), QStringLiteral("¥200.00"));
    QCOMPARE(stored(), changed); // saved only with Save
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(stored(), AfterSalesPolicySet());
}

QTEST_MAIN(TestAfterSalesPolicyDialog)
#include "tst_aftersalespolicydialog.moc"
