// CalendarDialog and CalendarDayDialog driven as a user would: add a holiday through
// the editor and see it in the table, refused input keeps OK disabled, remove a custom
// entry, import (off the GUI thread, all or nothing) and export, year selector, the
// read-only view for an agent, and Settings → Business-Day Calendar in the main window.

#include "calendardaydialog.h"
#include "calendardialog.h"
#include "clock.h"
#include "mainwindow.h"
#include "services/calendarservice.h"
#include "support/servicefixture.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using sw::ManualClock;
using sw::services::Actor;
using sw::services::CalendarDayType;
using sw::services::CalendarService;
using sw::ui::CalendarDayDialog;
using sw::ui::CalendarDialog;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The table row showing `date`, or -1.
int rowOf(const CalendarDialog& dialog, QDate date)
{
    const QString text = date.toString(Qt::ISODate);
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        if (dialog.table()->item(row, CalendarDialog::DateColumn)->text() == text)
            return row;
    }
    return -1;
}

// QTest::keyClicks() only types Latin-1; this sends each character as a key event with
// its text, the way an input method delivers committed Chinese text.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

QString cell(const CalendarDialog& dialog, int row, int column)
{
    return dialog.table()->item(row, column)->text();
}

} // namespace

class TestCalendarDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addHolidayThroughTheEditor();
    void editorRefusesBadInput_data();
    void editorRefusesBadInput();
    void removeCustomEntry();
    void yearSelectorReloads();
    void importRunsOffThreadAndAppliesAll();
    void badImportChangesNothing();
    void exportWritesTheYear();
    void readOnlyForAnAgent();
    void fitsTheSmallestSupportedScreen();
    void settingsMenuOpensIt();

private:
    QString writeFile(const QByteArray& content)
    {
        const QString path = m_files.filePath(QStringLiteral("f%1.csv").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fx;
    QTemporaryDir m_files;
    int m_counter = 0;
    ManualClock m_clock{swtest::fixedStart()}; // 2025-03-01
    Actor m_admin;
    Actor m_agent{QStringLiteral("22222222-2222-4222-8222-222222222222"),
                  QStringLiteral("agent"),
                  QStringLiteral("客服专员"),
                  {},
                  {sw::domain::Role::Agent}};
};

void TestCalendarDialog::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    QVERIFY(m_files.isValid());
}

void TestCalendarDialog::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
    m_admin = m_fx.firstAdmin();
}

void TestCalendarDialog::cleanup()
{
    m_fx.destroy();
}

void TestCalendarDialog::addHolidayThroughTheEditor()
{
    CalendarDialog dialog(m_fx.db(), m_admin, &m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.year(), 2025);
    const int before = dialog.table()->rowCount();
    QVERIFY(before > 0); // the built-in 2025 holidays
    QCOMPARE(rowOf(dialog, d("2025-03-10")), -1);

    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    auto* editor = dialog.findChild<CalendarDayDialog*>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    editor->dateEdit()->setDate(d("2025-03-10"));
    editor->typeCombo()->setCurrentIndex(editor->typeCombo()->findData(int(CalendarDayType::Holiday)));
    QVERIFY(!editor->okButton()->isEnabled()); // a holiday needs a name
    QVERIFY(!editor->problemLabel()->text().isEmpty());
    typeText(editor->nameEdit(), QStringLiteral("公司年假"));
    QVERIFY(editor->okButton()->isEnabled());
    QVERIFY(editor->problemLabel()->text().isEmpty());
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);

    QCOMPARE(dialog.table()->rowCount(), before + 1);
    const int row = rowOf(dialog, d("2025-03-10"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(dialog, row, CalendarDialog::TypeColumn), CalendarService::typeDisplayName(CalendarDayType::Holiday));
    QCOMPARE(cell(dialog, row, CalendarDialog::NameColumn), QStringLiteral("公司年假"));
    QCOMPARE(cell(dialog, row, CalendarDialog::SourceColumn), CalendarDialog::tr("Custom"));
    QVERIFY(!dialog.table()->item(row, CalendarDialog::TypeColumn)->icon().isNull());
    QCOMPARE(dialog.table()->selectionModel()->selectedRows().value(0).row(), row);
    auto cal = CalendarService::effectiveCalendar(m_fx.conn());
    QVERIFY(cal.ok());
    QVERIFY(!cal->isWorkingDay(d("2025-03-10")));
}

