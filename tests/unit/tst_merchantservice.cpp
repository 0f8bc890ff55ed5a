// MerchantService on a real encrypted database: submission with its checks (nothing saved
// on bad input), the review workflow with four-eyes and the paused due clock, documents,
// duplicates, permissions and the generation of periodic re-reviews.

#include "clock.h"
#include "merchanttestsupport.h"
#include "services/calendarservice.h"
#include "services/merchantservice.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::DocumentKind;
using domain::MerchantAppAction;
using domain::MerchantAppStatus;

class TestMerchantService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void submitStoresEverything();
    void badInputSavesNothing_data();
    void badInputSavesNothing();
    void workflowWithFourEyes();
    void infoRequestPausesTheDueClock();
    void calendarChangeMovesOpenDueTimes();
    void rejectNeedsReason();
    void permissions();
    void documentsReplaceAndVerify();
    void duplicatesAcrossMerchants();
    void rereviewOnAnniversary();
    void rereviewBeforeDocumentExpires();

private:
    QString submit(int n, const Actor& who);
    std::unique_ptr<swtest::MerchantWorld> m_world;
};

void TestMerchantService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMerchantService::init()
{
    m_world = std::make_unique<swtest::MerchantWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    // Tuesday 4 March 2025, 10:00 Beijing time.
    m_world->clock.set(QDateTime(QDate(2025, 3, 4), QTime(2, 0), Qt::UTC));
}

void TestMerchantService::cleanup()
{
    m_world.reset();
}

QString TestMerchantService::submit(int n, const Actor& who)
{
    auto id = m_world->merchants(who).submit(swtest::MerchantWorld::draft(n));
    if (!id)
        qWarning("submit failed: %s (%s)", qPrintable(id.message()), qPrintable(id.error().detail));
    return id ? *id : QString();
}

void TestMerchantService::submitStoresEverything()
{
    const QString id = submit(1, m_world->auditor);
    QVERIFY(!id.isEmpty());
    auto r = m_world->merchants(m_world->manager).get(id);
    QVERIFY(r);
    QCOMPARE(r->status, MerchantAppStatus::Submitted);
    QVERIFY(r->number.startsWith(QStringLiteral("MR-20250304-")));
    QCOMPARE(r->creditCode, swtest::MerchantWorld::creditCode(1));
    QCOMPARE(r->contactPhone, QStringLiteral("13800130001"));
    // Due three business days later: Friday 7 March, 10:00 Beijing.
    QCOMPARE(r->dueAt, QDateTime(QDate(2025, 3, 7), QTime(2, 0), Qt::UTC));
    QCOMPARE(r->docsExpireOn, QDate(2030, 12, 31));
    QCOMPARE(m_world->fx.count(QStringLiteral("merchants WHERE id = ? AND name = ?"), {r->merchantId, r->legalName}), 1);
    auto docs = m_world->merchants(m_world->auditor).documents(id);
    QVERIFY(docs);
    QCOMPARE(docs->size(), 3);
    QCOMPARE(docs->at(0).kind, DocumentKind::BusinessLicence);
    QCOMPARE(docs->at(1).mimeType, QStringLiteral("application/pdf"));
    auto scan = m_world->merchants(m_world->auditor).scanContent(docs->at(0).id);
    QVERIFY(scan);
    QCOMPARE(*scan, swtest::MerchantWorld::png());
    // The scan is in the database but not in the outbox or audit log.
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'merchant_documents' AND fields_json LIKE "
                                              "'%content%'")),
             0);
    auto events = m_world->merchants(m_world->auditor).events(id);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->at(0).action, QStringLiteral("submitted"));
    QCOMPARE(events->at(0).actorName, QStringLiteral("审核员"));
    auto check = m_world->merchants(m_world->auditor).checklist(id);
    QVERIFY(check);
    for (const domain::DocumentCheck& c : *check)
        QVERIFY(!c.required || c.present);
}

void TestMerchantService::badInputSavesNothing_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("credit code too short") << 0;
    QTest::newRow("credit code check digit") << 1;
    QTest::newRow("legal name empty") << 2;
    QTest::newRow("resident id invalid") << 3;
    QTest::newRow("required document missing") << 4;
    QTest::newRow("document expired") << 5;
    QTest::newRow("scan of unsupported type") << 6;
    QTest::newRow("scan over the size limit") << 7;
    QTest::newRow("unknown category") << 8;
    QTest::newRow("permit missing for food") << 9;
}

