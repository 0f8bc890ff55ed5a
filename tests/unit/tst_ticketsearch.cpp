// Full-text search through TicketService (indexing inside each write) and TicketQuery
// (the MATCH filter): on ~300 generated tickets with Chinese, mixed and number text in
// subjects, bodies, replies, notes and customer messages, every query's result set must
// equal the reference — SearchText::containsTerm over the ticket's concatenated texts
// (ticketSearchText) — with no missed and no false matches.

#include "clock.h"
#include "domain/searchtext.h"
#include "services/ticketquery.h"
#include "services/ticketservice.h"
#include "services/ticketsupport.h"
#include "tickettestsupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::SearchText;

class TestTicketSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void chineseSubstrings();
    void latinWordsNumbersAndMixed();
    void ticketAndOrderNumbers();
    void phoneDigitsFoundByOwner();
    void newTextSearchableRightAway();
    void unsearchableQueryRefused();

private:
    struct Doc
    {
        QString id;
        QString number;
        QString subject, body, customerName, phone, orderNo, merchant;
        QStringList messages;
        QString text() const
        {
            return ticketSearchText(number, subject, body, customerName, phone, orderNo, merchant, messages);
        }
    };
    QString randomText(int fragments);
    QSet<QString> found(const QString& query, const Actor& actor);
    QSet<QString> expected(const QString& query) const;
    void compareTerms(const QStringList& terms, int* hits, int* misses);

    std::unique_ptr<swtest::TicketWorld> m_world;
    QRandomGenerator m_rng{4242};
    QList<Doc> m_docs;
};

static const QStringList kFragments{
    QStringLiteral("快递一直没有更新"), QStringLiteral("物流信息停在分拣中心"), QStringLiteral("申请退款"),
    QStringLiteral("发票抬头写错了"),   QStringLiteral("外包装破损"),           QStringLiteral("客服态度很好"),
    QStringLiteral("商品质量有问题"),   QStringLiteral("尺码不合适想换货"),     QStringLiteral("iPhone15手机壳"),
    QStringLiteral("华为Mate60"),       QStringLiteral("优惠券无法使用"),       QStringLiteral("满300减50"),
    QStringLiteral("7天无理由退货"),    QStringLiteral("双十一活动价"),         QStringLiteral("积分兑换失败"),
    QStringLiteral("会员等级"),         QStringLiteral("A4打印纸"),             QStringLiteral("USB-C数据线"),
    QStringLiteral("2025年3月"),        QStringLiteral("第3次联系"),            QStringLiteral("服务态度"),
    QStringLiteral("效率太低"),         QStringLiteral("已解决"),               QStringLiteral("Refund please"),
    QStringLiteral("order delayed"),    QStringLiteral("颜色和图片不一致"),     QStringLiteral("赠品没有收到"),
    QStringLiteral("安装师傅没来"),     QStringLiteral("电池续航差"),           QStringLiteral("屏幕有划痕"),
};
static const QStringList kSeparators{QStringLiteral("，"), QStringLiteral("。"), QStringLiteral(" "),
                                     QString(), QStringLiteral("！"), QStringLiteral("、"), QStringLiteral("\n")};

void TestTicketSearch::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    swtest::TicketWorld& w = *m_world;
    TicketService manager = w.service(w.manager);
    const QStringList names{QStringLiteral("陈小姐"), QStringLiteral("王建国"), QStringLiteral("Alice Wang"),
                            QStringLiteral("欧阳娜娜"), QStringLiteral("李雷")};
    const QStringList merchants{QStringLiteral("好物旗舰店"), QStringLiteral("数码专营店"), QStringLiteral("Acme Store"),
                                QString()};
    const QList<Actor> owners{w.agentA1, w.agentA2, w.leadA};
    for (int i = 0; i < 300; ++i) {
        Doc doc;
        TicketDraft d;
        d.subject = randomText(1 + m_rng.bounded(2)).left(200);
        d.body = randomText(2 + m_rng.bounded(4));
        d.customerName = names.at(m_rng.bounded(names.size()));
        d.customerPhone = QStringLiteral("139 %1 %2").arg(1000 + i).arg(5000 + m_rng.bounded(4000));
        d.orderNo = QStringLiteral("SO-2025-%1").arg(i, 4, 10, QLatin1Char('0'));
        d.merchantName = merchants.at(m_rng.bounded(merchants.size()));
        d.ownerId = owners.at(i % owners.size()).userId;
        auto id = manager.create(d);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        doc.id = *id;
        doc.number = manager.get(*id)->number;
        doc.subject = d.subject.trimmed();
        doc.body = d.body;
        doc.customerName = d.customerName;
        doc.phone = d.customerPhone;
        doc.orderNo = d.orderNo;
        doc.merchant = d.merchantName;
        // Replies, notes and customer messages, in timeline order.
        const int extra = m_rng.bounded(4);
        for (int k = 0; k < extra; ++k) {
            const QString text = randomText(1 + m_rng.bounded(3));
            Status s;
            switch (m_rng.bounded(3)) {
            case 0:
                s = manager.reply(*id, text);
                break;
            case 1:
                s = manager.addNote(*id, text);
                break;
            default:
                s = manager.addCustomerMessage(*id, text);
                break;
            }
            QVERIFY2(s.ok(), qPrintable(s.message()));
            doc.messages << text;
        }
        if (i % 17 == 0) // a triage rewrites the document without changing its text
            QVERIFY(manager.triage(*id, domain::TicketKind::Complaint, domain::TicketPriority::High, false, {}).ok());
        m_docs << doc;
    }
}

