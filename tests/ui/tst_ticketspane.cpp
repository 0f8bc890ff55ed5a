// The Tickets pane with real widgets on a real encrypted database, driven like a user:
// create a ticket, reply, resolve, rate, search; bad input saves nothing.

#include "support/servicefixture.h"
#include "uitestsupport.h"

#include "languages.h"
#include "newticketdialog.h"
#include "satisfactiondialog.h"
#include "services/ticketservice.h"
#include "services/userservice.h"
#include "ticketattachmentswidget.h"
#include "ticketdelegates.h"
#include "ticketdetailwidget.h"
#include "ticketqueuemodel.h"
#include "ticketspane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using sw::domain::Role;
using sw::domain::TicketStatus;
using sw::services::Actor;
using sw::ui::TicketsPane;
namespace domain = sw::domain;

namespace {

// QTest::keyClicks() only types Latin-1; this sends each character as a key event with
// its text, the way an input method delivers committed Chinese text.
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
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class TestTicketsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createTicketThroughTheDialog();
    void replyResolveAndRate();
    void searchFindsTheTicketByTwoChineseCharacters();
    void emptySubjectIsRefusedAndNothingIsSaved();
    void attachmentIsAddedOffTheGuiThread();
    void leadReassignsSelectedTickets();
    void columnChooserStateIsSaved();
    void screenshot();

private:
    swtest::IsolatedSettings m_settings;
    swtest::ServiceFixture m_fixture;
    Actor m_admin;
    Actor m_agent;
    QString m_ticketId;
};

void TestTicketsPane::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
    sw::services::UserService users(m_fixture.db(), m_admin);
    sw::services::UserDraft draft;
    draft.login = QStringLiteral("li.na");
    draft.displayName = QStringLiteral("李娜");
    draft.roles = {Role::Agent};
    const auto id = users.create(draft, QStringLiteral("agent-password"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    m_agent = Actor{*id, draft.login, draft.displayName, {}, draft.roles};

    // Some tickets of other customers so the new one has to be found among them (the
    // screenshot brings its own, more varied ones).
    sw::services::TicketService service(m_fixture.db(), m_admin);
    const int filler = qEnvironmentVariableIsEmpty("SW_TICKETS_SCREENSHOT") ? 30 : 0;
    for (int i = 0; i < filler; ++i) {
        sw::services::TicketDraft ticket;
        ticket.subject = QStringLiteral("物流查询 %1").arg(i);
        ticket.customerName = QStringLiteral("客户%1").arg(i);
        ticket.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 - i * 60);
        QVERIFY(service.create(ticket).ok());
    }
}

void TestTicketsPane::cleanupTestCase()
{
    m_fixture.destroy();
}

void TestTicketsPane::createTicketThroughTheDialog()
{
    TicketsPane pane(m_fixture.db(), m_agent);
    pane.resize(1400, 800);
    pane.show();
    QVERIFY(pane.waitForIdle());
    const int before = pane.model()->rowCount();

    sw::ui::NewTicketDialog* dialog = pane.openNewTicketDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing typed yet
    typeText(dialog->subjectEdit(), QStringLiteral("退货退款进度查询"));
    typeText(dialog->customerEdit(), QStringLiteral("王小明"));
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("13812345678"));
    QTest::keyClicks(dialog->orderEdit(), QStringLiteral("SO-778899"));
    typeText(dialog->bodyEdit(), QStringLiteral("客户来电询问退款什么时候到账。"));
    selectData(dialog->kindCombo(), domain::code(domain::TicketKind::Complaint));
    selectData(dialog->channelCombo(), domain::code(domain::TicketChannel::Email));
    QVERIFY(dialog->assignToMeBox()->isChecked()); // agents handle their own contacts
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    m_ticketId = dialog->createdId();
    QVERIFY(!m_ticketId.isEmpty());

    // The queue shows it (newest first) and the pane selects it.
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.model()->rowCount(), before + 1);
    QCOMPARE(pane.model()->idAt(0), m_ticketId);
    QCOMPARE(pane.selectedTicketId(), m_ticketId);
    QCOMPARE(pane.tableView()->currentIndex().row(), 0);
    QVERIFY(pane.detail()->headerLabel()->text().contains(QStringLiteral("退货退款进度查询")));
    QCOMPARE(pane.detail()->fieldLabel(QStringLiteral("kind"))->text(), domain::displayName(domain::TicketKind::Complaint));
    QCOMPARE(pane.detail()->fieldLabel(QStringLiteral("channel"))->text(), domain::displayName(domain::TicketChannel::Email));
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT owner_id FROM tickets WHERE id = ?"), {m_ticketId}).toString(),
             m_agent.userId);
}