void TestMerchantService::badInputSavesNothing()
{
    QFETCH(int, which);
    submit(1, m_world->auditor); // something to stay unchanged
    const QList<qint64> before = m_world->merchantCounts();
    MerchantApplicationDraft d = swtest::MerchantWorld::draft(2);
    switch (which) {
    case 0:
        d.creditCode = QStringLiteral("91110105");
        break;
    case 1: {
        QString code = d.creditCode;
        code[17] = code.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        d.creditCode = code;
        break;
    }
    case 2:
        d.legalName = QStringLiteral("   ");
        break;
    case 3:
        d.legalRepId = QStringLiteral("110105198506150001");
        if (domain::MerchantIdentity::validateResidentId(d.legalRepId))
            d.legalRepId = QStringLiteral("110105198506150002");
        break;
    case 4:
        d.documents.removeAt(1);
        break;
    case 5:
        d.documents[0].validUntil = QDate(2025, 3, 3);
        break;
    case 6:
        d.documents[0].content = QByteArrayLiteral("just some text, not a scan");
        break;
    case 7:
        d.documents[0].content = swtest::MerchantWorld::pdf() + QByteArray(11 * 1024 * 1024, 'x');
        break;
    case 8:
        d.categories = {QStringLiteral("weapons")};
        break;
    case 9:
        d.categories = {QStringLiteral("food")};
        break;
    }
    auto id = m_world->merchants(m_world->auditor).submit(d);
    QVERIFY(!id);
    QCOMPARE(id.code(), ErrorCode::InvalidInput);
    QVERIFY(!id.message().isEmpty());
    QCOMPARE(m_world->merchantCounts(), before);
}

void TestMerchantService::workflowWithFourEyes()
{
    const QString id = submit(1, m_world->auditor);
    auto a1 = m_world->merchants(m_world->auditor);
    auto a2 = m_world->merchants(m_world->auditor2);
    QVERIFY(a1.take(id));
    // Only the first reviewer works it now.
    auto notMine = a2.firstApprove(id, {});
    QCOMPARE(notMine.code(), ErrorCode::PermissionDenied);
    QVERIFY(a1.firstApprove(id, QStringLiteral("材料齐全")));
    QCOMPARE(a1.get(id)->status, MerchantAppStatus::SecondReview);
    // Four-eyes: the first reviewer cannot do the second review.
    const QList<qint64> before = m_world->merchantCounts();
    auto same = a1.secondApprove(id, {});
    QCOMPARE(same.code(), ErrorCode::SeparationOfDuty);
    QCOMPARE(m_world->merchantCounts(), before);
    QCOMPARE(*a1.allowedActions(id), QList<MerchantAppAction>{});
    QVERIFY(a2.allowedActions(id)->contains(MerchantAppAction::SecondApprove));
    QVERIFY(a2.secondApprove(id, QStringLiteral("复核通过")));
    auto r = a1.get(id);
    QCOMPARE(r->status, MerchantAppStatus::Approved);
    QCOMPARE(r->firstReviewerId, m_world->auditor.userId);
    QCOMPARE(r->secondReviewerId, m_world->auditor2.userId);
    QVERIFY(!r->dueAt.isValid());
    QVERIFY(r->decidedAt.isValid());
    QStringList actions;
    const auto events = a1.events(id);
    for (const MerchantReviewEvent& e : *events)
        actions << e.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("submitted"), QStringLiteral("taken"),
                                   QStringLiteral("first_approved"), QStringLiteral("approved")}));
    // Nothing more happens to a decided review.
    QCOMPARE(a2.reject(id, domain::MerchantRejectReason::Other, QStringLiteral("x")).code(),
             ErrorCode::IllegalTransition);
}

void TestMerchantService::infoRequestPausesTheDueClock()
{
    const QString id = submit(1, m_world->auditor);
    auto a1 = m_world->merchants(m_world->auditor);
    QVERIFY(a1.take(id));
    // Wednesday 10:00 Beijing: information requested; no due time while waiting.
    m_world->clock.set(QDateTime(QDate(2025, 3, 5), QTime(2, 0), Qt::UTC));
    QCOMPARE(a1.requestInfo(id, domain::InfoRequestReason::MissingDocument, QString()).code(),
             ErrorCode::InvalidInput);
    QVERIFY(a1.requestInfo(id, domain::InfoRequestReason::UnclearScan, QStringLiteral("营业执照扫描件不清晰")));
    auto waiting = a1.get(id);
    QCOMPARE(waiting->status, MerchantAppStatus::InfoRequested);
    QVERIFY(!waiting->dueAt.isValid());
    QCOMPARE(m_world->fx.scalar(QStringLiteral("SELECT due_at FROM merchant_reviews WHERE id = ?"), {id}).isNull(), true);
    // Thursday 10:00: answered — one working day waited, so due Monday 10 March 10:00.
    m_world->clock.set(QDateTime(QDate(2025, 3, 6), QTime(2, 0), Qt::UTC));
    QVERIFY(a1.infoReceived(id, QStringLiteral("已重新上传")));
    auto back = a1.get(id);
    QCOMPARE(back->status, MerchantAppStatus::InReview);
    QCOMPARE(back->dueAt, QDateTime(QDate(2025, 3, 10), QTime(2, 0), Qt::UTC));
    auto events = a1.events(id);
    QCOMPARE(events->at(2).action, QStringLiteral("info_requested"));
    QCOMPARE(events->at(2).reason, QStringLiteral("unclear_scan"));
    QCOMPARE(events->at(2).text, QStringLiteral("营业执照扫描件不清晰"));
}

