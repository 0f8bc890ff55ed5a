// AfterSalesService evidence files: add / list / open / remove, the request's
// evidence_count kept equal to the live files, bad files refused with nothing saved (the
// ticket attachment checks and size limit), permissions per role, changes refused once a
// decision is under way, and the content BLOB kept out of the outbox and audit log.

#include "clock.h"
#include "domain/aftersalesenums.h"
#include "services/aftersalesservice.h"
#include "services/settingsservice.h"
#include "services/syncedtables.h"
#include "services/ticketservice.h"
#include "tickettestsupport.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::AfterSalesKind;
using domain::AfterSalesReason;
using domain::AfterSalesStatus;

class TestAfterSalesEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createWithFiles();
    void addListOpenRemove();
    void badFilesRefusedNothingSaved_data();
    void badFilesRefusedNothingSaved();
    void badFileInDraftRefusesCreate();
    void permissionsPerRole();
    void changesRefusedAfterSubmission();
    void declaredWithoutContent();

private:
    AfterSalesService service(const Actor& a) { return AfterSalesService(m_world->fx.db(), a, &m_world->clock); }
    AfterSalesDraft draft() const;
    int storedCount(const QString& id);
    QList<qint64> counts();
    static QByteArray png();

    std::unique_ptr<swtest::TicketWorld> m_world;
};

void TestAfterSalesEvidence::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAfterSalesEvidence::init()
{
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
}

void TestAfterSalesEvidence::cleanup()
{
    m_world.reset();
}

AfterSalesDraft TestAfterSalesEvidence::draft() const
{
    AfterSalesDraft d;
    d.kind = AfterSalesKind::Refund;
    d.reason = AfterSalesReason::QualityProblem;
    d.reasonText = QStringLiteral("外壳有裂纹");
    d.orderNo = QStringLiteral("SO-2025-0001");
    d.deliveredOn = QDate(2025, 2, 26);
    d.itemName = QStringLiteral("保温杯");
    d.evidence = {AfterSalesFile{QStringLiteral("crack.png"), png()}};
    d.amount = QStringLiteral("150.00");
    d.orderTotal = QStringLiteral("¥500.00");
    return d;
}

QByteArray TestAfterSalesEvidence::png()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

int TestAfterSalesEvidence::storedCount(const QString& id)
{
    auto r = service(m_world->manager).get(id);
    if (!r)
        qFatal("get failed: %s", qPrintable(r.message()));
    return r->evidenceCount;
}

QList<qint64> TestAfterSalesEvidence::counts()
{
    QList<qint64> out;
    for (const char* table : {"aftersales_requests", "aftersales_evidence", "sync_outbox", "audit_log"})
        out << m_world->fx.count(QString::fromLatin1(table));
    return out;
}

void TestAfterSalesEvidence::createWithFiles()
{
    AfterSalesDraft d = draft();
    d.evidenceCount = 7; // ignored: the files count
    d.evidence << AfterSalesFile{QStringLiteral("/tmp/somewhere/report.txt"), QByteArray("检验报告")};
    auto id = service(m_world->agentA1).create(d);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(storedCount(*id), 2);
    auto files = service(m_world->auditor).evidence(*id);
    QVERIFY2(files.ok(), qPrintable(files.message()));
    QCOMPARE(files->size(), 2);
    QCOMPARE(files->at(0).fileName, QStringLiteral("crack.png"));
    QCOMPARE(files->at(0).mimeType, QStringLiteral("image/png"));
    QCOMPARE(files->at(1).fileName, QStringLiteral("report.txt")); // the base name only
    QCOMPARE(files->at(1).addedById, m_world->agentA1.userId);
    auto bytes = service(m_world->auditor).evidenceContent(files->at(0).id);
    QVERIFY2(bytes.ok(), qPrintable(bytes.message()));
    QCOMPARE(*bytes, png());
    // One outbox record per file, without the bytes.
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'aftersales_evidence'")), qint64(2));
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE fields_json LIKE '%\"content\"%'")), qint64(0));
}

void TestAfterSalesEvidence::addListOpenRemove()
{
    auto id = service(m_world->agentA1).create(draft());
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(storedCount(*id), 1);

    const QByteArray video("not really a video");
    auto added = service(m_world->leadA).addEvidence(*id, QStringLiteral("unboxing.mp4"), video);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(added->size, qint64(video.size()));
    QCOMPARE(storedCount(*id), 2);
    auto bytes = service(m_world->agentA2).evidenceContent(added->id);
    QVERIFY2(bytes.ok(), qPrintable(bytes.message()));
    QCOMPARE(*bytes, video);

    auto first = service(m_world->agentA1).evidence(*id);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 2);
    QVERIFY2(service(m_world->agentA1).removeEvidence(first->at(0).id).ok(), "remove");
    QCOMPARE(storedCount(*id), 1);
    QCOMPARE(service(m_world->agentA1).evidence(*id)->size(), 1);
    QCOMPARE(service(m_world->agentA1).evidenceContent(first->at(0).id).code(), ErrorCode::NotFound);
    QCOMPARE(service(m_world->agentA1).removeEvidence(first->at(0).id).code(), ErrorCode::NotFound);
    // Each step is audited.
    QCOMPARE(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'aftersales.evidence.add'")) > 0, true);
    QCOMPARE(m_world->fx.count(QStringLiteral("audit_log WHERE action = 'aftersales.evidence.remove'")) > 0, true);
}

