// TicketService: merge/unmerge, attachments, canned replies and satisfaction ratings.

#include "clock.h"
#include "services/settingsservice.h"
#include "services/ticketquery.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::TicketStatus;

class TestTicketServiceExtras : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mergeUnmergeRoundTrip();
    void mergeRefusals_data();
    void mergeRefusals();
    void attachmentRoundTrip();
    void attachmentLimitIsConfigurable();
    void tamperedAttachmentDetected();
    void cannedRepliesCrudAndExpansion();
    void satisfactionOncePerResolution();

private:
    QString createOwned(const Actor& owner, const QString& subject = QStringLiteral("物流延误"));
    Ticket load(const QString& id) { return *m_world->service(m_world->manager).get(id); }
    static QVariantList snapshot(const Ticket& t);

    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestTicketServiceExtras::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTicketServiceExtras::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestTicketServiceExtras::cleanup()
{
    m_world.reset();
}

QString TestTicketServiceExtras::createOwned(const Actor& owner, const QString& subject)
{
    TicketDraft d = swtest::TicketWorld::draft(subject);
    d.ownerId = owner.userId;
    auto id = m_world->service(m_world->manager).create(d);
    if (!id)
        qFatal("create failed: %s", qPrintable(id.message()));
    return *id;
}

// Every stored fact of a ticket except updated_at (which a merge and its undo move on).
QVariantList TestTicketServiceExtras::snapshot(const Ticket& t)
{
    return {t.n, t.id, t.number, int(t.kind), int(t.channel), t.subject, t.customerName, t.customerPhone, t.orderNo,
            t.merchantName, int(t.priority), int(t.status), t.ownerId, t.ownerName, t.teamId, t.receivedAt,
            t.firstResponseDue, t.resolutionDue, t.nextDue, t.nextWarn, t.paused, t.specialCase, t.body,
            t.customerId, t.customerEmail, t.merchantId, t.specialReason, t.firstResponseAt, t.resolvedAt,
            t.closedAt, t.pausedSince, t.pausedSecs, t.csatAttitude, t.csatEfficiency, t.csatResult, t.csatComment,
            t.csatAt, t.mergedInto, t.mergedIntoNumber, t.createdAt};
}

void TestTicketServiceExtras::mergeUnmergeRoundTrip()
{
    swtest::TicketWorld& w = *m_world;
    TicketService agent = w.service(w.agentA1);
    const QString source = createOwned(w.agentA1, QStringLiteral("重复：物流延误"));
    const QString target = createOwned(w.agentA1);
    w.clock.advanceSecs(600);
    QVERIFY(agent.reply(source, QStringLiteral("已联系快递")).ok());
    QVERIFY(agent.addNote(source, QStringLiteral("快递单号待确认")).ok());
    w.clock.advanceSecs(600);
    QVERIFY(agent.changeStatus(source, TicketStatus::PendingCustomer).ok());
    const QVariantList before = snapshot(load(source));
    const QVariantList targetBefore = snapshot(load(target));
    const int sourceEvents = agent.timeline(source)->size();
    const int targetEvents = agent.timeline(target)->size();

    w.clock.advanceSecs(3600);
    QVERIFY(agent.merge(source, target).ok());
    const Ticket merged = load(source);
    const Ticket t = load(target);
    QCOMPARE(merged.mergedInto, target);
    QCOMPARE(merged.mergedIntoNumber, t.number);
    QCOMPARE(merged.status, TicketStatus::Closed);
    QVERIFY(!merged.nextDue.isValid());
    // The target's timeline shows the source's events, flagged with its number.
    auto timeline = agent.timeline(target);
    QVERIFY(timeline.ok());
    QCOMPARE(timeline->size(), targetEvents + sourceEvents + 2); // + a Merge event on each
    int flagged = 0;
    for (const TicketEvent& e : *timeline) {
        if (e.ticketId == source) {
            QCOMPARE(e.data.value(QStringLiteral("fromTicket")).toString(), merged.number);
            ++flagged;
        } else {
            QVERIFY(!e.data.contains(QStringLiteral("fromTicket")));
        }
    }
    QCOMPARE(flagged, sourceEvents + 1);
    QCOMPARE(timeline->last().kind, TicketEventKind::Merge);
    // Hidden from the queue unless asked for.
    TicketQuery query(w.fx.db(), w.manager, &w.clock);
    TicketFilter f;
    QCOMPARE(*query.count(f), 1);
    f.includeMerged = true;
    QCOMPARE(*query.count(f), 2);
    // Closed for edits, with a message pointing to the target.
    const Status edit = agent.reply(source, QStringLiteral("还能回复吗"));
    QCOMPARE(edit.code(), ErrorCode::InvalidInput);
    QVERIFY2(edit.message().contains(t.number), qPrintable(edit.message()));

    w.clock.advanceSecs(3600);
    QVERIFY(agent.unmerge(source).ok());
    QCOMPARE(snapshot(load(source)), before);
    QCOMPARE(snapshot(load(target)), targetBefore);
    QCOMPARE(agent.timeline(target)->size(), targetEvents + 2); // its own Merge and Unmerge
    QCOMPARE(agent.timeline(source)->last().kind, TicketEventKind::Unmerge);
    f.includeMerged = false;
    QCOMPARE(*query.count(f), 2);
    QCOMPARE(agent.unmerge(source).code(), ErrorCode::InvalidInput); // not merged any more
}

