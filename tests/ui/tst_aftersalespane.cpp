// The after-sales pane with real widgets on a real encrypted database, driven like users
// would: an agent creates a ¥12,800.00 refund through the New Request dialog and submits
// it, two managers approve it in their own panes (the ladder needs two above ¥10,000), the
// agent marks it executed and closes it. A request created from a ticket shows on the
// ticket's timeline. Bad input is refused in the dialog with nothing saved; a refused
// action shows the service's message and changes nothing; CSV export writes the view.

#include "support/servicefixture.h"
#include "uitestsupport.h"
#include "unit/tickettestsupport.h"

#include "aftersalesdecisiondialog.h"
#include "aftersalesdetailwidget.h"
#include "aftersalesevidencebox.h"
#include "aftersalesfilterbar.h"
#include "aftersalesnotifier.h"
#include "aftersalespane.h"
#include "aftersalesqueuemodel.h"
#include "aftersalesrequestdialog.h"
#include "aftersalesviewlist.h"
#include "languages.h"
#include "mainwindow.h"
#include "services/aftersalesservice.h"
#include "ticketdetailwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sw;
using sw::domain::AfterSalesStatus;
using sw::services::Actor;
using sw::ui::AfterSalesDetailWidget;
using sw::ui::AfterSalesPane;
using sw::ui::AfterSalesRequestDialog;
using Action = AfterSalesDetailWidget::Action;

namespace {

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void selectData(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

// A valid quality-problem refund typed into the dialog; tests then spoil one field.
// A request delivered on 2025-02-27 with one piece of evidence counted.
services::AfterSalesDraft submittedDraft(domain::AfterSalesReason reason, const QString& orderNo, const QString& item,
                                         const QString& amount, const QString& orderTotal)
{
    services::AfterSalesDraft d;
    d.reason = reason;
    d.orderNo = orderNo;
    d.deliveredOn = QDate(2025, 2, 27);
    d.itemName = item;
    d.evidenceCount = 1;
    d.amount = amount;
    d.orderTotal = orderTotal;
    return d;
}

// Every offered button (and Open Dispute) lies inside the detail panel, left of its
// scroll bar, and the evidence box is no wider than the panel either.
bool buttonsFit(const AfterSalesDetailWidget* detail)
{
    const int room = detail->width() - detail->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    QList<const QWidget*> widgets{detail->evidenceBox()};
    for (Action action : detail->offeredActions())
        widgets << detail->actionButton(action);
    if (!detail->disputeButton()->isHidden())
        widgets << detail->disputeButton();
    for (const QWidget* w : widgets)
        if (!w->isVisible() || w->mapTo(detail, QPoint(w->width(), 0)).x() > room)
            return false;
    return true;
}

void fillValid(AfterSalesRequestDialog* dialog, const QString& amount)
{
    selectData(dialog->kindCombo(), domain::code(domain::AfterSalesKind::Refund));
    selectData(dialog->reasonCombo(), domain::code(domain::AfterSalesReason::QualityProblem));
    typeText(dialog->reasonTextEdit(), QStringLiteral("开机后屏幕有竖线"));
    if (dialog->orderEdit()->text().isEmpty())
        QTest::keyClicks(dialog->orderEdit(), QStringLiteral("SO-2025-0099"));
    dialog->deliveredEdit()->setDate(QDate(2025, 2, 26));
    typeText(dialog->itemEdit(), QStringLiteral("65 英寸智能电视"));
    QVERIFY(dialog->addEvidenceFile(SW_SOURCE_DIR "/resources/migrations/0008_aftersales_evidence.sql"));
    QVERIFY(dialog->addEvidenceFile(SW_SOURCE_DIR "/resources/migrations/0006_aftersales.sql"));
    QCOMPARE(dialog->evidenceSpin()->value(), 2);
    typeText(dialog->amountEdit(), amount);
    typeText(dialog->orderTotalEdit(), QStringLiteral("¥12,999.00"));
}

} // namespace

class TestAfterSalesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fromCreationToClosedThroughThePanes();
    void createdFromATicketShowsOnItsTimeline();
    void badInputIsRefusedAndNothingIsSaved_data();
    void badInputIsRefusedAndNothingIsSaved();
    void refusedActionShowsTheMessageAndChangesNothing();
    void filterBarAndSearchNarrowTheQueue();
    void exportsTheCurrentView();
    void approvalsWaitingAreAnnouncedAndCounted();
    void evidenceIsAddedAndRemovedInTheDetail();
    void screenshot();

private:
    // The pane's detail for `id`, selected by clicking its row.
    AfterSalesDetailWidget* select(AfterSalesPane& pane, const QString& id);
    AfterSalesStatus statusOf(const QString& id);
    qint64 requestCount() { return m_world->fx.count(QStringLiteral("aftersales_requests")); }