void TestAfterSalesEvidence::badFilesRefusedNothingSaved_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QStringLiteral("a.png") << QByteArray();
    QTest::newRow("no name") << QStringLiteral("  ") << QByteArray("x");
    QTest::newRow("long name") << QString(300, QLatin1Char('n')) << QByteArray("x");
    QTest::newRow("too large") << QStringLiteral("big.bin") << QByteArray(1048577, 'z');
}

void TestAfterSalesEvidence::badFilesRefusedNothingSaved()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QVERIFY(SettingsService(m_world->fx.db(), m_world->admin, &m_world->clock)
                .set(QStringLiteral("tickets.max_attachment_bytes"), QStringLiteral("1048576"))
                .ok());
    auto id = service(m_world->agentA1).create(draft());
    QVERIFY2(id.ok(), qPrintable(id.message()));
    const QList<qint64> before = counts();
    auto added = service(m_world->agentA1).addEvidence(*id, name, content);
    QVERIFY(!added.ok());
    QCOMPARE(added.code(), ErrorCode::InvalidInput);
    QVERIFY(!added.message().isEmpty());
    QCOMPARE(counts(), before);
    QCOMPARE(storedCount(*id), 1);
}

void TestAfterSalesEvidence::badFileInDraftRefusesCreate()
{
    AfterSalesDraft d = draft();
    d.evidence << AfterSalesFile{QStringLiteral("empty.jpg"), QByteArray()};
    const QList<qint64> before = counts();
    auto id = service(m_world->agentA1).create(d);
    QCOMPARE(id.code(), ErrorCode::InvalidInput);
    QCOMPARE(counts(), before);

    // A quality claim without files (and no typed count) still needs evidence.
    d.evidence.clear();
    QCOMPARE(service(m_world->agentA1).create(d).code(), ErrorCode::InvalidInput);
    QCOMPARE(counts(), before);
}

void TestAfterSalesEvidence::permissionsPerRole()
{
    auto id = service(m_world->agentA1).create(draft());
    QVERIFY2(id.ok(), qPrintable(id.message()));
    const QString evidenceId = service(m_world->agentA1).evidence(*id)->first().id;
    const QList<qint64> before = counts();
    for (const Actor* a : {&m_world->admin, &m_world->auditor, &m_world->trainer}) {
        QCOMPARE(service(*a).addEvidence(*id, QStringLiteral("x.txt"), "x").code(), ErrorCode::PermissionDenied);
        QCOMPARE(service(*a).removeEvidence(evidenceId).code(), ErrorCode::PermissionDenied);
    }
    QCOMPARE(counts(), before);
    // Admins and auditors read; trainers do not.
    QVERIFY(service(m_world->admin).evidenceContent(evidenceId).ok());
    QVERIFY(service(m_world->auditor).evidence(*id).ok());
    QCOMPARE(service(m_world->trainer).evidence(*id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service(m_world->trainer).evidenceContent(evidenceId).code(), ErrorCode::PermissionDenied);
    // Any handler may add, also on another agent's request.
    QVERIFY(service(m_world->agentB1).addEvidence(*id, QStringLiteral("b.txt"), "b").ok());
    QVERIFY(service(m_world->manager).addEvidence(*id, QStringLiteral("m.txt"), "m").ok());
    QCOMPARE(storedCount(*id), 3);
}

void TestAfterSalesEvidence::changesRefusedAfterSubmission()
{
    auto id = service(m_world->agentA1).create(draft());
    QVERIFY2(id.ok(), qPrintable(id.message()));
    const QString evidenceId = service(m_world->agentA1).evidence(*id)->first().id;
    auto status = service(m_world->agentA1).submitForApproval(*id);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(*status, AfterSalesStatus::AwaitingApproval);

    const QList<qint64> before = counts();
    QCOMPARE(service(m_world->agentA1).addEvidence(*id, QStringLiteral("late.txt"), "late").code(),
             ErrorCode::Conflict);
    QCOMPARE(service(m_world->agentA1).removeEvidence(evidenceId).code(), ErrorCode::Conflict);
    QCOMPARE(counts(), before);
    QCOMPARE(storedCount(*id), 1);

    // Returned for information: evidence may change again.
    QVERIFY(service(m_world->leadA).returnForInfo(*id, QStringLiteral("请补充开箱视频")).ok());
    QVERIFY(service(m_world->agentA1).addEvidence(*id, QStringLiteral("unboxing.mp4"), "video").ok());
    QVERIFY(service(m_world->agentA1).removeEvidence(evidenceId).ok());
    QCOMPARE(storedCount(*id), 1);
}

void TestAfterSalesEvidence::declaredWithoutContent()
{
    declareAllSyncedTables();
    const SyncedTable* t = SyncedTables::find(AfterSalesService::kEvidence);
    QVERIFY(t);
    QVERIFY(t->fields.contains(QStringLiteral("sha256")));
    QVERIFY(t->fields.contains(QStringLiteral("request_id")));
    QVERIFY(!t->fields.contains(QStringLiteral("content")));
}

QTEST_GUILESS_MAIN(TestAfterSalesEvidence)
#include "tst_aftersalesevidence.moc"
