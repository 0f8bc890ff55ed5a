// CalendarService: the built-in calendar overlaid by administrators' entries, set /
// remove / import / export, all-or-nothing import with line numbers, permissions,
// refused input that changes nothing, and the deterministic row ids.

#include "clock.h"
#include "services/calendarservice.h"
#include "support/servicefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::BusinessCalendar;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestCalendarService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void withoutRowsTheBuiltInCalendarApplies();
    void overlay_data();
    void overlay();
    void removeBringsBuiltInBack();
    void daysListsSourceAndBuiltIn();
    void setWritesRowOutboxAndAudit();
    void sameSetTwiceWritesNothing();
    void rowIdIsDerivedFromTheDay();
    void reEditAfterRemoveReusesTheRow();
    void legacyRowOfTheDayIsUpdated();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void removeWithoutCustomEntryIsNotFound();
    void permissions();
    void importAppliesAndSummarises();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void exportRoundTripsToAnotherWorkstation();
    void exportRefusesYearOutOfRange();

private:
    // The number of rows, outbox records and audit entries: "nothing changed" checks.
    QList<qint64> footprint()
    {
        return {m_fx.count(QStringLiteral("calendar_days")), m_fx.count(QStringLiteral("sync_outbox")),
                m_fx.count(QStringLiteral("audit_log"))};
    }
    BusinessCalendar effective()
    {
        auto cal = CalendarService::effectiveCalendar(m_fx.conn());
        if (!cal.ok())
            qFatal("effectiveCalendar: %s", qPrintable(cal.message()));
        return *cal;
    }

    swtest::ServiceFixture m_fx;
    ManualClock m_clock{swtest::fixedStart()};
    Actor m_admin{QStringLiteral("11111111-1111-4111-8111-111111111111"),
                  QStringLiteral("admin"),
                  QStringLiteral("管理员"),
                  {},
                  {domain::Role::Admin}};
    Actor m_agent{QStringLiteral("22222222-2222-4222-8222-222222222222"),
                  QStringLiteral("agent"),
                  QStringLiteral("客服"),
                  {},
                  {domain::Role::Agent}};
};

void TestCalendarService::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
}

void TestCalendarService::cleanup()
{
    m_fx.destroy();
}

void TestCalendarService::withoutRowsTheBuiltInCalendarApplies()
{
    auto builtIn = BusinessCalendar::chinaDefault();
    QVERIFY(builtIn.ok());
    QVERIFY(!builtIn->isEmpty());
    QCOMPARE(effective(), *builtIn);
    // 2025-10-08 (a Wednesday) is a built-in holiday, 2025-10-11 (a Saturday) a make-up day.
    QVERIFY(!effective().isWorkingDay(d("2025-10-08")));
    QVERIFY(effective().isWorkingDay(d("2025-10-11")));
}

void TestCalendarService::overlay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QString>("name"); // the effective entry's name, empty = no entry

    // 2025-03-10 is a Monday without a built-in entry.
    QTest::newRow("new holiday") << d("2025-03-10") << int(CalendarDayType::Holiday) << false
                                 << QStringLiteral("公司年假");
    // 2025-03-08 is a Saturday.
    QTest::newRow("new make-up day") << d("2025-03-08") << int(CalendarDayType::Workday) << true
                                     << QStringLiteral("盘点加班");
    QTest::newRow("renamed built-in holiday") << d("2025-10-08") << int(CalendarDayType::Holiday) << false
                                              << QStringLiteral("国庆节");
    QTest::newRow("built-in holiday cancelled") << d("2025-10-08") << int(CalendarDayType::Normal) << true
                                                << QString();
    QTest::newRow("built-in make-up day cancelled") << d("2025-10-11") << int(CalendarDayType::Normal) << false
                                                    << QString();
}