    swtest::IsolatedSettings m_settings;
    std::unique_ptr<swtest::TicketWorld> m_world;
    Actor m_manager2;
    QString m_ticketId;
};

void TestAfterSalesPane::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    m_manager2 =
        m_world->addUser(QStringLiteral("manager2"), QStringLiteral("钱经理"), {domain::Role::Manager}, {});
    services::TicketDraft t = swtest::TicketWorld::draft(QStringLiteral("电视屏幕有竖线"));
    t.ownerId = m_world->agentA1.userId;
    t.orderNo = QStringLiteral("SO-2025-0420");
    auto id = m_world->service(m_world->agentA1).create(t);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    m_ticketId = *id;
}

void TestAfterSalesPane::cleanupTestCase()
{
    m_world.reset();
}

AfterSalesStatus TestAfterSalesPane::statusOf(const QString& id)
{
    return services::AfterSalesService(m_world->fx.db(), m_world->manager, &m_world->clock).get(id)->status;
}

AfterSalesDetailWidget* TestAfterSalesPane::select(AfterSalesPane& pane, const QString& id)
{
    if (!pane.waitForIdle())
        return nullptr;
    const int row = pane.model()->rowOfId(id);
    if (row < 0)
        return nullptr;
    QTableView* table = pane.tableView();
    const QModelIndex index = pane.model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    if (pane.selectedRequestId() != id)
        qWarning() << "select failed" << row << pane.model()->rowCount() << table->visualRect(index)
                   << table->viewport()->size() << table->currentIndex() << pane.selectedRequestId();
    return pane.selectedRequestId() == id ? pane.detail() : nullptr;
}