void TestMerchantService::calendarChangeMovesOpenDueTimes()
{
    const QString id = submit(1, m_world->auditor); // due Friday 7 March 10:00 Beijing
    QCOMPARE(m_world->merchants(m_world->auditor).get(id)->dueAt, QDateTime(QDate(2025, 3, 7), QTime(2, 0), Qt::UTC));
    // The administrator makes Thursday 6 March a holiday: the review is due a working day later.
    CalendarService calendar(m_world->fx.db(), m_world->admin, &m_world->clock);
    QVERIFY(calendar.setDay(QDate(2025, 3, 6), CalendarDayType::Holiday, QStringLiteral("临时放假")));
    QCOMPARE(m_world->merchants(m_world->auditor).get(id)->dueAt, QDateTime(QDate(2025, 3, 10), QTime(2, 0), Qt::UTC));
    // due_at is local derived data: it never travels in the outbox.
    QCOMPARE(m_world->fx.count(QStringLiteral("sync_outbox WHERE table_name = 'merchant_reviews' AND fields_json LIKE "
                                              "'%due_at%'")),
             0);
}

void TestMerchantService::rejectNeedsReason()
{
    const QString id = submit(1, m_world->auditor);
    auto a1 = m_world->merchants(m_world->auditor);
    QVERIFY(a1.take(id));
    const QList<qint64> before = m_world->merchantCounts();
    QCOMPARE(a1.reject(id, domain::MerchantRejectReason::FalseInformation, QStringLiteral("  ")).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(m_world->merchantCounts(), before);
    QVERIFY(a1.reject(id, domain::MerchantRejectReason::FalseInformation, QStringLiteral("营业执照与工商登记不符")));
    auto r = a1.get(id);
    QCOMPARE(r->status, MerchantAppStatus::Rejected);
    QCOMPARE(r->rejectReason, domain::MerchantRejectReason::FalseInformation);
    QCOMPARE(r->rejectText, QStringLiteral("营业执照与工商登记不符"));
}

void TestMerchantService::permissions()
{
    const QList<qint64> before = m_world->merchantCounts();
    for (const Actor& who : {m_world->agentA1, m_world->leadA, m_world->manager, m_world->admin, m_world->trainer})
        QCOMPARE(m_world->merchants(who).submit(swtest::MerchantWorld::draft(5)).code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_world->merchantCounts(), before);
    const QString id = submit(1, m_world->auditor);
    QVERIFY(m_world->merchants(m_world->manager).get(id));
    QVERIFY(m_world->merchants(m_world->admin).events(id));
    QCOMPARE(m_world->merchants(m_world->agentA1).get(id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_world->merchants(m_world->trainer).documents(id).code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_world->merchants(m_world->manager).take(id).code(), ErrorCode::PermissionDenied);
}

void TestMerchantService::documentsReplaceAndVerify()
{
    const QString id = submit(1, m_world->auditor);
    auto a1 = m_world->merchants(m_world->auditor);
    auto a2 = m_world->merchants(m_world->auditor2);
    QVERIFY(a1.take(id));
    const MerchantDocumentDraft licence{DocumentKind::BusinessLicence, QStringLiteral("BL-NEW"), QDate(2026, 1, 31),
                                        QStringLiteral("licence-new.pdf"), swtest::MerchantWorld::pdf()};
    QCOMPARE(a2.addDocument(id, licence).code(), ErrorCode::PermissionDenied);
    auto added = a1.addDocument(id, licence);
    QVERIFY2(added, qPrintable(added.message()));
    auto docs = a1.documents(id);
    QCOMPARE(docs->size(), 3); // replaced, not added
    QCOMPARE(docs->at(0).number, QStringLiteral("BL-NEW"));
    QCOMPARE(a1.get(id)->docsExpireOn, QDate(2026, 1, 31));
    QCOMPARE(a2.setVerified(added->id, true).code(), ErrorCode::PermissionDenied);
    QVERIFY(a1.setVerified(added->id, true));
    QVERIFY(a1.documents(id)->at(0).verified);
    const auto bad = a1.addDocument(id, {DocumentKind::IndustryPermit, QStringLiteral("P-1"), {},
                                         QStringLiteral("permit.txt"), QByteArrayLiteral("hello")});
    QCOMPARE(bad.code(), ErrorCode::InvalidInput);
    QCOMPARE(a1.documents(id)->size(), 3);
}

void TestMerchantService::duplicatesAcrossMerchants()
{
    const QString first = submit(1, m_world->auditor);
    MerchantApplicationDraft other = swtest::MerchantWorld::draft(2);
    other.contactPhone = QStringLiteral("+86 138-0013-0001"); // merchant 1's phone, typed differently
    other.bankAccount = QStringLiteral("6222 0210 0000 0001"); // and its bank account
    auto second = m_world->merchants(m_world->auditor).submit(other);
    QVERIFY(second);
    auto dups = m_world->merchants(m_world->auditor).duplicates(*second);
    QVERIFY(dups);
    QCOMPARE(dups->size(), 2);
    QSet<domain::IdentityField> fields;
    for (const MerchantDuplicate& d : *dups) {
        fields << d.field;
        QCOMPARE(d.reviewId, first);
    }
    QCOMPARE(fields, (QSet<domain::IdentityField>{domain::IdentityField::Phone, domain::IdentityField::BankAccount}));
    QCOMPARE(m_world->merchants(m_world->auditor).duplicates(first)->size(), 2);
    // The same merchant applying again (same credit code) is the same merchant, not a duplicate.
    auto again = m_world->merchants(m_world->auditor).submit(swtest::MerchantWorld::draft(3));
    QVERIFY(again);
    QVERIFY(m_world->merchants(m_world->auditor).duplicates(*again)->isEmpty());
    auto reapply = m_world->merchants(m_world->auditor).submit(swtest::MerchantWorld::draft(3));
    QVERIFY(reapply);
    QCOMPARE(m_world->merchants(m_world->auditor).get(*reapply)->merchantId,
             m_world->merchants(m_world->auditor).get(*again)->merchantId);
    QVERIFY(m_world->merchants(m_world->auditor).duplicates(*reapply)->isEmpty());
}

void TestMerchantService::rereviewOnAnniversary()
{
    const QString id = submit(1, m_world->auditor);
    auto a1 = m_world->merchants(m_world->auditor);
    auto a2 = m_world->merchants(m_world->auditor2);
    QVERIFY(a1.take(id));
    QVERIFY(a1.firstApprove(id, {}));
    QVERIFY(a2.secondApprove(id, {})); // approved on 4 March 2025
    QCOMPARE(*a1.generateRereviews(QDate(2026, 3, 3)), 0);
    m_world->clock.set(QDateTime(QDate(2026, 3, 4), QTime(2, 0), Qt::UTC));
    QCOMPARE(*a1.generateRereviews(QDate(2026, 3, 4)), 1);
    QCOMPARE(*a2.generateRereviews(QDate(2026, 3, 5)), 0); // open already
    const QString rereview = m_world->fx.scalar(QStringLiteral("SELECT id FROM merchant_reviews WHERE kind = 'rereview'")).toString();
    auto r = a1.get(rereview);
    QVERIFY(r);
    QCOMPARE(r->status, MerchantAppStatus::Submitted);
    QCOMPARE(r->rereviewCause, domain::RereviewCause::Anniversary);
    QCOMPARE(r->merchantId, a1.get(id)->merchantId);
    QCOMPARE(a1.documents(rereview)->size(), 3);
    QVERIFY(r->dueAt.isValid());
    QCOMPARE(a1.events(rereview)->at(0).action, QStringLiteral("rereview_created"));
}

void TestMerchantService::rereviewBeforeDocumentExpires()
{
    auto a1 = m_world->merchants(m_world->auditor);
    auto a2 = m_world->merchants(m_world->auditor2);
    auto id = a1.submit(swtest::MerchantWorld::draft(1, QDate(2025, 6, 30)));
    QVERIFY(id);
    QVERIFY(a1.take(*id));
    QVERIFY(a1.firstApprove(*id, {}));
    QVERIFY(a2.secondApprove(*id, {}));
    QCOMPARE(*a1.generateRereviews(QDate(2025, 5, 30)), 0);
    QCOMPARE(*a1.generateRereviews(QDate(2025, 5, 31)), 1); // 30 days before 30 June
    auto r = a1.get(m_world->fx.scalar(QStringLiteral("SELECT id FROM merchant_reviews WHERE kind = 'rereview'")).toString());
    QCOMPARE(r->rereviewCause, domain::RereviewCause::DocumentExpiring);
}

QTEST_GUILESS_MAIN(TestMerchantService)
#include "tst_merchantservice.moc"