void TestTicketsPane::replyResolveAndRate()
{
    QVERIFY(!m_ticketId.isEmpty());
    TicketsPane pane(m_fixture.db(), m_agent);
    pane.show();
    QVERIFY(pane.waitForIdle());
    pane.selectTicket(m_ticketId);
    QVERIFY(pane.waitForIdle());
    sw::ui::TicketDetailWidget* detail = pane.detail();
    QCOMPARE(detail->ticketId(), m_ticketId);

    // Reply.
    QVERIFY(detail->replyButton()->isChecked());
    QVERIFY(!detail->sendButton()->isEnabled()); // empty editor
    detail->editor()->setFocus();
    typeText(detail->editor(), QStringLiteral("您好，退款已受理，预计三个工作日到账。"));
    QVERIFY(detail->counterLabel()->text().contains(QLocale().toString(sw::services::TicketService::kMaxBodyChars)));
    QVERIFY(detail->sendButton()->isEnabled());
    QTest::mouseClick(detail->sendButton(), Qt::LeftButton);
    QVERIFY(detail->editor()->toPlainText().isEmpty());
    QVERIFY(detail->timelineView()->toPlainText().contains(QStringLiteral("预计三个工作日到账")));
    QCOMPARE(m_fixture.count(QStringLiteral("ticket_events WHERE ticket_id = ? AND kind = 'reply'"), {m_ticketId}), 1);

    // An internal note is marked as such.
    detail->noteButton()->click();
    typeText(detail->editor(), QStringLiteral("已联系财务加急"));
    QTest::mouseClick(detail->sendButton(), Qt::LeftButton);
    QCOMPARE(m_fixture.count(QStringLiteral("ticket_events WHERE ticket_id = ? AND kind = 'note'"), {m_ticketId}), 1);

    // Only legal transitions are offered; walk to Resolved through the offered buttons.
    QVERIFY(!detail->statusButtons().isEmpty());
    QVERIFY(!detail->statusButton(TicketStatus::Closed)); // never straight from New/Open
    QVERIFY(!detail->statusButton(TicketStatus::New));
    if (!detail->statusButton(TicketStatus::Resolved)) {
        QPushButton* open = detail->statusButton(TicketStatus::Open);
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
    }
    QVERIFY(!detail->statusButton(TicketStatus::Open) || detail->ticket()->status != TicketStatus::Open);
    QPushButton* resolve = detail->statusButton(TicketStatus::Resolved);
    QVERIFY(resolve);
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(detail->ticket()->status, TicketStatus::Resolved);
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {m_ticketId}).toString(),
             QStringLiteral("resolved"));
    QVERIFY(!detail->statusButton(TicketStatus::Resolved));
    QVERIFY(!detail->statusButton(TicketStatus::PendingCustomer));

    // Rate it.
    QVERIFY(detail->rateButton()->isVisible());
    QTest::mouseClick(detail->rateButton(), Qt::LeftButton);
    auto* rating = pane.findChild<sw::ui::SatisfactionDialog*>();
    QVERIFY(rating);
    QVERIFY(!rating->okButton()->isEnabled());
    rating->setScore(sw::ui::SatisfactionDialog::Attitude, 5);
    rating->setScore(sw::ui::SatisfactionDialog::Efficiency, 4);
    QVERIFY(!rating->okButton()->isEnabled()); // all three scales are required
    rating->setScore(sw::ui::SatisfactionDialog::Outcome, 3);
    typeText(rating->commentEdit(), QStringLiteral("处理及时"));
    QVERIFY(rating->okButton()->isEnabled());
    QTest::mouseClick(rating->okButton(), Qt::LeftButton);
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT csat_attitude || csat_efficiency || csat_result FROM tickets "
                                             "WHERE id = ?"),
                              {m_ticketId})
                 .toString(),
             QStringLiteral("543"));
    QVERIFY(!detail->rateButton()->isVisible()); // once per resolution
}

