// DisputesPane driven through its real buttons and dialogs: an agent opens a dispute from
// a ticket number (Look Up fills in buyer, merchant and subject), records the buyer's and
// the merchant's statements; a manager decides (a partial refund above the claim is
// refused in the dialog, nothing saved); the agent records the merchant's appeal; another
// manager decides it; the agent closes. Buttons are offered only when the step is legal,
// and an open dispute past its evidence deadline is highlighted. In the main window, "Open
// Dispute…" in an after-sales request's detail opens one pre-filled from the request and
// shows it selected in Disputes; the ticket detail's dialog shows the service's refusal of
// a second one; trainers and auditors are not offered the button; leads get the count of
// overdue disputes.

#include "unit/tickettestsupport.h"
#include "uitestsupport.h"

#include "aftersalesdetailwidget.h"
#include "aftersalespane.h"
#include "disputenotifier.h"
#include "disputeopendialog.h"
#include "disputespane.h"
#include "disputestepdialog.h"
#include "languages.h"
#include "mainwindow.h"
#include "services/aftersalesservice.h"
#include "services/demodata.h"
#include "services/disputeservice.h"
#include "services/ticketseeder.h"
#include "support/servicefixture.h"
#include "ticketdetailwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using sw::domain::DisputeOutcome;
using sw::domain::DisputeParty;
using sw::domain::DisputeStatus;
using sw::domain::Money;
using sw::services::Actor;
using sw::ui::DisputeOpenDialog;
using sw::ui::DisputesPane;
using sw::ui::DisputeStepDialog;

class TestDisputesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openStatementsDecisionAppeal();
    void overdueEvidenceHighlighted();
    void readOnlyForAuditors();
    void openFromRequestDetailShowsItInDisputes();
    void ticketDetailShowsTheRefusalOfASecondDispute();
    void notOfferedToTrainersAndAuditors();
    void overdueCountForLeads();
    void screenshot();

private:
    std::unique_ptr<DisputesPane> pane(const Actor& actor)
    {
        auto p = std::make_unique<DisputesPane>(m_world->fx.db(), actor, &m_world->clock);
        p->show();
        return p;
    }
    static void save(QDialog* dialog)
    {
        auto* box = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
    // As typed: QTest::keyClicks takes ASCII only, and these texts are Chinese.
    static void type(QLineEdit* edit, const QString& text) { edit->insert(text); }
    static void type(QPlainTextEdit* edit, const QString& text) { edit->insertPlainText(text); }
    static void choose(QComboBox* combo, int data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    static void select(DisputesPane& p, const QString& id)
    {
        QTRY_VERIFY(!p.isLoading());
        p.selectDispute(id);
        QTRY_COMPARE(p.current().id, id);
    }

    // A ¥320.00 refund request of agent A1 on the ticket.
    QString createRequest()
    {
        sw::services::AfterSalesDraft d;
        d.reason = sw::domain::AfterSalesReason::DamagedInTransit;
        d.ticketId = m_ticketId;
        d.orderNo = QStringLiteral("SO-2025-0320");
        d.deliveredOn = m_world->clock.now().date().addDays(-1);
        d.itemName = QStringLiteral("陶瓷餐具套装");
        d.evidenceCount = 1;
        d.amount = QStringLiteral("320");
        d.orderTotal = QStringLiteral("468");
        auto id =
            sw::services::AfterSalesService(m_world->fx.db(), m_world->agentA1, &m_world->clock).create(d);
        return id.ok() ? *id : QString();
    }

    swtest::IsolatedSettings m_settings;
    std::unique_ptr<swtest::TicketWorld> m_world;
    QString m_ticketNumber;
    QString m_ticketId;
};

void TestDisputesPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDisputesPane::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    sw::services::TicketDraft t = swtest::TicketWorld::draft(QStringLiteral("商家拒绝退款"));
    t.ownerId = m_world->agentA1.userId;
    auto id = m_world->service(m_world->agentA1).create(t);
    QVERIFY(id.ok());
    m_ticketId = *id;
    m_ticketNumber = m_world->service(m_world->agentA1).get(*id)->number;
}

void TestDisputesPane::cleanup()
{
    m_world.reset();
}