void TestCalendarDialog::editorRefusesBadInput_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");

    QTest::newRow("holiday on a saturday") << d("2025-03-08") << int(CalendarDayType::Holiday)
                                           << QStringLiteral("假") << QStringLiteral("weekend");
    QTest::newRow("make-up day on a monday") << d("2025-03-10") << int(CalendarDayType::Workday)
                                             << QStringLiteral("班") << QStringLiteral("weekday");
    QTest::newRow("no name") << d("2025-03-10") << int(CalendarDayType::Holiday) << QStringLiteral("  ")
                             << QStringLiteral("no name");
}

void TestCalendarDialog::editorRefusesBadInput()
{
    QFETCH(QDate, date);
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(QString, problem);
    CalendarDayDialog editor;
    editor.show();
    editor.dateEdit()->setDate(date);
    editor.typeCombo()->setCurrentIndex(editor.typeCombo()->findData(type));
    typeText(editor.nameEdit(), name);
    QVERIFY(!editor.okButton()->isEnabled());
    QVERIFY2(editor.problemLabel()->text().contains(problem), qPrintable(editor.problemLabel()->text()));
    // An ordinary day needs no name and may fall on any day.
    editor.typeCombo()->setCurrentIndex(editor.typeCombo()->findData(int(CalendarDayType::Normal)));
    editor.nameEdit()->clear();
    QVERIFY(editor.okButton()->isEnabled());
}

void TestCalendarDialog::removeCustomEntry()
{
    QVERIFY(CalendarService(m_fx.db(), m_admin, &m_clock)
                .setDay(d("2025-10-08"), CalendarDayType::Normal, QStringLiteral("照常营业"))
                .ok());
    CalendarDialog dialog(m_fx.db(), m_admin, &m_clock);
    dialog.setYear(2025);
    const int builtInRow = rowOf(dialog, d("2025-10-01"));
    QVERIFY(builtInRow >= 0);
    dialog.table()->selectRow(builtInRow);
    QVERIFY(dialog.editButton()->isEnabled());
    QVERIFY(!dialog.removeButton()->isEnabled()); // nothing custom to remove

    const int row = rowOf(dialog, d("2025-10-08"));
    QCOMPARE(cell(dialog, row, CalendarDialog::SourceColumn), CalendarDialog::tr("Custom (replaces built-in)"));
    dialog.table()->selectRow(row);
    QVERIFY(dialog.removeButton()->isEnabled());
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    const int after = rowOf(dialog, d("2025-10-08"));
    QCOMPARE(cell(dialog, after, CalendarDialog::SourceColumn), CalendarDialog::tr("Built-in"));
    QCOMPARE(cell(dialog, after, CalendarDialog::TypeColumn),
             CalendarService::typeDisplayName(CalendarDayType::Holiday));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("2025-10-08")));
}

void TestCalendarDialog::yearSelectorReloads()
{
    CalendarDialog dialog(m_fx.db(), m_agent, &m_clock);
    dialog.yearSpin()->setValue(2026);
    QVERIFY(dialog.table()->rowCount() > 0);
    for (const auto& day : dialog.days())
        QCOMPARE(day.date.year(), 2026);
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("2026")));
    dialog.yearSpin()->setValue(2040);
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("2040")));
}