void TestTicketsPane::searchFindsTheTicketByTwoChineseCharacters()
{
    QVERIFY(!m_ticketId.isEmpty());
    TicketsPane pane(m_fixture.db(), m_agent);
    pane.show();
    QVERIFY(pane.waitForIdle());
    // The agent's "my open tickets" view would hide the resolved ticket.
    pane.setCurrentView(sw::services::TicketView::All);
    QVERIFY(pane.waitForIdle());

    // One Chinese character cannot be searched: the pane says why and keeps the rows.
    const int all = pane.model()->rowCount();
    QTest::keyClick(pane.searchEdit(), Qt::Key_F, Qt::ControlModifier);
    typeText(pane.searchEdit(), QStringLiteral("退"));
    pane.applySearchNow();
    QVERIFY(pane.waitForIdle());
    QVERIFY(!pane.searchProblemLabel()->isHidden());
    QVERIFY(!pane.searchProblemLabel()->text().isEmpty());
    QCOMPARE(pane.model()->rowCount(), all);

    // The second character makes it searchable (debounced: waitForIdle applies it).
    typeText(pane.searchEdit(), QStringLiteral("款"));
    QVERIFY(pane.waitForIdle());
    QVERIFY(pane.searchProblemLabel()->isHidden());
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->idAt(0), m_ticketId);
    auto* highlight = qobject_cast<sw::ui::HighlightDelegate*>(
        pane.tableView()->itemDelegateForColumn(int(sw::services::TicketColumn::Subject)));
    QVERIFY(highlight);
    QCOMPARE(highlight->terms(), QStringList{QStringLiteral("退款")});
    const auto hits = sw::ui::HighlightDelegate::matches(QStringLiteral("退货退款进度查询"), highlight->terms());
    QCOMPARE(hits, (QList<QPair<int, int>>{{2, 2}}));

    // Replies are searched too.
    pane.searchEdit()->clear();
    typeText(pane.searchEdit(), QStringLiteral("工作日"));
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.model()->rowCount(), 1);
}

void TestTicketsPane::emptySubjectIsRefusedAndNothingIsSaved()
{
    TicketsPane pane(m_fixture.db(), m_agent);
    pane.show();
    QVERIFY(pane.waitForIdle());
    const qint64 before = m_fixture.count(QStringLiteral("tickets"));
    sw::ui::NewTicketDialog* dialog = pane.openNewTicketDialog();
    typeText(dialog->customerEdit(), QStringLiteral("赵六"));
    typeText(dialog->bodyEdit(), QStringLiteral("没有标题的工单"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->messageLabel()->text().isEmpty());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    dialog->accept(); // even when forced, an invalid form is not saved
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->createdId().isEmpty());
    QCOMPARE(m_fixture.count(QStringLiteral("tickets")), before);

    // A subject of spaces only is no subject either.
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("   "));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->reject();
    QCOMPARE(m_fixture.count(QStringLiteral("tickets")), before);
}

void TestTicketsPane::attachmentIsAddedOffTheGuiThread()
{
    QVERIFY(!m_ticketId.isEmpty());
    TicketsPane pane(m_fixture.db(), m_admin);
    pane.show();
    pane.setCurrentView(sw::services::TicketView::All);
    QVERIFY(pane.waitForIdle());
    pane.selectTicket(m_ticketId);
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.selectedTicketId(), m_ticketId);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("收货照片.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("evidence");
    file.close();
    sw::ui::TicketAttachmentsWidget* attachments = pane.detail()->attachments();
    QSignalSpy changed(attachments, &sw::ui::TicketAttachmentsWidget::changed);
    attachments->addFile(path);
    QVERIFY(changed.wait(30000));
    QCOMPARE(attachments->list()->count(), 1);
    QVERIFY(attachments->list()->item(0)->text().contains(QStringLiteral("收货照片.txt")));
    QCOMPARE(m_fixture.count(QStringLiteral("attachments WHERE ticket_id = ?"), {m_ticketId}), 1);
}