void TestCalendarService::overlay()
{
    QFETCH(QDate, date);
    QFETCH(int, type);
    QFETCH(bool, working);
    QFETCH(QString, name);
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    const QString given = name.isEmpty() ? QStringLiteral("调整") : name;
    const Status set = service.setDay(date, CalendarDayType(type), given);
    QVERIFY2(set.ok(), qPrintable(set.message()));
    const BusinessCalendar cal = effective();
    QCOMPARE(cal.isWorkingDay(date), working);
    const auto entry = cal.entry(date);
    QCOMPARE(entry.has_value(), !name.isEmpty());
    if (entry)
        QCOMPARE(entry->name, name);
    // Every other built-in entry is still there.
    auto builtIn = BusinessCalendar::chinaDefault();
    for (const BusinessCalendar::Entry& e : builtIn->entries()) {
        if (e.date != date)
            QCOMPARE(cal.entry(e.date), std::optional<BusinessCalendar::Entry>(e));
    }
}

void TestCalendarService::removeBringsBuiltInBack()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    QVERIFY(service.setDay(d("2025-10-08"), CalendarDayType::Normal, QString()).ok());
    QVERIFY(effective().isWorkingDay(d("2025-10-08")));
    QVERIFY(service.removeDay(d("2025-10-08")).ok());
    QVERIFY(!effective().isWorkingDay(d("2025-10-08")));
    QCOMPARE(effective(), *BusinessCalendar::chinaDefault());
    QCOMPARE(m_fx.count(QStringLiteral("calendar_days WHERE deleted = 1")), qint64(1));
}

void TestCalendarService::daysListsSourceAndBuiltIn()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    QVERIFY(service.setDay(d("2025-10-08"), CalendarDayType::Normal, QStringLiteral("照常营业")).ok());
    QVERIFY(service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("公司年假")).ok());
    QVERIFY(service.setDay(d("2024-12-30"), CalendarDayType::Holiday, QStringLiteral("上一年")).ok());

    auto days = CalendarService(m_fx.db(), m_agent).days(2025);
    QVERIFY2(days.ok(), qPrintable(days.message()));
    const QList<BusinessCalendar::Entry> builtIn = BusinessCalendar::chinaDefault()->entries();
    const int builtInCount = int(std::count_if(builtIn.cbegin(), builtIn.cend(), [](const BusinessCalendar::Entry& e) {
        return e.date.year() == 2025;
    }));
    QCOMPARE(days->size(), builtInCount + 1); // one new day, one built-in day overridden
    for (int i = 1; i < days->size(); ++i)
        QVERIFY(days->at(i - 1).date < days->at(i).date);
    for (const CalendarDay& day : *days) {
        QCOMPARE(day.date.year(), 2025);
        if (day.date == d("2025-10-08")) {
            QVERIFY(day.custom);
            QCOMPARE(day.type, CalendarDayType::Normal);
            QCOMPARE(day.name, QStringLiteral("照常营业"));
            QVERIFY(day.builtIn.has_value());
            QCOMPARE(day.builtIn->type, BusinessCalendar::DayType::Holiday);
        } else if (day.date == d("2025-03-10")) {
            QVERIFY(day.custom);
            QVERIFY(!day.builtIn.has_value());
        } else {
            QVERIFY(!day.custom);
            QVERIFY(day.builtIn.has_value());
            QCOMPARE(day.name, day.builtIn->name);
        }
    }
    // A year without any entry is simply empty.
    QVERIFY(service.days(2040)->isEmpty());
}

void TestCalendarService::setWritesRowOutboxAndAudit()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    const QList<qint64> before = footprint();
    QVERIFY(service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("  公司年假  ")).ok());
    const QString id = CalendarService::rowId(d("2025-03-10"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT day || '|' || type || '|' || name || '|' || updated_by FROM "
                                        "calendar_days WHERE id = ? AND deleted = 0"),
                         {id})
                 .toString(),
             QStringLiteral("2025-03-10|holiday|公司年假|") + m_admin.userId);
    QCOMPARE(footprint(), (QList<qint64>{before[0] + 1, before[1] + 1, before[2] + 1}));
    const QJsonObject fields =
        QJsonDocument::fromJson(
            m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox WHERE row_id = ?"), {id})
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(fields.value(QStringLiteral("type")).toString(), QStringLiteral("holiday"));
    QCOMPARE(fields.value(QStringLiteral("day")).toString(), QStringLiteral("2025-03-10"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT action || '|' || actor_id FROM audit_log WHERE entity_id = ?"),
                         {id})
                 .toString(),
             QStringLiteral("calendar.set|") + m_admin.userId);
}

