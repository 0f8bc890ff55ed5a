// End-to-end tests of "shopwarden-admin calendar" (docs/admin-guide.md "Business-day
// calendar"): the real program through QProcess on a real SQLCipher file — import a
// CSV, list, export, and a bad CSV that exits non-zero and changes nothing.

#include "services/calendarservice.h"
#include "storage/database.h"
#include "storage/secret.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sw::services::CalendarService;
using sw::storage::Database;
using sw::storage::Secret;

namespace {

const QString kPassphrase = QStringLiteral("correct horse 电池 staple");
const QString kAdminPassword = QStringLiteral("Sw-admin-2024-secure");

struct Run
{
    int exitCode = -1;
    QString out;
    QByteArray rawOut;
    QString err;
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

} // namespace

class TestAdminCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importListExport();
    void badCsvChangesNothing_data();
    void badCsvChangesNothing();
    void usageErrors_data();
    void usageErrors();
    void wrongPassphrase();
    void exportRefusesExistingFile();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;

    QString fresh(const QString& suffix) { return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_counter).arg(suffix)); }

    QString writeFile(const QByteArray& content, const QString& suffix = QStringLiteral(".txt"))
    {
        const QString p = fresh(suffix);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(p));
        return p;
    }
    QString passFile(const QString& text = kPassphrase) { return writeFile(text.toUtf8() + "\n"); }

    Run run(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SW_ADMIN_PATH), arguments);
        if (!p.waitForStarted(30000))
            qFatal("shopwarden-admin did not start");
        p.closeWriteChannel();
        if (!p.waitForFinished(300000))
            qFatal("shopwarden-admin did not finish");
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.rawOut = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.rawOut);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Run calendar(const QStringList& arguments)
    {
        QStringList all{QStringLiteral("calendar")};
        all << arguments << QStringLiteral("--db") << m_db << QStringLiteral("--passphrase-file") << passFile();
        return run(all);
    }

    // Rows, outbox records and audit entries of the database: "nothing changed".
    QList<qint64> footprint()
    {
        auto opened = Database::open(m_db, Secret::fromUtf8(kPassphrase));
        if (!opened.ok())
            qFatal("open failed: %s", qPrintable(opened.message()));
        QList<qint64> out;
        {
            QSqlQuery q((*opened)->connection());
            for (const char* table : {"calendar_days", "sync_outbox", "audit_log"}) {
                if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
                    qFatal("count failed");
                out << q.value(0).toLongLong();
            }
        }
        (*opened)->releaseThreadConnection();
        return out;
    }
};

void TestAdminCalendar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = fresh(QStringLiteral(".db"));
    const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
                       passFile(), QStringLiteral("--admin"), QStringLiteral("chief"),
                       QStringLiteral("--admin-password-file"), passFile(kAdminPassword)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestAdminCalendar::importListExport()
{
    // 2027 has no built-in entries: everything listed comes from the file.
    const QString csv = writeFile("\xEF\xBB\xBF# 2027\n"
                                  "date,type,name\n"
                                  "2027-02-08,holiday,春节 Spring Festival\n"
                                  "2027-02-06,workday,春节调休\n"
                                  "2025-10-08,normal,照常营业\n",
                                  QStringLiteral(".csv"));
    Run r = calendar({QStringLiteral("import"), QStringLiteral("--csv"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("3 added")), qPrintable(r.out));

    r = calendar({QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2027")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.outLines(), (QStringList{QStringLiteral("2027-02-06\tSat\tworkday\tcustom\t春节调休"),
                                        QStringLiteral("2027-02-08\tMon\tholiday\tcustom\t春节 Spring Festival")}));
    r = calendar({QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2025")});
    QVERIFY(r.outLines().contains(QStringLiteral("2025-10-08\tWed\tnormal\tcustom\t照常营业")));
    QVERIFY(r.outLines().contains(QStringLiteral("2025-10-11\tSat\tworkday\tbuilt-in\t国庆节调休 National Day make-up working day")));

    const QString out = fresh(QStringLiteral(".csv"));
    r = calendar({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF"
                                     "date,type,name\n"
                                     "2027-02-06,workday,春节调休\n"
                                     "2027-02-08,holiday,春节 Spring Festival\n"));
    // "-" writes the same to standard output.
    r = calendar({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--out"),
                  QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.rawOut.endsWith("2027-02-08,holiday,春节 Spring Festival\n"));

    // The same file again: nothing to change.
    r = calendar({QStringLiteral("import"), QStringLiteral("--csv"), csv});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3 already up to date")), qPrintable(r.out));
}

void TestAdminCalendar::badCsvChangesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad date") << QByteArray("date,type,name\n2028-01-03,holiday,好\n2028-02-30,holiday,坏\n")
                              << QStringLiteral("Line 3:");
    QTest::newRow("weekend holiday") << QByteArray("date,type,name\n2028-01-03,holiday,好\n2028-01-08,holiday,坏\n")
                                     << QStringLiteral("Line 3:");
    QTest::newRow("no header") << QByteArray("2028-01-03,holiday,好\n") << QStringLiteral("Line 1:");
}

void TestAdminCalendar::badCsvChangesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const QList<qint64> before = footprint();
    const Run r = calendar({QStringLiteral("import"), QStringLiteral("--csv"), writeFile(csv)});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(footprint(), before);
    const Run list = calendar({QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2028")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.isEmpty());
}

void TestAdminCalendar::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("calendar")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("calendar"), QStringLiteral("purge")};
    QTest::newRow("list without year") << QStringList{QStringLiteral("calendar"), QStringLiteral("list"),
                                                       QStringLiteral("--db"), QStringLiteral("x.db"),
                                                       QStringLiteral("--passphrase-file"), QStringLiteral("p")};
    QTest::newRow("year out of range") << QStringList{QStringLiteral("calendar"), QStringLiteral("list"),
                                                       QStringLiteral("--year"), QStringLiteral("1850"),
                                                       QStringLiteral("--db"), QStringLiteral("x.db"),
                                                       QStringLiteral("--passphrase-file"), QStringLiteral("p")};
    QTest::newRow("import without csv") << QStringList{QStringLiteral("calendar"), QStringLiteral("import"),
                                                        QStringLiteral("--db"), QStringLiteral("x.db"),
                                                        QStringLiteral("--passphrase-file"), QStringLiteral("p")};
}

void TestAdminCalendar::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestAdminCalendar::wrongPassphrase()
{
    const Run r = run({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--year"),
                       QStringLiteral("2025"), QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
                       passFile(QStringLiteral("not the passphrase"))});
    QCOMPARE(r.exitCode, 3);
}

void TestAdminCalendar::exportRefusesExistingFile()
{
    const QString existing = writeFile("keep me");
    const Run r = calendar(
        {QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), existing});
    QCOMPARE(r.exitCode, 4);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestAdminCalendar)
#include "tst_admincalendar.moc"
