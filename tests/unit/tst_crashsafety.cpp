// Crash safety of Database: a child process (sw_helper_crashwriter) commits
// transactions and is killed with SIGKILL at random moments; every reopen must pass
// integrity_check and contain every transaction the child reported as committed.

#include "storage/database.h"

#include "storagetestutil.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sw::storagetest;
using sw::storage::Database;

namespace {

const QString kPass = QStringLiteral("crash test passphrase");
constexpr int kRuns = 22;

QString helperPath()
{
    return QStringLiteral(SW_HELPER_DIR "/sw_helper_crashwriter");
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedTransactionsSurviveSigkill();
};

void TestCrashSafety::committedTransactionsSurviveSigkill()
{
#ifdef Q_OS_WIN
    QSKIP("SIGKILL semantics are POSIX; Windows uses TerminateProcess with the same effect but is not run in "
          "CI");
#endif
    QVERIFY2(QFileInfo::exists(helperPath()), qPrintable(helperPath()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("crash.db"));
    const QString passFile = dir.filePath(QStringLiteral("pass.txt"));
    QVERIFY(writeFile(passFile, kPass.toUtf8() + '\n'));
    QVERIFY(Database::create(file, secret(kPass)).ok());

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QSet<qint64> committed;
    qint64 highest = 0;

    for (int run = 0; run < kRuns; ++run) {
        QProcess child;
        child.setProgram(helperPath());
        child.setArguments({file, passFile});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Wait until it has committed at least once, then let it run a random while.
        while (!child.canReadLine() && child.state() == QProcess::Running)
            child.waitForReadyRead(30000);
        QVERIFY2(child.canReadLine(), child.readAllStandardError().constData());
        QThread::msleep(50 + random.bounded(351));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // it was killed, it did not stop by itself

        const QByteArray out = child.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        int printed = 0;
        // The last piece may be a half-written line cut by the kill: ignore it.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            bool ok = false;
            const qint64 seq = lines[i].toLongLong(&ok);
            QVERIFY2(ok, lines[i].constData());
            QVERIFY2(seq > highest, "sequence numbers must keep growing across runs");
            highest = seq;
            committed.insert(seq);
            ++printed;
        }
        QVERIFY(printed >= 1);

        auto db = Database::open(file, secret(kPass));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        const auto problems = (*db)->integrityCheck();
        QVERIFY2(problems.ok(), qPrintable(problems.message()));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));

        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT seq, payload, digest FROM crash_rows")));
        QSet<qint64> present;
        while (query.next()) {
            present.insert(query.value(0).toLongLong());
            const QByteArray digest =
                QCryptographicHash::hash(query.value(1).toByteArray(), QCryptographicHash::Sha256).toHex();
            QCOMPARE(QString::fromLatin1(digest), query.value(2).toString());
        }
        for (const qint64 seq : std::as_const(committed))
            QVERIFY2(present.contains(seq), qPrintable(QStringLiteral("committed row %1 lost").arg(seq)));
        // A transaction commits its row and the counter together, never one without the other.
        QVERIFY(query.exec(
            QStringLiteral("SELECT last_seq, (SELECT max(seq) FROM crash_rows) FROM crash_counter")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), query.value(1).toLongLong());
        // Rows committed after the last printed number may exist (killed between COMMIT and print).
        highest = std::max(highest, query.value(1).toLongLong());
    }
    QVERIFY(committed.size() >= kRuns);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
