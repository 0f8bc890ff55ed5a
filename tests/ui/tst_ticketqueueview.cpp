// The ticket queue's table on a real encrypted database: the starting column layout,
// the column choice and order kept across instances, the delegates, the selected ids,
// and copying the selected rows as tab-separated text.

#include "support/servicefixture.h"
#include "uitestsupport.h"

#include "services/ticketservice.h"
#include "ticketdelegates.h"
#include "ticketqueuemodel.h"
#include "ticketqueueview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTest>

using sw::models::TicketQueueModel;
using sw::services::Actor;
using sw::services::TicketColumn;
using sw::ui::TicketQueueView;

class TestTicketQueueView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void startingLayout();
    void columnChoiceAndOrderAreKept();
    void delegatesHighlightAndDrawTheSlaCell();
    void selectedIdsAndCopy();

private:
    // A model with every row loaded (three tickets: one page).
    bool loadAll(TicketQueueModel& model);

    swtest::IsolatedSettings m_settings;
    swtest::ServiceFixture m_fixture;
    Actor m_admin;
    QStringList m_newestFirst;
};

void TestTicketQueueView::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
    sw::services::TicketService service(m_fixture.db(), m_admin);
    const QStringList subjects = {QStringLiteral("退款未到账"), QStringLiteral("发票抬头错误"),
                                  QStringLiteral("包裹破损")};
    for (int i = 0; i < subjects.size(); ++i) {
        sw::services::TicketDraft ticket;
        ticket.subject = subjects.at(i);
        ticket.customerName = QStringLiteral("客户%1").arg(i);
        ticket.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1));
        const auto id = service.create(ticket);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        m_newestFirst << *id; // received one hour earlier each time
    }
}

void TestTicketQueueView::init()
{
    QSettings().clear(); // every test starts from the default layout
}

void TestTicketQueueView::cleanupTestCase()
{
    m_fixture.destroy();
}

bool TestTicketQueueView::loadAll(TicketQueueModel& model)
{
    if (!model.waitForIdle())
        return false;
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, 0));
    return model.waitForIdle();
}

void TestTicketQueueView::startingLayout()
{
    TicketQueueModel model(m_fixture.db(), m_admin);
    TicketQueueView view(&model);
    // Less used columns hidden, the SLA state right after the number.
    const QList<TicketColumn> expected = {
        TicketColumn::Number,   TicketColumn::SlaState,  TicketColumn::Kind,     TicketColumn::Subject,
        TicketColumn::Customer, TicketColumn::OrderNo,   TicketColumn::Priority, TicketColumn::Status,
        TicketColumn::Owner,    TicketColumn::ReceivedAt};
    QCOMPARE(view.visibleColumns(), expected);
    for (TicketColumn column : {TicketColumn::Channel, TicketColumn::Merchant, TicketColumn::FirstResponseDue,
                                TicketColumn::ResolutionDue})
        QVERIFY(view.isColumnHidden(int(column)));
    // Newest first, rows of one height, whole rows selected, nothing edited in place.
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), int(TicketColumn::ReceivedAt));
    QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(view.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(view.editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(loadAll(model));
    QCOMPARE(model.idAt(0), m_newestFirst.first());
}

void TestTicketQueueView::columnChoiceAndOrderAreKept()
{
    QList<TicketColumn> arranged;
    {
        TicketQueueModel model(m_fixture.db(), m_admin);
        TicketQueueView view(&model);
        view.setColumnVisible(int(TicketColumn::Merchant), true);
        view.setColumnVisible(int(TicketColumn::Kind), false);
        // Dragging a header section: Subject to the front.
        QHeaderView* header = view.horizontalHeader();
        header->moveSection(header->visualIndex(int(TicketColumn::Subject)), 0);
        arranged = view.visibleColumns();
        QCOMPARE(arranged.first(), TicketColumn::Subject);
        QVERIFY(arranged.contains(TicketColumn::Merchant));
        QVERIFY(!arranged.contains(TicketColumn::Kind));
        QVERIFY(model.waitForIdle());
    }
    TicketQueueModel model(m_fixture.db(), m_admin);
    TicketQueueView again(&model);
    QCOMPARE(again.visibleColumns(), arranged);
    QVERIFY(model.waitForIdle());
}

void TestTicketQueueView::delegatesHighlightAndDrawTheSlaCell()
{
    TicketQueueModel model(m_fixture.db(), m_admin);
    TicketQueueView view(&model);
    auto* highlight =
        qobject_cast<sw::ui::HighlightDelegate*>(view.itemDelegateForColumn(int(TicketColumn::Subject)));
    QVERIFY(highlight);
    for (TicketColumn column : {TicketColumn::Customer, TicketColumn::Number, TicketColumn::OrderNo})
        QCOMPARE(view.itemDelegateForColumn(int(column)), highlight);
    QVERIFY(qobject_cast<sw::ui::SlaDelegate*>(view.itemDelegateForColumn(int(TicketColumn::SlaState))));
    QVERIFY(highlight->terms().isEmpty());
    view.setSearchTerms({QStringLiteral("退款")});
    QCOMPARE(highlight->terms(), QStringList{QStringLiteral("退款")});
    QVERIFY(model.waitForIdle());
}

void TestTicketQueueView::selectedIdsAndCopy()
{
    TicketQueueModel model(m_fixture.db(), m_admin);
    TicketQueueView view(&model);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 3);

    QApplication::clipboard()->setText(QStringLiteral("before"));
    QVERIFY(view.selectedIds().isEmpty());
    QVERIFY(!view.copySelection());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));

    // Selected bottom-up: copied top-down.
    QItemSelectionModel* selection = view.selectionModel();
    selection->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList ids = view.selectedIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()),
             (QSet<QString>{m_newestFirst.at(0), m_newestFirst.at(2)}));

    view.setColumnVisible(int(TicketColumn::Owner), false);
    QVERIFY(view.copySelection());
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    // Visible columns only, in the model's column order.
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (!view.isColumnHidden(column))
            titles << model.headerData(column, Qt::Horizontal).toString();
    }
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')), titles);
    QVERIFY(!titles.contains(TicketQueueModel::columnTitle(TicketColumn::Owner)));
    const int subject = int(titles.indexOf(TicketQueueModel::columnTitle(TicketColumn::Subject)));
    QVERIFY(subject >= 0);
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(subject), QStringLiteral("退款未到账"));
    QCOMPARE(lines.at(2).split(QLatin1Char('\t')).at(subject), QStringLiteral("包裹破损"));
}

QTEST_MAIN(TestTicketQueueView)
#include "tst_ticketqueueview.moc"