void TestCalendarDialog::importRunsOffThreadAndAppliesAll()
{
    CalendarDialog dialog(m_fx.db(), m_admin, &m_clock);
    dialog.setYear(2027);
    QCOMPARE(dialog.table()->rowCount(), 0);
    const QString path = writeFile("date,type,name\n2027-02-08,holiday,春节\n2027-02-06,workday,春节调休\n");
    QSignalSpy finished(&dialog, &CalendarDialog::importFinished);
    dialog.importFile(path);
    QVERIFY(dialog.isImporting());
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(finished.wait(swtest::kSlowWorkTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!dialog.isImporting());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(cell(dialog, 0, CalendarDialog::DateColumn), QStringLiteral("2027-02-06"));
    QCOMPARE(cell(dialog, 0, CalendarDialog::TypeColumn),
             CalendarService::typeDisplayName(CalendarDayType::Workday));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("2")));
}

void TestCalendarDialog::badImportChangesNothing()
{
    CalendarDialog dialog(m_fx.db(), m_admin, &m_clock);
    dialog.setYear(2027);
    const qint64 outbox = m_fx.count(QStringLiteral("sync_outbox"));
    const QString path = writeFile("date,type,name\n2027-02-08,holiday,春节\n2027-02-09,holiday\n");
    QSignalSpy finished(&dialog, &CalendarDialog::importFinished);
    dialog.importFile(path);
    QVERIFY(finished.wait(swtest::kSlowWorkTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Line 3")),
             qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(dialog.table()->rowCount(), 0);
    QCOMPARE(m_fx.count(QStringLiteral("calendar_days")), qint64(0));
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), outbox);
    QVERIFY(dialog.importButton()->isEnabled());
}

void TestCalendarDialog::exportWritesTheYear()
{
    CalendarDialog dialog(m_fx.db(), m_agent, &m_clock);
    dialog.setYear(2025);
    QVERIFY(dialog.exportButton()->isEnabled());
    const QString path = m_files.filePath(QStringLiteral("export-2025.csv"));
    QVERIFY(dialog.exportFile(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "date,type,name\n"));
    QCOMPARE(csv.count('\n'), dialog.table()->rowCount() + 1);
    QVERIFY(csv.contains("2025-10-11,workday,"));
}

void TestCalendarDialog::readOnlyForAnAgent()
{
    CalendarDialog dialog(m_fx.db(), m_agent, &m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.canEdit());
    QVERIFY(dialog.table()->rowCount() > 0);
    QVERIFY(dialog.readOnlyLabel()->isVisible());
    for (QPushButton* b : {dialog.addButton(), dialog.editButton(), dialog.removeButton(), dialog.importButton()})
        QVERIFY(!b->isVisible());
    QVERIFY(dialog.exportButton()->isVisible());
    dialog.table()->selectRow(0);
    QCOMPARE(dialog.addDay(), nullptr);
    QCOMPARE(dialog.editSelected(), nullptr);
    QVERIFY(dialog.findChild<CalendarDayDialog*>() == nullptr);
    // Even a direct call is refused by the service and saves nothing.
    QVERIFY(!dialog.saveDay(d("2025-03-10"), CalendarDayType::Holiday, QStringLiteral("假")));
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    QCOMPARE(m_fx.count(QStringLiteral("calendar_days")), qint64(0));

    CalendarDialog admin(m_fx.db(), m_admin, &m_clock);
    admin.show();
    QVERIFY(!admin.readOnlyLabel()->isVisible());
    QVERIFY(admin.addButton()->isVisible());
}

void TestCalendarDialog::fitsTheSmallestSupportedScreen()
{
    CalendarDialog dialog(m_fx.db(), m_admin, &m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.width() <= 1280 && dialog.height() <= 760);
    QVERIFY(dialog.minimumSizeHint().width() <= 1280 && dialog.minimumSizeHint().height() <= 760);
}

void TestCalendarDialog::settingsMenuOpensIt()
{
    sw::ui::MainWindow window(m_fx.db(), m_agent);
    QVERIFY(window.calendarAction());
    QVERIFY(window.calendarAction()->isEnabled());
    window.calendarAction()->trigger();
    auto* dialog = window.findChild<CalendarDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->canEdit());
    dialog->close();
}

QTEST_MAIN(TestCalendarDialog)
#include "tst_calendardialog.moc"
