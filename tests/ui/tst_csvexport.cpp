// CSV export: quoting rules, UTF-8 with BOM, every row of the filter (not only loaded
// pages), cancel leaves no file.

#include "support/servicefixture.h"
#include "uitestsupport.h"

#include "csvexport.h"
#include "services/ticketservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using sw::ui::CsvExport;
using sw::services::TicketColumn;

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void field_data();
    void field();
    void exportsEveryRowOfTheFilter();
    void cancelledExportLeavesNoFile();

private:
    swtest::IsolatedSettings m_settings;
    swtest::ServiceFixture m_fixture;
    sw::services::Actor m_admin;
    QTemporaryDir m_out;
};

void TestCsvExport::initTestCase()
{
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
    sw::services::TicketService service(m_fixture.db(), m_admin);
    for (int i = 0; i < 2500; ++i) {
        sw::services::TicketDraft draft;
        // Every 10th subject has a comma and quotes: the quoting is exercised on real rows.
        draft.subject = i % 10 == 1 ? QStringLiteral("退款, \"加急\" %1").arg(i) : QStringLiteral("物流查询 %1").arg(i);
        draft.customerName = QStringLiteral("客户%1").arg(i);
        draft.kind = i % 2 ? sw::domain::TicketKind::Complaint : sw::domain::TicketKind::Inquiry;
        QVERIFY(service.create(draft).ok());
    }
}

void TestCsvExport::cleanupTestCase()
{
    m_fixture.destroy();
}

void TestCsvExport::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("CS-20261128-000001") << QStringLiteral("CS-20261128-000001");
    QTest::newRow("chinese") << QStringLiteral("退货退款") << QStringLiteral("退货退款");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
    QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
    QTest::newRow("at formula") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("plus text") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("negative number stays") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
}

void TestCsvExport::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExport::field(value), expected);
}

void TestCsvExport::exportsEveryRowOfTheFilter()
{
    CsvExport exporter(m_fixture.db(), m_admin);
    QSignalSpy finished(&exporter, &CsvExport::finished);
    sw::services::TicketFilter complaints;
    complaints.kinds = {sw::domain::TicketKind::Complaint};
    const QString path = m_out.filePath(QStringLiteral("complaints.csv"));
    QVERIFY(exporter.start(complaints, {}, {TicketColumn::Number, TicketColumn::Subject, TicketColumn::Kind}, path));
    QVERIFY(!exporter.start(complaints, {}, {TicketColumn::Number}, path)); // one at a time
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.last().at(0).value<sw::Status>().ok());
    QCOMPARE(finished.last().at(1).toLongLong(), 1250);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 1250);
    QCOMPARE(lines.first(), QStringLiteral("Number,Subject,Kind"));
    for (const QString& line : lines.mid(1))
        QVERIFY2(line.endsWith(sw::domain::displayName(sw::domain::TicketKind::Complaint)), qPrintable(line));
    QVERIFY(text.contains(QStringLiteral(",\"退款, \"\"加急\"\" 1")));
}

void TestCsvExport::cancelledExportLeavesNoFile()
{
    CsvExport exporter(m_fixture.db(), m_admin);
    QSignalSpy finished(&exporter, &CsvExport::finished);
    const QString path = m_out.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(exporter.start({}, {}, {TicketColumn::Number}, path));
    exporter.cancel(); // before the first page is written
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).value<sw::Status>().code(), sw::ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
