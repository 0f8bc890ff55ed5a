// SlaPolicy: the regulation's defaults, JSON round trip, and refusal of bad settings.

#include "domain/slapolicy.h"

#include <QJsonDocument>
#include <QtTest>

using namespace sw::domain;

Q_DECLARE_METATYPE(sw::domain::TicketKind)
Q_DECLARE_METATYPE(sw::domain::TicketPriority)

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void jsonRoundTrip();
    void partialJsonKeepsDefaults();
    void invalidJson_data();
    void invalidJson();
    void validateBoundaries_data();
    void validateBoundaries();
};

void TestSlaPolicy::defaults_data()
{
    QTest::addColumn<TicketKind>("kind");
    QTest::addColumn<TicketPriority>("priority");
    QTest::addColumn<int>("hours");
    using K = TicketKind;
    using P = TicketPriority;
    QTest::newRow("complaint urgent") << K::Complaint << P::Urgent << 24;
    QTest::newRow("complaint high") << K::Complaint << P::High << 48;
    QTest::newRow("complaint normal") << K::Complaint << P::Normal << 72;
    QTest::newRow("complaint low") << K::Complaint << P::Low << 120;
    QTest::newRow("inquiry urgent") << K::Inquiry << P::Urgent << 8;
    QTest::newRow("inquiry high") << K::Inquiry << P::High << 24;
    QTest::newRow("inquiry normal") << K::Inquiry << P::Normal << 48;
    QTest::newRow("inquiry low") << K::Inquiry << P::Low << 72;
    QTest::newRow("suggestion urgent") << K::Suggestion << P::Urgent << 168;
    QTest::newRow("suggestion low") << K::Suggestion << P::Low << 168;
}

void TestSlaPolicy::defaults()
{
    QFETCH(TicketKind, kind);
    QFETCH(TicketPriority, priority);
    QFETCH(int, hours);
    const SlaPolicy policy;
    QCOMPARE(policy.resolutionHours(kind, priority), hours);
    QCOMPARE(policy.resolutionTargetSecs(kind, priority), qint64(hours) * 3600);
    QCOMPARE(policy.firstResponseTargetSecs(false), qint64(24 * 3600));
    QCOMPARE(policy.firstResponseTargetSecs(true), qint64(48 * 3600));
    QCOMPARE(policy.warnAtPercent(), 75);
    QCOMPARE(policy.calendarMode(), SlaPolicy::CalendarMode::CalendarHours);
    QVERIFY(policy.validate().ok());
}

void TestSlaPolicy::jsonRoundTrip()
{
    SlaPolicy policy;
    policy.setFirstResponseHours(12);
    policy.setSpecialCaseFirstResponseHours(36);
    policy.setWarnAtPercent(80);
    policy.setCalendarMode(SlaPolicy::CalendarMode::BusinessDays);
    policy.setResolutionHours(TicketKind::Complaint, TicketPriority::Urgent, 6);
    policy.setResolutionHours(TicketKind::Suggestion, TicketPriority::Low, 2160);
    // Through text, as it is stored.
    const QByteArray text = QJsonDocument(policy.toJson()).toJson();
    const auto back = SlaPolicy::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QVERIFY(back.value() == policy);
    QVERIFY(!(back.value() == SlaPolicy()));
    QCOMPARE(policy.toJson().value(QStringLiteral("calendar")).toString(), QStringLiteral("business_days"));
    QCOMPARE(policy.toJson()
                 .value(QStringLiteral("resolutionHours"))
                 .toObject()
                 .value(QStringLiteral("complaint"))
                 .toObject()
                 .value(QStringLiteral("urgent"))
                 .toInt(),
             6);
    const auto defaults = SlaPolicy::fromJson(SlaPolicy().toJson());
    QVERIFY(defaults.ok());
    QVERIFY(defaults.value() == SlaPolicy());
}

void TestSlaPolicy::partialJsonKeepsDefaults()
{
    const auto result = SlaPolicy::fromJson(
        QJsonDocument::fromJson(R"({"warnAtPercent": 60, "resolutionHours": {"inquiry": {"low": 96}}})")
            .object());
    QVERIFY2(result.ok(), qPrintable(result.message()));
    SlaPolicy expected;
    expected.setWarnAtPercent(60);
    expected.setResolutionHours(TicketKind::Inquiry, TicketPriority::Low, 96);
    QVERIFY(result.value() == expected);
    QVERIFY(SlaPolicy::fromJson(QJsonObject()).value() == SlaPolicy());
}

void TestSlaPolicy::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("zero hours") << QByteArray(R"({"firstResponseHours": 0})")
                                << QStringLiteral("first-response");
    QTest::newRow("negative hours") << QByteArray(R"({"specialCaseFirstResponseHours": -5})")
                                    << QStringLiteral("special cases");
    QTest::newRow("over 90 days") << QByteArray(R"({"resolutionHours": {"complaint": {"low": 2161}}})")
                                  << QStringLiteral("90 days");
    QTest::newRow("fractional hours")
        << QByteArray(R"({"firstResponseHours": 24.5})") << QStringLiteral("whole number");
    QTest::newRow("string hours") << QByteArray(R"({"firstResponseHours": "24"})")
                                  << QStringLiteral("whole number");
    QTest::newRow("warn 0") << QByteArray(R"({"warnAtPercent": 0})") << QStringLiteral("warning");
    QTest::newRow("warn 100") << QByteArray(R"({"warnAtPercent": 100})") << QStringLiteral("warning");
    QTest::newRow("unknown kind") << QByteArray(R"({"resolutionHours": {"praise": {"low": 5}}})")
                                  << QStringLiteral("praise");
    QTest::newRow("unknown priority")
        << QByteArray(R"({"resolutionHours": {"inquiry": {"critical": 5}}})") << QStringLiteral("critical");
    QTest::newRow("resolution not an object")
        << QByteArray(R"({"resolutionHours": 5})") << QStringLiteral("resolutionHours");
    QTest::newRow("unknown calendar") << QByteArray(R"({"calendar": "lunar"})") << QStringLiteral("lunar");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2})") << QStringLiteral("newer");
}

void TestSlaPolicy::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const auto result = SlaPolicy::fromJson(doc.object());
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), sw::ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
}

void TestSlaPolicy::validateBoundaries_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("warn");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1 h") << 1 << 75 << true;
    QTest::newRow("90 days") << 2160 << 75 << true;
    QTest::newRow("90 days + 1 h") << 2161 << 75 << false;
    QTest::newRow("0 h") << 0 << 75 << false;
    QTest::newRow("warn 1") << 24 << 1 << true;
    QTest::newRow("warn 99") << 24 << 99 << true;
    QTest::newRow("warn 0") << 24 << 0 << false;
    QTest::newRow("warn 100") << 24 << 100 << false;
}

void TestSlaPolicy::validateBoundaries()
{
    QFETCH(int, hours);
    QFETCH(int, warn);
    QFETCH(bool, valid);
    SlaPolicy policy;
    policy.setResolutionHours(TicketKind::Inquiry, TicketPriority::High, hours);
    policy.setWarnAtPercent(warn);
    QCOMPARE(policy.validate().ok(), valid);
    QCOMPARE(SlaPolicy::fromJson(policy.toJson()).ok(), valid);
}

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