void TestCalendarService::sameSetTwiceWritesNothing()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    QVERIFY(service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("公司年假")).ok());
    const QList<qint64> before = footprint();
    QVERIFY(service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("公司年假")).ok());
    QCOMPARE(footprint(), before);
    QVERIFY(service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("团建")).ok());
    QCOMPARE(footprint(), (QList<qint64>{before[0], before[1] + 1, before[2] + 1}));
}

void TestCalendarService::rowIdIsDerivedFromTheDay()
{
    const QString id = CalendarService::rowId(d("2025-10-01"));
    QCOMPARE(id, CalendarService::rowId(d("2025-10-01")));
    QVERIFY(id != CalendarService::rowId(d("2025-10-02")));
    const QUuid uuid(id);
    QVERIFY(!uuid.isNull());
    QCOMPARE(uuid.version(), QUuid::Sha1);
    QCOMPARE(id, id.toLower());
    QVERIFY(!id.startsWith(QLatin1Char('{')));

    // A second workstation (another database) setting the same day writes the same id.
    CalendarService here(m_fx.db(), m_admin, &m_clock);
    QVERIFY(here.setDay(d("2025-10-01"), CalendarDayType::Holiday, QStringLiteral("国庆")).ok());
    swtest::ServiceFixture other;
    QString why;
    QVERIFY2(other.create(&why), qPrintable(why));
    QVERIFY(CalendarService(other.db(), m_admin, &m_clock)
                .setDay(d("2025-10-01"), CalendarDayType::Holiday, QStringLiteral("国庆节"))
                .ok());
    QCOMPARE(other.scalar(QStringLiteral("SELECT id FROM calendar_days")).toString(), id);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT id FROM calendar_days")).toString(), id);
}

void TestCalendarService::reEditAfterRemoveReusesTheRow()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    const QDate day = d("2025-03-10");
    const QString id = CalendarService::rowId(day);
    QVERIFY(service.setDay(day, CalendarDayType::Holiday, QStringLiteral("公司年假")).ok());
    QVERIFY(service.removeDay(day).ok());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox ORDER BY seq DESC")).toString(),
             QStringLiteral("{\"deleted\":1}"));
    const Status again = service.setDay(day, CalendarDayType::Holiday, QStringLiteral("调休假"));
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(m_fx.count(QStringLiteral("calendar_days")), qint64(1));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT deleted || '|' || name FROM calendar_days WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("0|调休假"));
    const QJsonObject fields =
        QJsonDocument::fromJson(
            m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox ORDER BY seq DESC")).toString().toUtf8())
            .object();
    QCOMPARE(fields.value(QStringLiteral("deleted")).toInt(-1), 0);
    QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("调休假"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC")).toString(),
             QStringLiteral("calendar.set"));
    QVERIFY(!effective().isWorkingDay(day));
}

void TestCalendarService::legacyRowOfTheDayIsUpdated()
{
    // A row with another id (written before ids were derived, or by hand) holds the day.
    QVERIFY(m_fx.exec(QStringLiteral("INSERT INTO calendar_days (id, day, type, name) VALUES "
                                     "('legacy', '2025-03-10', 'holiday', '旧名称')")));
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    const Status set = service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("新名称"));
    QVERIFY2(set.ok(), qPrintable(set.message()));
    QCOMPARE(m_fx.count(QStringLiteral("calendar_days")), qint64(1));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT name FROM calendar_days WHERE id = 'legacy'")).toString(),
             QStringLiteral("新名称"));
    QVERIFY(service.removeDay(d("2025-03-10")).ok());
    QVERIFY(effective().isWorkingDay(d("2025-03-10")));
}