void TestDisputesPane::openStatementsDecisionAppeal()
{
    auto agent = pane(m_world->agentA1);
    QTRY_VERIFY(!agent->isLoading());
    QCOMPARE(agent->table()->rowCount(), 0);
    QVERIFY(agent->openButton()->isVisible());

    // Open from the ticket number.
    QTest::mouseClick(agent->openButton(), Qt::LeftButton);
    auto* open = qobject_cast<DisputeOpenDialog*>(agent->activeDialog());
    QVERIFY(open);
    QTest::keyClicks(open->numberEdit(), m_ticketNumber);
    QTest::mouseClick(open->lookUpButton(), Qt::LeftButton);
    QCOMPARE(open->buyerEdit()->text(), QStringLiteral("陈小姐"));
    QCOMPARE(open->merchantEdit()->text(), QStringLiteral("好物旗舰店"));
    QCOMPARE(open->subjectEdit()->text(), QStringLiteral("商家拒绝退款"));
    save(open); // no amount yet: refused in the dialog
    QVERIFY(open->isVisible());
    QVERIFY(!open->messageLabel()->text().isEmpty());
    QCOMPARE(m_world->fx.count(QStringLiteral("disputes")), 0);
    type(open->claimEdit(), QStringLiteral("¥300.00"));
    save(open);
    QTRY_VERIFY(!agent->current().id.isEmpty());
    QCOMPARE(agent->table()->rowCount(), 1);
    const QString id = agent->current().id;
    QVERIFY(agent->current().number.startsWith(QStringLiteral("DP-")));
    QCOMPARE(agent->table()->item(0, DisputesPane::Merchant)->text(), QStringLiteral("好物旗舰店"));
    QCOMPARE(agent->table()->item(0, DisputesPane::Status)->text(), sw::domain::displayName(DisputeStatus::Open));
    QVERIFY(agent->statementButton()->isEnabled());
    QVERIFY(!agent->decideButton()->isEnabled());
    QVERIFY(!agent->appealButton()->isEnabled());

    // The buyer's and the merchant's statements.
    for (DisputeParty party : {DisputeParty::Buyer, DisputeParty::Merchant}) {
        QTest::mouseClick(agent->statementButton(), Qt::LeftButton);
        auto* step = qobject_cast<DisputeStepDialog*>(agent->activeDialog());
        QVERIFY(step);
        QCOMPARE(step->choiceCombo()->count(), 2); // an agent records buyer and merchant, not the platform
        choose(step->choiceCombo(), int(party));
        type(step->textEdit(), party == DisputeParty::Buyer ? QStringLiteral("外箱破损，附照片")
                                                                        : QStringLiteral("发货时完好"));
        step->attachmentsSpin()->setValue(2);
        save(step);
        QTRY_COMPARE(agent->statementsTable()->rowCount(), party == DisputeParty::Buyer ? 1 : 2);
    }
    QCOMPARE(agent->statementsTable()->item(0, 0)->text(), sw::domain::displayName(DisputeParty::Buyer));
    QCOMPARE(agent->statementsTable()->item(0, 3)->text(), QStringLiteral("外箱破损，附照片"));
    QVERIFY(!agent->decideButton()->isEnabled()); // agents do not decide

    // The manager decides; a partial refund above the claim is refused in the dialog.
    auto manager = pane(m_world->manager);
    select(*manager, id);
    QTRY_VERIFY(manager->decideButton()->isEnabled());
    QTest::mouseClick(manager->decideButton(), Qt::LeftButton);
    auto* decision = qobject_cast<DisputeStepDialog*>(manager->activeDialog());
    QVERIFY(decision);
    choose(decision->choiceCombo(), int(DisputeOutcome::PartialRefund));
    QVERIFY(decision->amountEdit()->isEnabled());
    QTest::keyClicks(decision->amountEdit(), QStringLiteral("500"));
    type(decision->textEdit(), QStringLiteral("商品确有破损，买家也有责任"));
    save(decision);
    QVERIFY(decision->isVisible());
    QVERIFY(!decision->messageLabel()->text().isEmpty());
    QCOMPARE(m_world->fx.count(QStringLiteral("dispute_outcomes")), 0);
    decision->amountEdit()->clear();
    QTest::keyClicks(decision->amountEdit(), QStringLiteral("120"));
    save(decision);
    QTRY_COMPARE(manager->current().status, DisputeStatus::Decided);
    QCOMPARE(manager->current().refund, Money::fromYuan(120));
    QVERIFY(!manager->table()->item(0, DisputesPane::Decision)->text().isEmpty());
    QVERIFY(!manager->table()->item(0, DisputesPane::AppealDue)->text().isEmpty());
    QVERIFY(!manager->decideButton()->isEnabled());
    QVERIFY(!manager->closeButton()->isEnabled()); // the appeal period runs

    // The merchant appeals through the agent.
    agent->refresh();
    QTRY_COMPARE(agent->current().status, DisputeStatus::Decided);
    QTRY_VERIFY(agent->appealButton()->isEnabled());
    QVERIFY(!agent->statementButton()->isEnabled());
    QTest::mouseClick(agent->appealButton(), Qt::LeftButton);
    auto* appeal = qobject_cast<DisputeStepDialog*>(agent->activeDialog());
    QVERIFY(appeal);
    choose(appeal->choiceCombo(), int(DisputeParty::Merchant));
    type(appeal->textEdit(), QStringLiteral("买家签收时未验货"));
    save(appeal);
    QTRY_COMPARE(agent->current().status, DisputeStatus::Appealed);
    QVERIFY(!agent->appealButton()->isEnabled());

    // The first manager may not decide the appeal; another manager does.
    manager->refresh();
    QTRY_COMPARE(manager->current().status, DisputeStatus::Appealed);
    QVERIFY(!manager->decideButton()->isEnabled());
    const Actor manager2 =
        m_world->addUser(QStringLiteral("manager2"), QStringLiteral("钱经理"), {sw::domain::Role::Manager}, {});
    auto second = pane(manager2);
    select(*second, id);
    QTRY_VERIFY(second->decideButton()->isEnabled());
    QTest::mouseClick(second->decideButton(), Qt::LeftButton);
    auto* verdict = qobject_cast<DisputeStepDialog*>(second->activeDialog());
    QVERIFY(verdict);
    choose(verdict->choiceCombo(), int(DisputeOutcome::Rejected));
    QVERIFY(!verdict->amountEdit()->isEnabled());
    type(verdict->textEdit(), QStringLiteral("签收记录显示外箱完好"));
    save(verdict);
    QTRY_COMPARE(second->current().status, DisputeStatus::Decided);
    QCOMPARE(*second->current().outcome, DisputeOutcome::Rejected);

    // Final: no second appeal; the agent closes.
    agent->refresh();
    QTRY_VERIFY(agent->current().outcome == DisputeOutcome::Rejected);
    QTRY_VERIFY(agent->closeButton()->isEnabled());
    QVERIFY(!agent->appealButton()->isEnabled());
    QTest::mouseClick(agent->closeButton(), Qt::LeftButton);
    auto* close = qobject_cast<DisputeStepDialog*>(agent->activeDialog());
    QVERIFY(close);
    save(close);
    QTRY_COMPARE(agent->current().status, DisputeStatus::Closed);
    for (QPushButton* b : {agent->statementButton(), agent->decideButton(), agent->appealButton(),
                           agent->closeButton()})
        QVERIFY(!b->isEnabled());
}