void TestTicketSearch::cleanupTestCase()
{
    m_world.reset();
}

QString TestTicketSearch::randomText(int fragments)
{
    QString out;
    for (int i = 0; i < fragments; ++i) {
        if (i > 0)
            out += kSeparators.at(m_rng.bounded(kSeparators.size()));
        out += kFragments.at(m_rng.bounded(kFragments.size()));
    }
    return out;
}

QSet<QString> TestTicketSearch::found(const QString& query, const Actor& actor)
{
    TicketFilter f;
    f.search = query;
    f.includeMerged = true;
    // Both ways a search runs (hit by hit, and an ordered scan over the set of hits) must
    // find the same tickets, and the count must agree with them.
    QSet<QString> out;
    for (qint64 drive : {qint64(0), qint64(1) << 40}) {
        TicketQuery q(m_world->fx.db(), actor, &m_world->clock);
        q.setDriveFromHitsMax(drive);
        auto rows = q.page(f, {}, 0, 10000);
        auto count = q.count(f);
        if (!rows || !count)
            return {QStringLiteral("<error: %1>").arg(rows ? count.message() : rows.message())};
        QSet<QString> found;
        for (const TicketRow& r : *rows)
            found.insert(r.id);
        if (*count != found.size())
            return {QStringLiteral("<count %1 for %2 rows>").arg(*count).arg(found.size())};
        if (drive > 0 && found != out)
            return {QStringLiteral("<the two ways of searching disagree>")};
        out = found;
    }
    return out;
}

QSet<QString> TestTicketSearch::expected(const QString& query) const
{
    QSet<QString> out;
    for (const Doc& d : m_docs) {
        if (SearchText::containsTerm(d.text(), query))
            out.insert(d.id);
    }
    return out;
}

void TestTicketSearch::compareTerms(const QStringList& terms, int* hits, int* misses)
{
    for (const QString& term : terms) {
        const QSet<QString> want = expected(term);
        const QSet<QString> got = found(term, m_world->manager);
        if (got != want) {
            const QSet<QString> missed = want - got;
            const QSet<QString> extra = got - want;
            QFAIL(qPrintable(QStringLiteral("query “%1”: %2 missed, %3 false matches (of %4 expected)")
                                 .arg(term)
                                 .arg(missed.size())
                                 .arg(extra.size())
                                 .arg(want.size())));
        }
        (want.isEmpty() ? *misses : *hits) += 1;
    }
}

void TestTicketSearch::chineseSubstrings()
{
    // Substrings of 2–4 characters taken from the documents (so most hit, across
    // fragment and separator boundaries too), plus combinations that occur nowhere.
    QStringList terms;
    QRandomGenerator rng(7);
    while (terms.size() < 120) {
        const Doc& d = m_docs.at(rng.bounded(m_docs.size()));
        const QString source = d.messages.isEmpty() || rng.bounded(2) ? d.body : d.messages.first();
        const int len = 2 + rng.bounded(3);
        if (source.size() < len)
            continue;
        const QString term = source.mid(rng.bounded(source.size() - len + 1), len);
        bool allHan = true;
        for (QChar c : term)
            allHan = allHan && c.script() == QChar::Script_Han;
        if (allHan && !terms.contains(term))
            terms << term;
    }
    const QString pool = QStringLiteral("快递退款物流态度甲乙丙丁");
    for (int i = 0; i < 40; ++i) {
        QString term;
        const int len = 2 + rng.bounded(3);
        for (int k = 0; k < len; ++k)
            term += pool.at(rng.bounded(pool.size()));
        terms << term;
    }
    // Two terms at once (AND), and terms spanning a separator (must not match across it).
    terms << QStringLiteral("退款 快递") << QStringLiteral("破损，客服") << QStringLiteral("损客");
    int hits = 0;
    int misses = 0;
    compareTerms(terms, &hits, &misses);
    QVERIFY(hits > 60);
    QVERIFY(misses > 5);
}