void TestCalendarService::badInputChangesNothing_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("messagePart");

    const int holiday = int(CalendarDayType::Holiday);
    const int workday = int(CalendarDayType::Workday);
    QTest::newRow("invalid date") << QDate() << holiday << QStringLiteral("假") << QStringLiteral("valid date");
    QTest::newRow("too early") << d("1999-12-31") << holiday << QStringLiteral("假") << QStringLiteral("2000");
    QTest::newRow("too late") << d("2100-01-01") << holiday << QStringLiteral("假") << QStringLiteral("2099");
    QTest::newRow("holiday on saturday") << d("2025-03-08") << holiday << QStringLiteral("假")
                                         << QStringLiteral("weekend");
    QTest::newRow("workday on monday") << d("2025-03-10") << workday << QStringLiteral("班")
                                       << QStringLiteral("weekday");
    QTest::newRow("no name") << d("2025-03-10") << holiday << QStringLiteral("   ") << QStringLiteral("no name");
    QTest::newRow("name too long") << d("2025-03-10") << holiday << QString(101, QChar(0x5047))
                                   << QStringLiteral("100 characters");
    QTest::newRow("line break in name") << d("2025-03-10") << holiday << QStringLiteral("公司\n年假")
                                        << QStringLiteral("one line");
}

void TestCalendarService::badInputChangesNothing()
{
    QFETCH(QDate, date);
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(QString, messagePart);
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    QVERIFY(service.setDay(d("2025-03-11"), CalendarDayType::Holiday, QStringLiteral("已有")).ok());
    const QList<qint64> before = footprint();
    const Status refused = service.setDay(date, CalendarDayType(type), name);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY2(refused.message().contains(messagePart), qPrintable(refused.message()));
    QCOMPARE(footprint(), before);
    // The exact 100-character limit is accepted.
    QVERIFY(service.setDay(d("2025-03-12"), CalendarDayType::Holiday, QString(100, QChar(0x5047))).ok());
}

void TestCalendarService::removeWithoutCustomEntryIsNotFound()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    const QList<qint64> before = footprint();
    // A built-in day has nothing custom to remove.
    const Status s = service.removeDay(d("2025-10-08"));
    QCOMPARE(s.code(), ErrorCode::NotFound);
    QVERIFY(s.message().contains(QStringLiteral("2025-10-08")));
    QCOMPARE(footprint(), before);
}

void TestCalendarService::permissions()
{
    CalendarService agent(m_fx.db(), m_agent, &m_clock);
    const QList<qint64> before = footprint();
    QCOMPARE(agent.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("假")).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(agent.importCsv("date,type,name\n2025-03-10,holiday,假\n").code(), ErrorCode::PermissionDenied);
    QVERIFY(CalendarService(m_fx.db(), m_admin, &m_clock)
                .setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("假"))
                .ok());
    const QList<qint64> afterAdmin = footprint();
    QCOMPARE(agent.removeDay(d("2025-03-10")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(footprint(), afterAdmin);
    QVERIFY(afterAdmin != before);
    // Any signed-in user reads and exports; nobody signed in reads nothing.
    QVERIFY(agent.days(2025).ok());
    QVERIFY(agent.exportCsv(2025).ok());
    QCOMPARE(CalendarService(m_fx.db(), Actor{}).days(2025).code(), ErrorCode::PermissionDenied);
}

void TestCalendarService::importAppliesAndSummarises()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    QVERIFY(service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("旧")).ok());
    const QByteArray csv = "\xEF\xBB\xBF# 2027 arrangements\r\n"
                           "date,type,name\r\n"
                           "2025-03-10,holiday,新\r\n"
                           "2027-02-08,holiday,\"春节, Spring Festival\"\r\n"
                           "2027-02-06,workday,春节调休\r\n"
                           "2025-10-08,normal,\r\n";
    auto summary = service.importCsv(csv);
    QVERIFY2(summary.ok(), qPrintable(summary.message()));
    QCOMPARE(summary->entries, 4);
    QCOMPARE(summary->added, 3);
    QCOMPARE(summary->changed, 1);
    QCOMPARE(summary->unchanged, 0);
    const BusinessCalendar cal = effective();
    QCOMPARE(cal.entry(d("2027-02-08"))->name, QStringLiteral("春节, Spring Festival"));
    QVERIFY(cal.isWorkingDay(d("2027-02-06")));
    QVERIFY(cal.isWorkingDay(d("2025-10-08")));
    QCOMPARE(cal.entry(d("2025-03-10"))->name, QStringLiteral("新"));
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'calendar.import' AND entity_id = ''")),
             qint64(1));

    // The same file again changes no row.
    const qint64 outbox = m_fx.count(QStringLiteral("sync_outbox"));
    summary = service.importCsv(csv);
    QVERIFY(summary.ok());
    QCOMPARE(summary->unchanged, 4);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), outbox);
}