void TestDisputesPane::overdueEvidenceHighlighted()
{
    sw::services::DisputeService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    auto draft = service.draftFor(m_ticketNumber);
    QVERIFY(draft.ok());
    draft->claimAmount = QStringLiteral("80");
    QVERIFY(service.open(*draft).ok());
    {
        auto before = pane(m_world->leadA);
        QTRY_COMPARE(before->table()->rowCount(), 1);
        QVERIFY(!before->table()->item(0, DisputesPane::EvidenceDue)->font().bold());
    }
    m_world->clock.advanceSecs(48 * 3600 + 60);
    auto after = pane(m_world->leadA);
    QTRY_COMPARE(after->table()->rowCount(), 1);
    QTableWidgetItem* due = after->table()->item(0, DisputesPane::EvidenceDue);
    QVERIFY(due->font().bold());
    QCOMPARE(due->foreground().color(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(!due->toolTip().isEmpty());
}

void TestDisputesPane::readOnlyForAuditors()
{
    sw::services::DisputeService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    auto draft = service.draftFor(m_ticketNumber);
    QVERIFY(draft.ok());
    draft->claimAmount = QStringLiteral("80");
    auto id = service.open(*draft);
    QVERIFY(id.ok());
    QVERIFY(DisputesPane::isAvailableFor(m_world->auditor));
    QVERIFY(!DisputesPane::isAvailableFor(m_world->trainer));
    auto auditor = pane(m_world->auditor);
    QVERIFY(!auditor->openButton()->isVisible());
    select(*auditor, *id);
    QTRY_COMPARE(auditor->summaryLabel()->text().contains(QStringLiteral("陈小姐")), true);
    for (QPushButton* b : {auditor->statementButton(), auditor->decideButton(), auditor->appealButton(),
                           auditor->closeButton()})
        QVERIFY(!b->isEnabled());
}

void TestDisputesPane::openFromRequestDetailShowsItInDisputes()
{
    const QString requestId = createRequest();
    QVERIFY(!requestId.isEmpty());
    const QString requestNumber =
        sw::services::AfterSalesService(m_world->fx.db(), m_world->agentA1, &m_world->clock)
            .get(requestId)
            ->number;
    sw::ui::MainWindow window(m_world->fx.db(), m_world->agentA1);
    window.show();
    QVERIFY(window.afterSalesPane());
    QVERIFY(window.disputesPane());
    window.showPane(window.afterSalesPane());
    sw::ui::AfterSalesDetailWidget* detail = window.afterSalesPane()->detail();
    detail->showRequest(requestId);
    QVERIFY(detail->disputeButton()->isVisible());

    QTest::mouseClick(detail->disputeButton(), Qt::LeftButton);
    auto* open = detail->findChild<DisputeOpenDialog*>();
    QVERIFY(open);
    QTRY_VERIFY(open->isVisible());
    QCOMPARE(open->numberEdit()->text(), requestNumber);
    QVERIFY(open->numberEdit()->isReadOnly());
    QCOMPARE(open->buyerEdit()->text(), QStringLiteral("陈小姐"));
    QCOMPARE(open->merchantEdit()->text(), QStringLiteral("好物旗舰店"));
    QCOMPARE(open->claimEdit()->text(), Money::fromYuan(320).format());
    save(open);
    QVERIFY2(open->messageLabel()->text().isEmpty(), qPrintable(open->messageLabel()->text()));

    sw::ui::DisputesPane* disputes = window.disputesPane();
    QTRY_COMPARE(window.currentPane(), static_cast<sw::ui::Pane*>(disputes));
    QTRY_VERIFY(!disputes->current().id.isEmpty());
    QCOMPARE(disputes->current().aftersalesId, requestId);
    QCOMPARE(disputes->current().ticketId, m_ticketId);
    const auto rows = disputes->table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(disputes->table()->item(rows.first().row(), DisputesPane::Number)->text(),
             disputes->current().number);
    // While it is unfinished, the request offers no second one.
    QVERIFY(detail->disputeButton()->isHidden());
    QVERIFY(!detail->openDisputeDialog());
    QCOMPARE(m_world->fx.count(QStringLiteral("disputes")), 1);
}

void TestDisputesPane::ticketDetailShowsTheRefusalOfASecondDispute()
{
    sw::ui::TicketDetailWidget detail(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    detail.show();
    detail.showTicket(m_ticketId);
    QVERIFY(detail.disputeButton()->isVisible());
    QSignalSpy opened(&detail, &sw::ui::TicketDetailWidget::disputeOpened);
    QTest::mouseClick(detail.disputeButton(), Qt::LeftButton);
    auto* open = detail.findChild<DisputeOpenDialog*>();
    QVERIFY(open);
    QCOMPARE(open->numberEdit()->text(), m_ticketNumber);
    QCOMPARE(open->subjectEdit()->text(), QStringLiteral("商家拒绝退款"));
    type(open->claimEdit(), QStringLiteral("80"));

    // Meanwhile someone else opens one about the ticket: Save shows the service's refusal.
    sw::services::DisputeService service(m_world->fx.db(), m_world->agentA2, &m_world->clock);
    auto draft = service.draftFor(m_ticketNumber);
    QVERIFY(draft.ok());
    draft->claimAmount = QStringLiteral("80");
    QVERIFY(service.open(*draft).ok());
    save(open);
    QVERIFY(open->isVisible());
    QVERIFY2(open->messageLabel()->text().contains(QStringLiteral("DP-")),
             qPrintable(open->messageLabel()->text()));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(m_world->fx.count(QStringLiteral("disputes")), 1);
    open->reject();
    detail.reload();
    QVERIFY(detail.disputeButton()->isHidden());
}

void TestDisputesPane::notOfferedToTrainersAndAuditors()
{
    const QString requestId = createRequest();
    QVERIFY(!requestId.isEmpty());
    for (const Actor& actor : {m_world->trainer, m_world->auditor}) {
        QVERIFY(!sw::services::DisputeService::canOpen(actor));
        sw::ui::AfterSalesDetailWidget request(m_world->fx.db(), actor, &m_world->clock);
        request.show();
        request.showRequest(requestId);
        QVERIFY(request.disputeButton()->isHidden());
        QVERIFY(!request.openDisputeDialog());
        sw::ui::TicketDetailWidget ticket(m_world->fx.db(), actor, &m_world->clock);
        ticket.show();
        ticket.showTicket(m_ticketId);
        QVERIFY(ticket.disputeButton()->isHidden());
        QVERIFY(!ticket.openDisputeDialog());
    }
    // The control: the agent who owns the ticket is offered both.
    sw::ui::AfterSalesDetailWidget request(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    request.show();
    request.showRequest(requestId);
    QVERIFY(!request.disputeButton()->isHidden());
    QCOMPARE(m_world->fx.count(QStringLiteral("disputes")), 0);
}

void TestDisputesPane::overdueCountForLeads()
{
    sw::services::DisputeService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    auto draft = service.draftFor(m_ticketNumber);
    QVERIFY(draft.ok());
    draft->claimAmount = QStringLiteral("80");
    QVERIFY(service.open(*draft).ok());
    sw::ui::DisputeNotifier lead(m_world->fx.db(), m_world->leadA, &m_world->clock);
    QSignalSpy checked(&lead, &sw::ui::DisputeNotifier::checked);
    lead.check();
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(lead.badgeCount(), 0); // the evidence period runs

    m_world->clock.advanceSecs(48 * 3600 + 60);
    QSignalSpy badge(&lead, &sw::ui::DisputeNotifier::badgeChanged);
    lead.check();
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(lead.badgeCount(), 1);
    QCOMPARE(badge.count(), 1);
    sw::ui::DisputeNotifier agent(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    QSignalSpy agentChecked(&agent, &sw::ui::DisputeNotifier::checked);
    agent.check();
    QTRY_COMPARE(agentChecked.count(), 1);
    QCOMPARE(agent.badgeCount(), 0); // agents do not decide
}

void TestDisputesPane::screenshot()
{
    // A lead's look at the demo disputes in the main window: the count on the Disputes entry,
    // the overdue deadlines in red, a dispute's statements below. Set SW_DISPUTES_SCREENSHOT
    // to a folder to keep the PNG (and SW_DISPUTES_LANGUAGE=zh_CN).
    if (const QString language = qEnvironmentVariable("SW_DISPUTES_LANGUAGE"); !language.isEmpty())
        QVERIFY(sw::ui::installTranslations(*qApp, language));
    swtest::ServiceFixture fx;
    QString why;
    QVERIFY2(fx.create(&why), qPrintable(why));
    QVERIFY(sw::services::createDemoData(fx.db()).ok());
    sw::services::SeedOptions options;
    options.tickets = 300;
    QVERIFY(sw::services::seedTickets(fx.db(), options).ok());
    QVERIFY(sw::services::createDemoAfterSales(fx.db()).ok());
    auto created = sw::services::createDemoDisputes(fx.db());
    QVERIFY(created.ok());
    QVERIFY(*created > 0);
    const QString leadId = fx.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'lead1'")).toString();
    const Actor lead{
        leadId, QStringLiteral("lead1"), QStringLiteral("客服主管 李娜"), {}, {sw::domain::Role::Lead}};
    {
        sw::ui::MainWindow window(fx.db(), lead);
        window.resize(1366, 768);
        window.show();
        DisputesPane* pane = window.disputesPane();
        window.showPane(pane);
        QTRY_VERIFY(!pane->isLoading());
        QTRY_COMPARE(pane->notifier()->badgeCount(), 2);
        const int row = int(pane->table()->rowCount()) > 2 ? 2 : 0;
        pane->selectDispute(pane->disputes().at(row).id);
        QTRY_VERIFY(!pane->current().id.isEmpty());
        QTRY_VERIFY(!pane->isLoading());
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        const QString folder = qEnvironmentVariable("SW_DISPUTES_SCREENSHOT");
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + QStringLiteral("/disputes-pane.png")));
    }
    fx.destroy();
}

QTEST_MAIN(TestDisputesPane)
#include "tst_disputespane.moc"