void TestTicketsPane::leadReassignsSelectedTickets()
{
    sw::services::UserService users(m_fixture.db(), m_admin);
    const auto team = users.createTeam(QStringLiteral("售后一组"));
    QVERIFY2(team.ok(), qPrintable(team.message()));
    sw::services::UserDraft draft;
    draft.login = QStringLiteral("zhou.lead");
    draft.displayName = QStringLiteral("周主管");
    draft.teamId = *team;
    draft.roles = {Role::Lead};
    const auto leadId = users.create(draft, QStringLiteral("lead-password"));
    QVERIFY2(leadId.ok(), qPrintable(leadId.message()));
    draft.login = QStringLiteral("wu.agent");
    draft.displayName = QStringLiteral("吴客服");
    draft.roles = {Role::Agent};
    const auto agentId = users.create(draft, QStringLiteral("agent-password"));
    QVERIFY2(agentId.ok(), qPrintable(agentId.message()));
    const Actor lead{*leadId, QStringLiteral("zhou.lead"), QStringLiteral("周主管"), *team, {Role::Lead}};

    TicketsPane pane(m_fixture.db(), lead);
    pane.show();
    QVERIFY(pane.reassignAction()->isVisible());
    pane.setCurrentView(sw::services::TicketView::Unassigned);
    QVERIFY(pane.waitForIdle());
    QVERIFY(pane.model()->rowCount() >= 3);
    QStringList ids;
    QItemSelectionModel* selection = pane.tableView()->selectionModel();
    for (int row = 0; row < 3; ++row) {
        ids << pane.model()->idAt(row);
        selection->select(pane.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(pane.reassignAction()->isEnabled());
    QInputDialog* dialog = pane.openReassignDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->comboBoxItems().contains(QStringLiteral("吴客服")));
    dialog->setTextValue(QStringLiteral("吴客服"));
    dialog->accept();
    for (const QString& id : ids)
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT owner_id FROM tickets WHERE id = ?"), {id}).toString(), *agentId);
    // They left the "unassigned" view.
    QVERIFY(pane.waitForIdle());
    for (int row = 0; row < pane.model()->rowCount(); ++row) {
        pane.model()->data(pane.model()->index(row, 0));
    }
    QVERIFY(pane.waitForIdle());
    for (const QString& id : ids)
        QCOMPARE(pane.model()->rowOfId(id), -1);
}

void TestTicketsPane::columnChooserStateIsSaved()
{
    const int column = int(sw::services::TicketColumn::Merchant);
    {
        TicketsPane pane(m_fixture.db(), m_agent);
        QVERIFY(pane.tableView()->isColumnHidden(column)); // hidden by default
        pane.setColumnVisible(column, true); // what the header menu's checkbox does
        QVERIFY(!pane.tableView()->isColumnHidden(column));
        QVERIFY(pane.waitForIdle());
    }
    TicketsPane again(m_fixture.db(), m_agent);
    QVERIFY(!again.tableView()->isColumnHidden(column));
    QVERIFY(again.waitForIdle());
}

void TestTicketsPane::screenshot()
{
    const QString path = qEnvironmentVariable("SW_TICKETS_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set SW_TICKETS_SCREENSHOT=/path.png (and SW_TICKETS_LANGUAGE=zh_CN) to write a screenshot");
    if (const QString language = qEnvironmentVariable("SW_TICKETS_LANGUAGE"); !language.isEmpty())
        QVERIFY(sw::ui::installTranslations(*qApp, language));
    // Demo content across kinds, channels, priorities, owners and SLA states.
    sw::services::TicketService admin(m_fixture.db(), m_admin);
    sw::services::TicketService agent(m_fixture.db(), m_agent);
    struct Demo
    {
        const char* subject;
        const char* customer;
        const char* phone;
        const char* order;
        const char* merchant;
        domain::TicketKind kind;
        domain::TicketChannel channel;
        domain::TicketPriority priority;
        int hoursAgo;
        bool mine;
    };
    const Demo demos[] = {
        {"快递三天未更新物流信息", "陈静", "13912345678", "SO-20261125-0081", "优品生活馆", domain::TicketKind::Complaint,
         domain::TicketChannel::Phone, domain::TicketPriority::High, 30, true},
        {"收到的商品与描述不符，申请退货", "刘洋", "13698765432", "SO-20261126-1145", "潮流服饰旗舰店",
         domain::TicketKind::Complaint, domain::TicketChannel::Online, domain::TicketPriority::Urgent, 20, true},
        {"发票抬头填写错误如何修改", "周敏", "", "SO-20261127-0450", "数码先锋", domain::TicketKind::Inquiry,
         domain::TicketChannel::Email, domain::TicketPriority::Normal, 5, true},
        {"建议增加夜间配送时段", "吴磊", "", "", "", domain::TicketKind::Suggestion, domain::TicketChannel::Online,
         domain::TicketPriority::Low, 2, false},
        {"优惠券无法使用", "郑丽", "15012348888", "SO-20261128-0007", "家居好物", domain::TicketKind::Inquiry,
         domain::TicketChannel::Phone, domain::TicketPriority::Normal, 1, false},
        {"退款到账时间咨询", "王芳", "13511112222", "SO-20261124-0311", "母婴之家", domain::TicketKind::Inquiry,
         domain::TicketChannel::Phone, domain::TicketPriority::Normal, 26, true},
        {"客服回复态度差", "李强", "", "SO-20261120-0900", "优品生活馆", domain::TicketKind::Complaint,
         domain::TicketChannel::Email, domain::TicketPriority::High, 50, false},
        {"商品少发一件", "孙悦", "18600001111", "SO-20261127-0222", "零食铺子", domain::TicketKind::Complaint,
         domain::TicketChannel::Online, domain::TicketPriority::High, 12, true},
        {"希望支持分期付款", "马超", "", "", "数码先锋", domain::TicketKind::Suggestion, domain::TicketChannel::Email,
         domain::TicketPriority::Low, 40, false},
        {"修改收货地址", "胡静", "13700002222", "SO-20261128-0101", "潮流服饰旗舰店", domain::TicketKind::Inquiry,
         domain::TicketChannel::Online, domain::TicketPriority::Normal, 3, true},
        {"包裹显示已签收但未收到", "林涛", "13399998888", "SO-20261125-0666", "家居好物",
         domain::TicketKind::Complaint, domain::TicketChannel::Phone, domain::TicketPriority::Urgent, 19, false},
        {"会员积分没有到账", "高洁", "", "SO-20261126-0808", "母婴之家", domain::TicketKind::Inquiry,
         domain::TicketChannel::Online, domain::TicketPriority::Normal, 8, true},
    };
    QString selected;
    for (const Demo& demo : demos) {
        sw::services::TicketDraft draft;
        draft.subject = QString::fromUtf8(demo.subject);
        draft.customerName = QString::fromUtf8(demo.customer);
        draft.customerPhone = QString::fromUtf8(demo.phone);
        draft.orderNo = QString::fromUtf8(demo.order);
        draft.merchantName = QString::fromUtf8(demo.merchant);
        draft.kind = demo.kind;
        draft.channel = demo.channel;
        draft.priority = demo.priority;
        draft.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600LL * demo.hoursAgo);
        if (demo.mine)
            draft.ownerId = m_agent.userId;
        const auto id = (demo.mine ? agent : admin).create(draft);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        if (demo.hoursAgo == 20) {
            selected = *id;
            QVERIFY(agent.addCustomerMessage(*id, QStringLiteral("衣服颜色和图片差别很大，尺码也不对，我要退货。")).ok());
            QVERIFY(agent.reply(*id, QStringLiteral("您好，非常抱歉给您带来不便。请上传商品照片，我们将为您优先处理退货。")).ok());
            QVERIFY(agent.addNote(*id, QStringLiteral("商家已确认批次色差问题，可直接退款。")).ok());
        }
    }
    TicketsPane pane(m_fixture.db(), m_agent);
    pane.resize(1600, 860);
    pane.show();
    pane.setCurrentView(sw::services::TicketView::All);
    QVERIFY(pane.waitForIdle());
    pane.selectTicket(selected);
    QVERIFY(pane.waitForIdle());
    QCOMPARE(pane.selectedTicketId(), selected);
    QVERIFY(pane.grab().save(path));
}

QTEST_MAIN(TestTicketsPane)
#include "tst_ticketspane.moc"