void TestCalendarService::importIsAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("messagePart");

    const QByteArray head = "# comment\ndate,type,name\n2027-02-08,holiday,春节\n";
    QTest::newRow("no header") << QByteArray("2027-02-08,holiday,春节\n") << QStringLiteral("Line 1:");
    QTest::newRow("bad date on line 4") << head + "2027-13-01,holiday,坏\n" << QStringLiteral("Line 4:");
    QTest::newRow("slashes") << head + "2027/02/09,holiday,坏\n" << QStringLiteral("Line 4:");
    QTest::newRow("unknown type") << head + "2027-02-09,vacation,坏\n" << QStringLiteral("Line 4: Unknown");
    QTest::newRow("two fields") << head + "\n\n2027-02-09,holiday\n" << QStringLiteral("Line 6:");
    QTest::newRow("duplicate") << head + "2027-02-08,holiday,再来\n" << QStringLiteral("line 3");
    QTest::newRow("holiday on weekend") << head + "2027-02-06,holiday,周六\n" << QStringLiteral("Line 4:");
    QTest::newRow("out of range") << head + "2150-02-09,holiday,未来\n" << QStringLiteral("Line 4:");
    QTest::newRow("no name") << head + "2027-02-09,holiday,\n" << QStringLiteral("Line 4:");
    QTest::newRow("empty file") << QByteArray("# only a comment\n") << QStringLiteral("empty");
    QTest::newRow("header only") << QByteArray("date,type,name\n") << QStringLiteral("no days");
}

void TestCalendarService::importIsAllOrNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, messagePart);
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    const QList<qint64> before = footprint();
    auto result = service.importCsv(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(messagePart), qPrintable(result.message()));
    QCOMPARE(footprint(), before);
    QCOMPARE(effective(), *BusinessCalendar::chinaDefault());
}

void TestCalendarService::exportRoundTripsToAnotherWorkstation()
{
    CalendarService service(m_fx.db(), m_admin, &m_clock);
    QVERIFY(service.setDay(d("2025-10-08"), CalendarDayType::Normal, QStringLiteral("照常营业")).ok());
    QVERIFY(service.setDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("年假, 全员")).ok());
    QVERIFY(service.setDay(d("2025-03-17"), CalendarDayType::Normal, QString()).ok()); // no effect
    auto csv = service.exportCsv(2025);
    QVERIFY(csv.ok());
    QVERIFY(csv->startsWith("\xEF\xBB\xBF" "date,type,name\n"));
    QVERIFY(csv->contains("2025-10-08,normal,照常营业\n"));
    QVERIFY(csv->contains("2025-03-10,holiday,\"年假, 全员\"\n"));
    QVERIFY(!csv->contains("2025-03-17"));
    QVERIFY(csv->contains("2025-10-11,workday,"));

    swtest::ServiceFixture other;
    QString why;
    QVERIFY2(other.create(&why), qPrintable(why));
    auto imported = CalendarService(other.db(), m_admin, &m_clock).importCsv(*csv);
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    auto there = CalendarService::effectiveCalendar(other.conn());
    QVERIFY(there.ok());
    QCOMPARE(*there, effective());
}

void TestCalendarService::exportRefusesYearOutOfRange()
{
    auto csv = CalendarService(m_fx.db(), m_agent).exportCsv(1900);
    QVERIFY(!csv.ok());
    QCOMPARE(csv.code(), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestCalendarService)
#include "tst_calendarservice.moc"