void TestTicketSearch::latinWordsNumbersAndMixed()
{
    const QStringList terms{
        QStringLiteral("iphone15"), QStringLiteral("iPhone"), QStringLiteral("IPHONE15手机"), QStringLiteral("手机壳"),
        QStringLiteral("mate60"),   QStringLiteral("Mate"),   QStringLiteral("华为Mate"),      QStringLiteral("为Mate60"),
        QStringLiteral("usb"),      QStringLiteral("USB-C"),  QStringLiteral("c数据线"),       QStringLiteral("a4"),
        QStringLiteral("A4打印"),   QStringLiteral("refund"), QStringLiteral("please"),        QStringLiteral("delay"),
        QStringLiteral("elayed"),   QStringLiteral("2025"),   QStringLiteral("2025年3月"),     QStringLiteral("300"),
        QStringLiteral("满300减"),  QStringLiteral("50"),     QStringLiteral("7天"),           QStringLiteral("3"),
        QStringLiteral("第3次"),    QStringLiteral("acme"),   QStringLiteral("alice wang"),    QStringLiteral("ＵＳＢ"),
        QStringLiteral("xyzzy"),    QStringLiteral("60"),     QStringLiteral("15"),            QStringLiteral("旗舰店"),
    };
    int hits = 0;
    int misses = 0;
    compareTerms(terms, &hits, &misses);
    QVERIFY(hits > 20);
    QVERIFY(misses >= 3); // "elayed", "xyzzy", "60"/"15" are not word starts
}

void TestTicketSearch::ticketAndOrderNumbers()
{
    QRandomGenerator rng(99);
    for (int i = 0; i < 10; ++i) {
        const Doc& d = m_docs.at(rng.bounded(m_docs.size()));
        for (const QString& query : {d.number, d.orderNo}) {
            const QSet<QString> got = found(query, m_world->manager);
            QVERIFY2(got.contains(d.id), qPrintable(query));
            QCOMPARE(got, expected(query));
        }
        QCOMPARE(found(d.number, m_world->manager).size(), 1); // a ticket number is unique
    }
}

void TestTicketSearch::phoneDigitsFoundByOwner()
{
    swtest::TicketWorld& w = *m_world;
    int checked = 0;
    for (const Doc& d : m_docs) {
        auto t = w.service(w.manager).get(d.id);
        if (t->ownerId != w.agentA1.userId)
            continue;
        const QString digits = phoneDigits(d.phone);
        TicketFilter f;
        f.search = digits;
        auto rows = TicketQuery(w.fx.db(), w.agentA1, &w.clock).page(f, {}, 0, 100);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().id, d.id);
        QCOMPARE(rows->first().customerPhone, d.phone); // the owner sees it whole
        if (++checked == 5)
            break;
    }
    QCOMPARE(checked, 5);
}

void TestTicketSearch::newTextSearchableRightAway()
{
    swtest::TicketWorld& w = *m_world;
    const Doc& d = m_docs.first();
    const QString word = QStringLiteral("独一无二的备注词");
    QVERIFY(found(QStringLiteral("一无二的备"), w.manager).isEmpty());
    QVERIFY(w.service(w.manager).addNote(d.id, word).ok());
    QCOMPARE(found(QStringLiteral("一无二的备"), w.manager), QSet<QString>{d.id});
    QVERIFY(w.service(w.manager).addCustomerMessage(d.id, QStringLiteral("zqxv9 客户补充")).ok());
    QCOMPARE(found(QStringLiteral("zqxv9"), w.manager), QSet<QString>{d.id});
    // Scope applies to searches too: agentB1 finds nothing of team A.
    QVERIFY(found(QStringLiteral("zqxv9"), w.agentB1).isEmpty());
}

void TestTicketSearch::unsearchableQueryRefused()
{
    TicketFilter f;
    f.search = QStringLiteral("退");
    auto r = TicketQuery(m_world->fx.db(), m_world->manager, &m_world->clock).count(f);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY(!r.message().isEmpty());
    f.search = QStringLiteral("，。！");
    QCOMPARE(TicketQuery(m_world->fx.db(), m_world->manager, &m_world->clock).count(f).code(),
             ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestTicketSearch)
#include "tst_ticketsearch.moc"
