// MerchantDocuments: required sets per category, the checklist with expired and expiring
// documents, refusals at submission, scan types by content and size, and the table's JSON.

#include "domain/merchantdocuments.h"

#include <QtTest>

using namespace sw::domain;

namespace {

const QDate kToday(2026, 11, 28);

MerchantDocument doc(DocumentKind kind, QDate validUntil = {}, QString number = QStringLiteral("No. 1"))
{
    return MerchantDocument{kind, std::move(number), validUntil, true, false};
}

QList<MerchantDocument> basicSet()
{
    return {doc(DocumentKind::BusinessLicence, QDate(2030, 1, 1)), doc(DocumentKind::TaxRegistration),
            doc(DocumentKind::LegalRepId, QDate(2035, 5, 1))};
}

} // namespace

class TestMerchantDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredSetsPerCategory()
    {
        const MerchantDocuments d = MerchantDocuments::defaults();
        using K = DocumentKind;
        const QList<K> basic{K::BusinessLicence, K::TaxRegistration, K::LegalRepId};
        QCOMPARE(d.required({QStringLiteral("apparel")}), basic); // no set of its own: the default
        QCOMPARE(d.required({}), basic);
        const QList<K> food = basic + QList<K>{K::IndustryPermit};
        QCOMPARE(d.required({QStringLiteral("food")}), food);
        const QList<K> foodBrand = food + QList<K>{K::BrandAuthorisation};
        QCOMPARE(d.required({QStringLiteral("food"), QStringLiteral("brand_flagship")}), foodBrand);
    }

    void checklistFlagsExpiredAndExpiring()
    {
        const MerchantDocuments d = MerchantDocuments::defaults();
        QList<MerchantDocument> docs = basicSet();
        docs[0].validUntil = kToday.addDays(30); // expiring within 30 days
        docs[2].validUntil = kToday.addDays(-1); // expired yesterday
        docs << doc(DocumentKind::BrandAuthorisation, kToday.addDays(31)); // extra, not expiring
        const QList<DocumentCheck> rows = d.checklist({QStringLiteral("cosmetics")}, docs, kToday);
        QCOMPARE(rows.size(), 5);
        QVERIFY(rows[0].present && rows[0].expiringSoon && !rows[0].expired);
        QVERIFY(rows[1].present && !rows[1].expiringSoon); // long-term
        QVERIFY(rows[2].expired && !rows[2].expiringSoon);
        QVERIFY(rows[3].required && !rows[3].present); // the cosmetics permit is missing
        QVERIFY(!rows[4].required && rows[4].present && !rows[4].expiringSoon);
    }

    void submissionRefusals()
    {
        const MerchantDocuments d = MerchantDocuments::defaults();
        QVERIFY(d.validateSubmission({QStringLiteral("apparel")}, basicSet(), kToday));

        auto missing = d.validateSubmission({QStringLiteral("food")}, basicSet(), kToday);
        QVERIFY(!missing);
        QVERIFY2(missing.message().contains(QStringLiteral("Industry permit")), qPrintable(missing.message()));

        QList<MerchantDocument> expired = basicSet();
        expired[0].validUntil = kToday.addDays(-1);
        auto e = d.validateSubmission({}, expired, kToday);
        QVERIFY(!e);
        QVERIFY2(e.message().contains(QStringLiteral("expired")), qPrintable(e.message()));
        expired[0].validUntil = kToday; // valid until today is still valid
        QVERIFY(d.validateSubmission({}, expired, kToday));

        QList<MerchantDocument> noScan = basicSet();
        noScan[1].hasScan = false;
        QVERIFY(d.validateSubmission({}, noScan, kToday).message().contains(QStringLiteral("scan")));
        QList<MerchantDocument> noNumber = basicSet();
        noNumber[1].number = QStringLiteral("  ");
        QVERIFY(d.validateSubmission({}, noNumber, kToday).message().contains(QStringLiteral("number")));
    }

    void scans()
    {
        QCOMPARE(*MerchantDocuments::scanType(QStringLiteral("a.png"), QByteArray("\x89PNG\r\n\x1a\n....", 12)),
                 QStringLiteral("image/png"));
        QCOMPARE(*MerchantDocuments::scanType(QStringLiteral("a.jpg"), QByteArray("\xFF\xD8\xFF\xE0....", 8)),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(*MerchantDocuments::scanType(QStringLiteral("licence.pdf"), QByteArrayLiteral("%PDF-1.7\n...")),
                 QStringLiteral("application/pdf"));
        // The name does not decide: a renamed text file is refused.
        const auto renamed = MerchantDocuments::scanType(QStringLiteral("licence.pdf"), QByteArrayLiteral("hello"));
        QVERIFY(!renamed);
        QCOMPARE(renamed.code(), sw::ErrorCode::InvalidInput);
        QVERIFY(!MerchantDocuments::scanType(QStringLiteral("empty.png"), {}));
        const QByteArray big = QByteArrayLiteral("%PDF-") + QByteArray(2000, 'x');
        QVERIFY(!MerchantDocuments::scanType(QStringLiteral("big.pdf"), big, 1000));
        QVERIFY(MerchantDocuments::scanType(QStringLiteral("big.pdf"), big, 2005));
    }

    void json()
    {
        const MerchantDocuments d = MerchantDocuments::defaults();
        const auto back = MerchantDocuments::fromJson(d.toJson());
        QVERIFY2(back, qPrintable(back.message()));
        QVERIFY(*back == d);
        QJsonObject bad = d.toJson();
        bad.insert(QStringLiteral("default"), QJsonArray{QStringLiteral("passport")});
        QVERIFY(MerchantDocuments::fromJson(bad).message().contains(QStringLiteral("passport")));
        QJsonObject newer = d.toJson();
        newer.insert(QStringLiteral("version"), 2);
        QVERIFY(!MerchantDocuments::fromJson(newer));
    }
};

QTEST_GUILESS_MAIN(TestMerchantDocuments)
#include "tst_merchantdocuments.moc"