void TestAfterSalesPane::fromCreationToClosedThroughThePanes()
{
    const qint64 before = requestCount();
    QString id;
    {
        // The agent creates the request and submits it.
        AfterSalesPane pane(m_world->fx.db(), m_world->agentA1, &m_world->clock);
        pane.resize(1500, 820);
        pane.show();
        QVERIFY(pane.waitForIdle());
        QVERIFY(pane.newRequestAction()->isEnabled());
        AfterSalesRequestDialog* dialog = pane.openNewRequestDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        fillValid(dialog, QStringLiteral("¥12,800.00"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY2(dialog->messageLabel()->text().isEmpty(), qPrintable(dialog->messageLabel()->text()));
        id = dialog->createdId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(requestCount(), before + 1);
        QVERIFY(pane.waitForIdle());
        QTRY_COMPARE(pane.selectedRequestId(), id); // the new request is selected
        AfterSalesDetailWidget* detail = pane.detail();
        QCOMPARE(detail->offeredActions(), QList<Action>({Action::Submit, Action::Withdraw}));
        QCOMPARE(detail->checklistTable()->rowCount(), 4);
        // The two files picked in the dialog are listed, with Open and Save As offered.
        QCOMPARE(detail->evidenceBox()->list()->count(), 2);
        QVERIFY(detail->evidenceBox()->list()->item(0)->text().contains(QStringLiteral("0008_aftersales_evidence.sql")));
        QVERIFY(detail->evidenceBox()->openButton()->isEnabled());
        QVERIFY(detail->evidenceBox()->saveButton()->isEnabled());
        QTest::mouseClick(detail->actionButton(Action::Submit), Qt::LeftButton);
        QCOMPARE(statusOf(id), AfterSalesStatus::AwaitingApproval);
        // The requester never approves their own request: not offered.
        QVERIFY(!detail->offeredActions().contains(Action::Approve));
        QVERIFY(detail->actionButton(Action::Approve)->isHidden());
        QVERIFY(pane.waitForIdle());
        const int row = pane.model()->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(pane.model()->index(row, int(services::AfterSalesColumn::Amount)).data().toString(),
                 QStringLiteral("¥12,800.00"));
    }
    for (const Actor* approver : {&m_world->manager, &m_manager2}) {
        // Each manager finds it under "Awaiting my approval" and approves it.
        m_world->clock.advanceSecs(1800);
        AfterSalesPane pane(m_world->fx.db(), *approver, &m_world->clock);
        pane.resize(1500, 820);
        pane.show();
        QVERIFY(pane.waitForIdle());
        QCOMPARE(pane.currentView(), services::AfterSalesView::AwaitingMyApproval);
        QCOMPARE(pane.viewList()->counts().first(), 1);
        QVERIFY(pane.viewList()->item(0)->text().endsWith(QStringLiteral("(1)")));
        AfterSalesDetailWidget* detail = select(pane, id);
        QVERIFY(detail);
        QVERIFY(detail->offeredActions().contains(Action::Approve));
        QVERIFY(detail->offeredActions().contains(Action::Reject));
        // However narrow the detail, no button is cut off: they take more rows instead.
        for (int width : {900, 1500}) {
            pane.resize(width, 820);
            QVERIFY2(QTest::qWaitFor([&] { return buttonsFit(detail); }), qPrintable(QString::number(width)));
        }
        QTest::mouseClick(detail->actionButton(Action::Approve), Qt::LeftButton);
        QVERIFY(!detail->offeredActions().contains(Action::Approve)); // never twice
        QVERIFY(pane.waitForIdle());
        QCOMPARE(pane.viewList()->counts().first(), 0);
    }
    QCOMPARE(statusOf(id), AfterSalesStatus::Approved);
    {
        // The agent carries it out and closes it.
        AfterSalesPane pane(m_world->fx.db(), m_world->agentA1, &m_world->clock);
        pane.resize(1500, 820);
        pane.show();
        pane.setCurrentView(services::AfterSalesView::AllOpen); // agents start on their approvals
        AfterSalesDetailWidget* detail = select(pane, id);
        QVERIFY(detail);
        QCOMPARE(detail->decisionsTable()->rowCount(), 2);
        QCOMPARE(detail->decisionsTable()->item(1, 1)->text(), QStringLiteral("钱经理"));
        QCOMPARE(detail->offeredActions(), QList<Action>{Action::MarkExecuted});
        QTest::mouseClick(detail->actionButton(Action::MarkExecuted), Qt::LeftButton);
        QCOMPARE(statusOf(id), AfterSalesStatus::Executed);
        QCOMPARE(detail->offeredActions(), QList<Action>{Action::Close});
        QTest::mouseClick(detail->actionButton(Action::Close), Qt::LeftButton);
        QCOMPARE(statusOf(id), AfterSalesStatus::Closed);
        QVERIFY(detail->offeredActions().isEmpty());
        QCOMPARE(detail->fieldLabel(QStringLiteral("status"))->text(), QStringLiteral("Closed"));
        QVERIFY(pane.waitForIdle());
        pane.setCurrentView(services::AfterSalesView::ExecutedThisWeek);
        QVERIFY(pane.waitForIdle());
        QCOMPARE(pane.model()->rowOfId(id) >= 0, true);
    }
}

void TestAfterSalesPane::createdFromATicketShowsOnItsTimeline()
{
    ui::TicketDetailWidget detail(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    detail.resize(700, 700);
    detail.show();
    detail.showTicket(m_ticketId);
    QVERIFY(!detail.afterSalesButton()->isHidden());
    AfterSalesRequestDialog* dialog = detail.openAfterSalesDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->orderEdit()->text(), QStringLiteral("SO-2025-0420")); // pre-filled
    QCOMPARE(dialog->ticketId(), m_ticketId);
    fillValid(dialog, QStringLiteral("150"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY2(dialog->messageLabel()->text().isEmpty(), qPrintable(dialog->messageLabel()->text()));
    const QString id = dialog->createdId();
    QVERIFY(!id.isEmpty());
    const auto request =
        services::AfterSalesService(m_world->fx.db(), m_world->agentA1, &m_world->clock).get(id);
    QCOMPARE(request->ticketId, m_ticketId);
    QVERIFY2(detail.timelineView()->toPlainText().contains(request->number),
             qPrintable(detail.timelineView()->toPlainText()));

    // The queue shows the ticket's customer and merchant for it.
    AfterSalesPane pane(m_world->fx.db(), m_world->leadA, &m_world->clock);
    pane.setCurrentView(services::AfterSalesView::All);
    QVERIFY(pane.waitForIdle());
    const int row = pane.model()->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(pane.model()->index(row, int(services::AfterSalesColumn::Customer)).data().toString(),
             QStringLiteral("陈小姐"));
    QCOMPARE(pane.model()->index(row, int(services::AfterSalesColumn::Merchant)).data().toString(),
             QStringLiteral("好物旗舰店"));
}

void TestAfterSalesPane::badInputIsRefusedAndNothingIsSaved_data()
{
    QTest::addColumn<QString>("spoil");
    QTest::addColumn<QString>("expected"); // a fragment of the service's message
    QTest::newRow("negative amount") << "negative"
                                     << "negative";
    QTest::newRow("amount above the order total") << "above"
                                                  << "order total";
    QTest::newRow("quality claim without evidence") << "evidence"
                                                    << "evidence";
    QTest::newRow("delivery date in the future") << "future"
                                                 << "future";
}

void TestAfterSalesPane::badInputIsRefusedAndNothingIsSaved()
{
    QFETCH(QString, spoil);
    QFETCH(QString, expected);
    AfterSalesPane pane(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    pane.show();
    QVERIFY(pane.waitForIdle());
    const qint64 before = requestCount();
    const qint64 outbox = m_world->fx.count(QStringLiteral("sync_outbox"));
    AfterSalesRequestDialog* dialog = pane.openNewRequestDialog();
    QVERIFY(dialog);
    fillValid(dialog, spoil == QLatin1String("negative") ? QStringLiteral("-5.00")
                      : spoil == QLatin1String("above")  ? QStringLiteral("13,500.00")
                                                         : QStringLiteral("300.00"));
    if (spoil == QLatin1String("evidence")) {
        for (int i = 0; i < 2; ++i) {
            dialog->evidenceList()->setCurrentRow(0);
            QTest::mouseClick(dialog->removeEvidenceButton(), Qt::LeftButton);
        }
        QCOMPARE(dialog->evidenceSpin()->value(), 0);
    }
    if (spoil == QLatin1String("future"))
        dialog->deliveredEdit()->setDate(QDate(2025, 3, 5));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    const QString message = dialog->messageLabel()->text();
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(dialog->isVisible()); // stays open for a correction
    QVERIFY(dialog->createdId().isEmpty());
    QCOMPARE(requestCount(), before);
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox")), outbox);
    dialog->reject();
}

void TestAfterSalesPane::refusedActionShowsTheMessageAndChangesNothing()
{
    // A lead-level request (¥860) awaiting approval, created by agent A1.
    services::AfterSalesService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    const services::AfterSalesDraft d = submittedDraft(domain::AfterSalesReason::NotAsDescribed, QStringLiteral("SO-2025-0860"),
                                                       QStringLiteral("蓝牙耳机"), QStringLiteral("860"),
                                                       QStringLiteral("899"));
    const auto id = service.create(d);
    QVERIFY(id.ok());
    QVERIFY(service.submitForApproval(*id).ok());
    const qint64 decisions = m_world->fx.count(QStringLiteral("aftersales_approvals"));

    AfterSalesPane pane(m_world->fx.db(), m_world->agentA2, &m_world->clock);
    pane.resize(1500, 820);
    pane.show();
    pane.setCurrentView(services::AfterSalesView::AllOpen);
    AfterSalesDetailWidget* detail = select(pane, *id);
    QVERIFY(detail);
    // An agent does not qualify for a lead's level: neither approve nor reject is offered …
    QVERIFY(!detail->offeredActions().contains(Action::Approve));
    QVERIFY(!detail->offeredActions().contains(Action::Reject));
    // … and forcing it gets the service's refusal, with nothing changed.
    detail->trigger(Action::Approve);
    auto* box = detail->findChild<QMessageBox*>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Customer-service lead")) ||
                 box->text().contains(QStringLiteral("level")),
             qPrintable(box->text()));
    box->close();
    QCOMPARE(statusOf(*id), AfterSalesStatus::AwaitingApproval);
    QCOMPARE(m_world->fx.count(QStringLiteral("aftersales_approvals")), decisions);

    // A lead rejects, but without an explanation first: the dialog keeps the message.
    AfterSalesPane leadPane(m_world->fx.db(), m_world->leadA, &m_world->clock);
    leadPane.resize(1500, 820);
    leadPane.show();
    AfterSalesDetailWidget* leadDetail = select(leadPane, *id);
    QVERIFY(leadDetail);
    ui::AfterSalesDecisionDialog* dialog = leadDetail->trigger(Action::Reject);
    QVERIFY(dialog);
    QVERIFY(dialog->reasonCombo()->count() == int(domain::allRejectionReasons().size()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(!dialog->messageLabel()->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(statusOf(*id), AfterSalesStatus::AwaitingApproval);
    selectData(dialog->reasonCombo(), domain::code(domain::RejectionReason::InsufficientEvidence));
    typeText(dialog->textEdit(), QStringLiteral("照片看不出与描述不符之处"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(statusOf(*id), AfterSalesStatus::Rejected);
    QVERIFY(leadDetail->fieldLabel(QStringLiteral("outcome"))->text().contains(QStringLiteral("照片看不出")));
}

void TestAfterSalesPane::filterBarAndSearchNarrowTheQueue()
{
    AfterSalesPane pane(m_world->fx.db(), m_world->manager, &m_world->clock);
    pane.show();
    pane.setCurrentView(services::AfterSalesView::All);
    QVERIFY(pane.waitForIdle());
    const int all = pane.model()->rowCount();
    QVERIFY(all >= 3);
    selectData(pane.filterBar()->statusCombo(), domain::code(AfterSalesStatus::Rejected));
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.model()->rowCount(), 1);
    pane.filterBar()->clear();
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.model()->rowCount(), all);
    QTest::keyClicks(pane.searchEdit(), QStringLiteral("SO-2025-0860"));
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.model()->rowCount(), 1);
    QVERIFY(pane.countLabel()->text().contains(QStringLiteral("1 request")));
}

void TestAfterSalesPane::exportsTheCurrentView()
{
    AfterSalesPane pane(m_world->fx.db(), m_world->manager, &m_world->clock);
    pane.setCurrentView(services::AfterSalesView::All);
    QVERIFY(pane.waitForIdle());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aftersales.csv"));
    QVERIFY(pane.exportCsv(path));
    QVERIFY(pane.waitForIdle());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), pane.model()->rowCount() + 1);
    QVERIFY(lines.first().contains(QStringLiteral("Number,Kind,Order No.")));
    QVERIFY(text.contains(QStringLiteral("12800.00")));
    QVERIFY(text.contains(QStringLiteral("陈小姐")));
}

void TestAfterSalesPane::approvalsWaitingAreAnnouncedAndCounted()
{
    // A ¥150.00 request waits for an agent-level approval: agent A2 qualifies.
    services::AfterSalesService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    const services::AfterSalesDraft d = submittedDraft(domain::AfterSalesReason::MissingParts, QStringLiteral("SO-2025-0150"),
                                                       QStringLiteral("积木"), QStringLiteral("150"),
                                                       QStringLiteral("150"));
    const auto id = service.create(d);
    QVERIFY(id.ok());
    QVERIFY(service.submitForApproval(*id).ok());
    const QString number = service.get(*id)->number;

    ui::MainWindow window(m_world->fx.db(), m_world->agentA2);
    AfterSalesPane* pane = window.afterSalesPane();
    QVERIFY(pane);
    QSignalSpy alerts(pane->notifier(), &ui::AfterSalesNotifier::alert);
    QSignalSpy checked(pane->notifier(), &ui::AfterSalesNotifier::checked);
    QVERIFY(checked.wait(10000)); // MainWindow starts the notifier
    QCOMPARE(pane->notifier()->badgeCount(), 1);
    QCOMPARE(alerts.count(), 1);
    QVERIFY(alerts.first().at(1).toString().contains(number));
    const int row = int(window.panes().indexOf(pane));
    QCOMPARE(window.navigation()->item(row)->text(), QStringLiteral("After-Sales (1)"));
    // The same request is not announced twice; once approved the badge goes.
    pane->notifier()->check();
    QVERIFY(checked.wait(10000));
    QCOMPARE(alerts.count(), 1);
    QVERIFY(
        services::AfterSalesService(m_world->fx.db(), m_world->agentA2, &m_world->clock).approve(*id).ok());
    pane->notifier()->check();
    QVERIFY(checked.wait(10000));
    QCOMPARE(pane->notifier()->badgeCount(), 0);
    QCOMPARE(window.navigation()->item(row)->text(), QStringLiteral("After-Sales"));
}

void TestAfterSalesPane::evidenceIsAddedAndRemovedInTheDetail()
{
    // Returned for more information: the agent adds a photo in the detail, removes a wrong
    // one; once decided, the files no longer change.
    services::AfterSalesService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    const services::AfterSalesDraft d = submittedDraft(domain::AfterSalesReason::MissingParts, QStringLiteral("SO-2025-0188"),
                                                       QStringLiteral("拼图"), QStringLiteral("120"),
                                                       QStringLiteral("120"));
    const auto id = service.create(d);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QVERIFY(service.submitForApproval(*id).ok());
    services::AfterSalesService approver(m_world->fx.db(), m_world->agentA2, &m_world->clock);
    QVERIFY(approver.returnForInfo(*id, QStringLiteral("请补充缺件照片")).ok());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray photo = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(2048, 'p');
    const QString photoPath = dir.filePath(QStringLiteral("缺件照片.png"));
    const QString wrongPath = dir.filePath(QStringLiteral("wrong.png"));
    for (const QString& path : {photoPath, wrongPath}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(photo);
    }

    AfterSalesDetailWidget detail(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    detail.showRequest(*id);
    QVERIFY(detail.evidenceBox()->addButton()->isEnabled());
    QVERIFY(!detail.evidenceBox()->removeButton()->isEnabled()); // nothing to remove yet
    QSignalSpy changed(&detail, &AfterSalesDetailWidget::requestChanged);
    detail.evidenceBox()->addEvidenceFiles({photoPath, wrongPath});
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
    QCOMPARE(detail.evidenceBox()->list()->count(), 2);
    QCOMPARE(service.get(*id)->evidenceCount, 2);

    // Remove asks first; Cancel keeps the file.
    const auto files = [&] { return *service.evidence(*id); };
    const int wrongRow = files().at(0).fileName == QLatin1String("wrong.png") ? 0 : 1;
    detail.evidenceBox()->list()->setCurrentRow(wrongRow);
    QMessageBox* box = detail.evidenceBox()->removeSelectedEvidence();
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(files().size(), 2);
    detail.evidenceBox()->list()->setCurrentRow(wrongRow);
    box = detail.evidenceBox()->removeSelectedEvidence();
    QVERIFY(box);
    QAbstractButton* remove = nullptr;
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    QVERIFY(remove);
    remove->click();
    QCOMPARE(files().size(), 1);
    QCOMPARE(files().first().fileName, QStringLiteral("缺件照片.png"));
    QCOMPARE(*service.evidenceContent(files().first().id), photo);
    QCOMPARE(detail.evidenceBox()->list()->count(), 1);
    QCOMPARE(service.get(*id)->evidenceCount, 1);

    // Submitted again and approved: the evidence is part of the decision and stays.
    QVERIFY(service.submitForApproval(*id).ok());
    QVERIFY(approver.approve(*id).ok());
    detail.reload();
    QVERIFY(!detail.evidenceBox()->addButton()->isEnabled());
    QVERIFY(!detail.evidenceBox()->removeButton()->isEnabled());
    QVERIFY(!detail.evidenceBox()->removeSelectedEvidence());
    QVERIFY(detail.evidenceBox()->openButton()->isEnabled());
}

void TestAfterSalesPane::screenshot()
{
    // A user's look at the pane: an overdue request highlighted, its checklist on the right.
    // Set SW_AFTERSALES_SCREENSHOT to a folder to keep the PNGs (and SW_AFTERSALES_LANGUAGE=zh_CN).
    if (const QString language = qEnvironmentVariable("SW_AFTERSALES_LANGUAGE"); !language.isEmpty())
        QVERIFY(sw::ui::installTranslations(*qApp, language));
    services::AfterSalesService service(m_world->fx.db(), m_world->agentA2, &m_world->clock);
    services::AfterSalesDraft d;
    d.kind = domain::AfterSalesKind::Exchange;
    d.reason = domain::AfterSalesReason::WrongItem;
    d.reasonText = QStringLiteral("收到的尺码是 M，下单的是 L");
    d.orderNo = QStringLiteral("SO-2025-0555");
    d.deliveredOn = QDate(2025, 2, 27);
    d.itemName = QStringLiteral("运动袜 5 双装");
    d.evidenceCount = 1;
    d.amount = QStringLiteral("59.90");
    d.orderTotal = QStringLiteral("59.90");
    const auto id = service.create(d);
    QVERIFY(id.ok());
    QVERIFY(service.submitForApproval(*id).ok());
    m_world->clock.advanceSecs(26 * 3600);

    AfterSalesPane pane(m_world->fx.db(), m_world->leadA, &m_world->clock);
    pane.resize(1500, 820);
    pane.show();
    pane.setCurrentView(services::AfterSalesView::All);
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.model()->overdueCount(), 1);
    QVERIFY(pane.countLabel()->text().contains(QStringLiteral("1")));
    pane.selectRequest(*id);
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.selectedRequestId(), *id);
    // Another row selected and the table scrolled to the due column, so the highlight shows.
    pane.tableView()->selectRow(pane.model()->rowOfId(*id) == 0 ? 1 : 0);
    pane.tableView()->scrollTo(pane.model()->index(0, int(services::AfterSalesColumn::Due)));
    const QImage image = pane.grab().toImage();
    QVERIFY(!image.isNull());
    const QString folder = qEnvironmentVariable("SW_AFTERSALES_SCREENSHOT");
    if (!folder.isEmpty()) {
        QVERIFY(image.save(folder + QStringLiteral("/aftersales-pane.png")));
        AfterSalesRequestDialog dialog(m_world->fx.db(), m_world->agentA1, &m_world->clock);
        dialog.show();
        QVERIFY(dialog.grab().toImage().save(folder + QStringLiteral("/aftersales-dialog.png")));
    }
}

QTEST_MAIN(TestAfterSalesPane)
#include "tst_aftersalespane.moc"
