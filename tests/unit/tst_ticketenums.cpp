// Ticket vocabularies: storage codes are stable and round-trip; every value has a name.

#include "domain/ticketenums.h"

#include <QSet>
#include <QtTest>

using namespace sw::domain;

class TestTicketEnums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data();
    void codes();
    void roundTripAndNames();
    void unknownCodes_data();
    void unknownCodes();
};

void TestTicketEnums::codes_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inquiry") << code(TicketKind::Inquiry) << QStringLiteral("inquiry");
    QTest::newRow("complaint") << code(TicketKind::Complaint) << QStringLiteral("complaint");
    QTest::newRow("suggestion") << code(TicketKind::Suggestion) << QStringLiteral("suggestion");
    QTest::newRow("online") << code(TicketChannel::Online) << QStringLiteral("online");
    QTest::newRow("phone") << code(TicketChannel::Phone) << QStringLiteral("phone");
    QTest::newRow("email") << code(TicketChannel::Email) << QStringLiteral("email");
    QTest::newRow("low") << code(TicketPriority::Low) << QStringLiteral("low");
    QTest::newRow("urgent") << code(TicketPriority::Urgent) << QStringLiteral("urgent");
    QTest::newRow("new") << code(TicketStatus::New) << QStringLiteral("new");
    QTest::newRow("pending") << code(TicketStatus::PendingCustomer) << QStringLiteral("pending_customer");
    QTest::newRow("closed") << code(TicketStatus::Closed) << QStringLiteral("closed");
    QTest::newRow("sla ok") << code(SlaState::Ok) << QStringLiteral("ok");
    QTest::newRow("sla breached") << code(SlaState::Breached) << QStringLiteral("breached");
    QTest::newRow("sla none") << code(SlaState::None) << QStringLiteral("none");
    QTest::newRow("name pending") << displayName(TicketStatus::PendingCustomer)
                                  << QStringLiteral("Pending customer");
    QTest::newRow("name on track") << displayName(SlaState::Ok) << QStringLiteral("On track");
}

void TestTicketEnums::codes()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

template <typename Enum> static void checkAll(const QList<Enum>& values, int expectedCount)
{
    QCOMPARE(values.size(), expectedCount);
    QSet<QString> codes;
    QSet<QString> names;
    for (Enum value : values) {
        bool ok = false;
        QCOMPARE(fromCode<Enum>(code(value), &ok), value);
        QVERIFY(ok);
        codes.insert(code(value));
        names.insert(displayName(value));
    }
    QCOMPARE(codes.size(), expectedCount);
    QCOMPARE(names.size(), expectedCount);
}

void TestTicketEnums::roundTripAndNames()
{
    checkAll(allTicketKinds(), 3);
    checkAll(allTicketChannels(), 3);
    checkAll(allTicketPriorities(), 4);
    checkAll(allTicketStatuses(), 5);
    checkAll(allSlaStates(), 6); // None's empty name is distinct from the others
    QVERIFY(displayName(SlaState::None).isEmpty());
}

void TestTicketEnums::unknownCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("OPEN");
    QTest::newRow("display name") << QStringLiteral("Pending customer");
    QTest::newRow("padded") << QStringLiteral(" open");
    QTest::newRow("garbage") << QStringLiteral("x");
}

void TestTicketEnums::unknownCodes()
{
    QFETCH(QString, text);
    bool ok = true;
    fromCode<TicketStatus>(text, &ok);
    QVERIFY(!ok);
    ok = true;
    fromCode<TicketKind>(text, &ok);
    QVERIFY(!ok);
    ok = true;
    fromCode<SlaState>(text, &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestTicketEnums)
#include "tst_ticketenums.moc"
