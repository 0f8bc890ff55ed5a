// SlaPolicyDialog: saving runs off the GUI thread behind the busy line (inputs disabled,
// Cancel ignored meanwhile), moves the due times of open tickets and closes; a refused
// save shows the error and leaves the dialog open and editable.

#include "unit/tickettestsupport.h"
#include "uitestsupport.h"

#include "busyindicator.h"
#include "slapolicydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using sw::ui::SlaPolicyDialog;

class TestSlaPolicyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveRecomputesOffThreadAndCloses();
    void refusedSaveShowsTheErrorAndStaysOpen();

private:
    swtest::IsolatedSettings m_settings;
    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestSlaPolicyDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSlaPolicyDialog::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestSlaPolicyDialog::cleanup()
{
    m_world.reset();
}

void TestSlaPolicyDialog::saveRecomputesOffThreadAndCloses()
{
    auto id = m_world->service(m_world->agentA1).create(swtest::TicketWorld::draft());
    QVERIFY(id.ok());
    SlaPolicyDialog dialog(m_world->fx.db(), m_world->admin, &m_world->clock);
    dialog.show();
    QCOMPARE(dialog.firstResponseSpin()->value(), 24);
    dialog.firstResponseSpin()->setValue(10);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Save), Qt::LeftButton);

    // The result arrives through the event loop, so right after the click it is still busy.
    QVERIFY(dialog.busyIndicator()->isBusy());
    QVERIFY(!dialog.firstResponseSpin()->isEnabled());
    dialog.reject(); // ignored while saving
    QVERIFY(dialog.isVisible());

    QVERIFY(accepted.wait(swtest::kSlowWorkTimeoutMs));
    QVERIFY(!dialog.busyIndicator()->isBusy());
    QVERIFY(!dialog.isVisible());
    auto t = m_world->service(m_world->manager).get(*id);
    QVERIFY(t.ok());
    QCOMPARE(t->firstResponseDue, t->receivedAt.addSecs(10 * 3600));
    QCOMPARE(m_world->service(m_world->manager).slaPolicy().firstResponseHours(), 10);
}

void TestSlaPolicyDialog::refusedSaveShowsTheErrorAndStaysOpen()
{
    // A manager may read the policy but not change it (ManageSettings is the admin's).
    SlaPolicyDialog dialog(m_world->fx.db(), m_world->manager, &m_world->clock);
    dialog.show();
    dialog.firstResponseSpin()->setValue(12);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.buttonBox()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.busyIndicator()->isBusy(), swtest::kSlowWorkTimeoutMs);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    QVERIFY(dialog.firstResponseSpin()->isEnabled());
    QCOMPARE(m_world->service(m_world->admin).slaPolicy().firstResponseHours(), 24);
}

QTEST_MAIN(TestSlaPolicyDialog)
#include "tst_slapolicydialog.moc"