void TestTicketServiceExtras::mergeRefusals_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("into itself") << QStringLiteral("self") << QStringLiteral("itself");
    QTest::newRow("into a merged ticket") << QStringLiteral("into merged") << QStringLiteral("itself merged");
    QTest::newRow("source already merged") << QStringLiteral("source merged") << QStringLiteral("already merged");
    QTest::newRow("source has merged tickets") << QStringLiteral("has children") << QStringLiteral("Undo");
}

void TestTicketServiceExtras::mergeRefusals()
{
    QFETCH(QString, which);
    QFETCH(QString, messagePart);
    swtest::TicketWorld& w = *m_world;
    TicketService agent = w.service(w.agentA1);
    const QString a = createOwned(w.agentA1);
    const QString b = createOwned(w.agentA1);
    const QString c = createOwned(w.agentA1);
    QVERIFY(agent.merge(a, b).ok()); // a → b
    const QList<qint64> before = w.writeCounts();
    Status r;
    if (which == QLatin1String("self"))
        r = agent.merge(c, c);
    else if (which == QLatin1String("into merged"))
        r = agent.merge(c, a);
    else if (which == QLatin1String("source merged"))
        r = agent.merge(a, c);
    else
        r = agent.merge(b, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
    QCOMPARE(w.writeCounts(), before);
}

void TestTicketServiceExtras::attachmentRoundTrip()
{
    swtest::TicketWorld& w = *m_world;
    const QString id = createOwned(w.agentA1);
    TicketService agent = w.service(w.agentA1);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(300, '\x01');
    const QDateTime at = w.clock.now();
    auto info = agent.addAttachment(id, QStringLiteral("/home/someone/截图.png"), png);
    QVERIFY2(info.ok(), qPrintable(info.message()));
    QCOMPARE(info->fileName, QStringLiteral("截图.png")); // no directories stored
    QCOMPARE(info->mimeType, QStringLiteral("image/png"));
    QCOMPARE(info->size, qint64(png.size()));
    QCOMPARE(info->sha256, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(info->addedAt, at);

    auto text = agent.addAttachment(id, QStringLiteral("说明.txt"), QByteArray("纯文本说明"));
    QVERIFY(text.ok());
    QCOMPARE(text->mimeType, QStringLiteral("text/plain"));

    auto list = w.service(w.leadA).attachments(id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->first().id, info->id);
    QCOMPARE(list->first().sha256, info->sha256);
    QCOMPARE(list->first().addedByName, w.agentA1.displayName);
    auto content = w.service(w.leadA).attachmentContent(info->id);
    QVERIFY(content.ok());
    QCOMPARE(*content, png);
    QCOMPARE(w.service(w.auditor).attachmentContent(info->id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(w.service(w.agentB1).attachmentContent(info->id).code(), ErrorCode::PermissionDenied);

    auto events = agent.timeline(id);
    const TicketEvent& e = events->at(events->size() - 2);
    QCOMPARE(e.kind, TicketEventKind::Attachment);
    QCOMPARE(e.data.value(QStringLiteral("attachment")).toString(), info->id);
    // The bytes stay out of the outbox JSON and the audit log.
    QCOMPARE(w.fx.count(QStringLiteral("sync_outbox WHERE table_name = 'attachments'")), 2);
    QVERIFY(w.fx.scalar(QStringLiteral("SELECT MAX(length(fields_json)) FROM sync_outbox WHERE table_name = "
                                       "'attachments'"))
                .toInt() < 600);
    QCOMPARE(w.fx.count(QStringLiteral("audit_log WHERE entity = 'attachments' AND after_json LIKE ?"),
                        {QStringLiteral("%") + info->sha256 + QStringLiteral("%")}),
             1);
}

void TestTicketServiceExtras::attachmentLimitIsConfigurable()
{
    swtest::TicketWorld& w = *m_world;
    const QString id = createOwned(w.agentA1);
    TicketService agent = w.service(w.agentA1);
    QCOMPARE(agent.maxAttachmentBytes(), TicketService::kDefaultMaxAttachmentBytes);
    QVERIFY(SettingsService(w.fx.db(), w.admin, &w.clock).set(QStringLiteral("tickets.max_attachment_bytes"),
                                                               QStringLiteral("1048576"))
                .ok());
    QCOMPARE(agent.maxAttachmentBytes(), qint64(1048576));
    const QList<qint64> before = w.writeCounts();
    auto tooBig = agent.addAttachment(id, QStringLiteral("big.bin"), QByteArray(1048577, 'z'));
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.code(), ErrorCode::InvalidInput);
    QVERIFY2(tooBig.message().contains(QStringLiteral("at most 1 MB")), qPrintable(tooBig.message()));
    QCOMPARE(w.writeCounts(), before);
    QVERIFY(agent.addAttachment(id, QStringLiteral("fits.bin"), QByteArray(1048576, 'z')).ok());
}

void TestTicketServiceExtras::tamperedAttachmentDetected()
{
    swtest::TicketWorld& w = *m_world;
    const QString id = createOwned(w.agentA1);
    auto info = w.service(w.agentA1).addAttachment(id, QStringLiteral("证据.jpg"), QByteArray("original bytes"));
    QVERIFY(info.ok());
    QVERIFY(w.fx.exec(QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"),
                      {QByteArray("forged bytes!!"), info->id}));
    auto content = w.service(w.agentA1).attachmentContent(info->id);
    QVERIFY(!content.ok());
    QCOMPARE(content.code(), ErrorCode::Conflict);
    QVERIFY(content.message().contains(QStringLiteral("证据.jpg")));
    QCOMPARE(w.service(w.agentA1).attachmentContent(QStringLiteral("nope")).code(), ErrorCode::NotFound);
}

void TestTicketServiceExtras::cannedRepliesCrudAndExpansion()
{
    swtest::TicketWorld& w = *m_world;
    TicketService lead = w.service(w.leadA);
    auto id = lead.saveCannedReply(CannedReply{
        {},
        QStringLiteral("发货催促"),
        QStringLiteral("{customer_name}您好，订单{order_no}（工单{ticket_no}）已由{agent_name}跟进。{unknown}")});
    QVERIFY2(id.ok(), qPrintable(id.message()));
    auto list = w.service(w.agentA1).cannedReplies();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().title, QStringLiteral("发货催促"));

    const QString ticket = createOwned(w.agentA1);
    const Ticket t = load(ticket);
    auto text = w.service(w.agentA1).expandCannedReply(*id, ticket);
    QVERIFY(text.ok());
    QCOMPARE(*text, QStringLiteral("陈小姐您好，订单SO-2025-0001（工单%1）已由张三跟进。{unknown}").arg(t.number));

    // A value that looks like a placeholder is not expanded again.
    TicketDraft d = swtest::TicketWorld::draft();
    d.customerName = QStringLiteral("{order_no}");
    d.ownerId = w.agentA1.userId;
    auto odd = w.service(w.manager).create(d);
    QVERIFY(odd.ok());
    QVERIFY(w.service(w.agentA1).expandCannedReply(*id, *odd)->startsWith(QStringLiteral("{order_no}您好，订单SO-")));

    QVERIFY(lead.saveCannedReply(CannedReply{*id, QStringLiteral("催促发货"), QStringLiteral("新内容")}).ok());
    QCOMPARE(lead.cannedReplies()->first().title, QStringLiteral("催促发货"));
    QCOMPARE(lead.cannedReplies()->first().body, QStringLiteral("新内容"));
    QVERIFY(lead.removeCannedReply(*id).ok());
    QVERIFY(lead.cannedReplies()->isEmpty());
    QCOMPARE(lead.removeCannedReply(*id).code(), ErrorCode::NotFound);
    QCOMPARE(w.service(w.agentA1).expandCannedReply(*id, ticket).code(), ErrorCode::NotFound);
}

void TestTicketServiceExtras::satisfactionOncePerResolution()
{
    swtest::TicketWorld& w = *m_world;
    TicketService agent = w.service(w.agentA1);
    const QString id = createOwned(w.agentA1);
    QVERIFY(agent.changeStatus(id, TicketStatus::Resolved).ok());
    w.clock.advanceSecs(120);
    QVERIFY(agent.rate(id, 4, 5, 3, QStringLiteral("处理及时")).ok());
    Ticket t = load(id);
    QCOMPARE(t.csatAttitude, 4);
    QCOMPARE(t.csatEfficiency, 5);
    QCOMPARE(t.csatResult, 3);
    QCOMPARE(t.csatComment, QStringLiteral("处理及时"));
    QCOMPARE(t.csatAt, w.clock.now());
    auto events = agent.timeline(id);
    QCOMPARE(events->last().kind, TicketEventKind::Satisfaction);
    QCOMPARE(events->last().data.value(QStringLiteral("efficiency")).toInt(), 5);
    QCOMPARE(agent.rate(id, 1, 1, 1, {}).code(), ErrorCode::Conflict);

    // Reopened and resolved again: a new round may be rated.
    w.clock.advanceSecs(3600);
    QVERIFY(agent.changeStatus(id, TicketStatus::Open).ok());
    QCOMPARE(agent.rate(id, 1, 1, 1, {}).code(), ErrorCode::InvalidInput); // not resolved now
    w.clock.advanceSecs(3600);
    QVERIFY(agent.changeStatus(id, TicketStatus::Resolved).ok());
    w.clock.advanceSecs(60);
    QVERIFY(agent.rate(id, 2, 2, 2, {}).ok());
    QCOMPARE(load(id).csatAttitude, 2);
    // Closed tickets can be rated too (if not yet rated this round), but not by strangers.
    QVERIFY(agent.changeStatus(id, TicketStatus::Closed).ok());
    QCOMPARE(w.service(w.agentB1).rate(id, 3, 3, 3, {}).code(), ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestTicketServiceExtras)
#include "tst_ticketservice_extras.moc"
