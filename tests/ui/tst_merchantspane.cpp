// The merchant review pane driven as auditors use it: an application recorded in the
// dialog (bad credit code refused with nothing saved), taken, information requested and
// received, first approval, the four-eyes rule keeping the first reviewer from the second
// review, and approval by a second auditor; the scan viewer with zoom; the credit file's
// what-if; CSV export of the current view; a screenshot.

#include "clock.h"
#include "creditdialogs.h"
#include "creditfilewidget.h"
#include "languages.h"
#include "mainwindow.h"
#include "merchantapplicationdialog.h"
#include "merchantpolicydialog.h"
#include "services/creditfileservice.h"
#include "services/merchantpolicies.h"
#include "merchantqueuemodel.h"
#include "merchantreviewdetail.h"
#include "merchantspane.h"
#include "merchantstepdialog.h"
#include "merchantviewlist.h"
#include "scanviewer.h"
#include "uitestsupport.h"
#include "unit/merchanttestsupport.h"

#include <QBuffer>
#include <QComboBox>
#include <QPainter>
#include <QPdfWriter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace sw;
using namespace sw::ui;
using domain::DocumentKind;
using domain::MerchantAppAction;
using domain::MerchantAppStatus;
using services::Actor;

namespace {

// A one-page A5 PDF with a framed heading, written by Qt.
QByteArray realPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QPainter painter(&writer);
    painter.drawRect(200, 200, 2000, 1000);
    painter.drawText(300, 700, QStringLiteral("Tax registration"));
    painter.end();
    return bytes;
}

} // namespace

class TestMerchantsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fromSubmissionToApproval();
    void badApplicationIsRefusedAndNothingSaved();
    void scanViewerZooms();
    void creditFileWhatIf();
    void exportsTheCurrentView();
    void policyDialogSavesANewVersion();
    void rereviewsAppearWhileThePaneIsOpen();
    void screenshot();
    void navigationCountsTheReviewsWaiting();

private:
    MerchantReviewDetail* select(MerchantsPane& pane, const QString& id);
    MerchantAppStatus statusOf(const QString& id);
    QString writeFile(const QString& name, const QByteArray& bytes);
    void fillApplication(MerchantApplicationDialog* dialog, int n);

    swtest::IsolatedSettings m_settings;
    std::unique_ptr<swtest::MerchantWorld> m_world;
    QTemporaryDir m_files;
};

void TestMerchantsPane::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_world = std::make_unique<swtest::MerchantWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    m_world->clock.set(QDateTime(QDate(2025, 3, 4), QTime(2, 0), Qt::UTC));
}

void TestMerchantsPane::cleanupTestCase()
{
    m_world.reset();
}

QString TestMerchantsPane::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

MerchantAppStatus TestMerchantsPane::statusOf(const QString& id)
{
    return m_world->merchants(m_world->manager).get(id)->status;
}

MerchantReviewDetail* TestMerchantsPane::select(MerchantsPane& pane, const QString& id)
{
    if (!pane.waitForIdle())
        return nullptr;
    const int row = pane.model()->rowOfId(id);
    if (row < 0)
        return nullptr;
    QTableView* table = pane.tableView();
    const QModelIndex index = pane.model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    return pane.selectedReviewId() == id ? pane.detail() : nullptr;
}

void TestMerchantsPane::fillApplication(MerchantApplicationDialog* dialog, int n)
{
    const auto d = swtest::MerchantWorld::draft(n);
    dialog->legalNameEdit()->setText(d.legalName);
    QTest::keyClicks(dialog->creditCodeEdit(), d.creditCode);
    dialog->legalRepEdit()->setText(d.legalRep);
    QTest::keyClicks(dialog->legalRepIdEdit(), d.legalRepId);
    dialog->contactEdit()->setText(d.contactName);
    QTest::keyClicks(dialog->phoneEdit(), d.contactPhone);
    QTest::keyClicks(dialog->bankEdit(), d.bankAccount);
    dialog->setCategories({QStringLiteral("food")});
    QVERIFY(dialog->requiredLabel()->text().contains(QStringLiteral("Industry permit")));
    const QString png = writeFile(QStringLiteral("licence.png"), swtest::MerchantWorld::png());
    const QString pdf = writeFile(QStringLiteral("permit.pdf"), swtest::MerchantWorld::pdf());
    QVERIFY(dialog->addDocument(DocumentKind::BusinessLicence, QStringLiteral("BL-%1").arg(n), QDate(2030, 1, 1), png));
    QVERIFY(dialog->addDocument(DocumentKind::TaxRegistration, QStringLiteral("TX-%1").arg(n), QDate(), pdf));
    QVERIFY(dialog->addDocument(DocumentKind::LegalRepId, d.legalRepId, QDate(2035, 6, 1), png));
    QVERIFY(dialog->addDocument(DocumentKind::IndustryPermit, QStringLiteral("JY-%1").arg(n), QDate(2027, 2, 1), pdf));
    QCOMPARE(dialog->documentTable()->rowCount(), 4);
}

void TestMerchantsPane::fromSubmissionToApproval()
{
    QString id;
    {
        // Auditor 1 records the application and takes it.
        MerchantsPane pane(m_world->fx.db(), m_world->auditor, &m_world->clock);
        pane.resize(1600, 900);
        pane.show();
        QVERIFY(pane.waitForIdle());
        QVERIFY(pane.newApplicationAction()->isVisible());
        MerchantApplicationDialog* dialog = pane.openNewApplicationDialog();
        QVERIFY(dialog);
        fillApplication(dialog, 11);
        QVERIFY(dialog->creditCodeHint()->text().startsWith(QStringLiteral("Valid credit code")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY2(dialog->messageLabel()->text().isEmpty(), qPrintable(dialog->messageLabel()->text()));
        id = dialog->createdId();
        QVERIFY(!id.isEmpty());
        QVERIFY(pane.waitForIdle());
        QCOMPARE(pane.currentView(), services::MerchantView::NotTaken);
        QTRY_COMPARE(pane.selectedReviewId(), id);
        MerchantReviewDetail* detail = pane.detail();
        QCOMPARE(detail->offeredActions(), QList<MerchantAppAction>{MerchantAppAction::Take});
        QCOMPARE(detail->documentsTable()->rowCount(), 4);
        QTest::mouseClick(detail->actionButton(MerchantAppAction::Take), Qt::LeftButton);
        QCOMPARE(statusOf(id), MerchantAppStatus::InReview);
        QVERIFY(detail->offeredActions().contains(MerchantAppAction::RequestInfo));

        // Information requested: reason and text in the dialog; the due clock stops.
        MerchantStepDialog* step = detail->trigger(MerchantAppAction::RequestInfo);
        QVERIFY(step);
        QTest::mouseClick(step->okButton(), Qt::LeftButton); // no text: refused, stays open
        QVERIFY(!step->messageLabel()->text().isEmpty());
        QCOMPARE(statusOf(id), MerchantAppStatus::InReview);
        step->reasonCombo()->setCurrentIndex(step->reasonCombo()->findData(QStringLiteral("unclear_scan")));
        step->textEdit()->insertPlainText(QStringLiteral("许可证扫描件不清晰，请重新上传"));
        QTest::mouseClick(step->okButton(), Qt::LeftButton);
        QCOMPARE(statusOf(id), MerchantAppStatus::InfoRequested);
        QVERIFY(detail->fieldLabel(QStringLiteral("due"))->text().contains(QStringLiteral("paused")));

        // A day later the merchant answers; the auditor records it and approves.
        m_world->clock.advanceSecs(24 * 3600);
        step = detail->trigger(MerchantAppAction::InfoReceived);
        QVERIFY(step);
        step->textEdit()->insertPlainText(QStringLiteral("已收到清晰扫描件"));
        QTest::mouseClick(step->okButton(), Qt::LeftButton);
        QCOMPARE(statusOf(id), MerchantAppStatus::InReview);
        detail->documentsTable()->selectRow(0);
        detail->toggleVerified(0);
        QVERIFY(detail->documentsTable()->item(0, 5)->text().contains(QStringLiteral("Verified")));
        step = detail->trigger(MerchantAppAction::FirstApprove);
        QVERIFY(step);
        QTest::mouseClick(step->okButton(), Qt::LeftButton);
        QCOMPARE(statusOf(id), MerchantAppStatus::SecondReview);
        // Four-eyes: the first reviewer is offered no second review, and is refused if they try.
        QVERIFY(detail->offeredActions().isEmpty());
        QVERIFY(detail->actionButton(MerchantAppAction::SecondApprove)->isHidden());
        step = detail->trigger(MerchantAppAction::SecondApprove);
        QTest::mouseClick(step->okButton(), Qt::LeftButton);
        QVERIFY(step->messageLabel()->text().contains(QStringLiteral("four-eyes")));
        QCOMPARE(statusOf(id), MerchantAppStatus::SecondReview);
        step->reject();
    }
    {
        // Auditor 2 finds it under "Second review" and approves it.
        MerchantsPane pane(m_world->fx.db(), m_world->auditor2, &m_world->clock);
        pane.resize(1600, 900);
        pane.show();
        pane.setCurrentView(services::MerchantView::SecondReview);
        QVERIFY(pane.waitForIdle());
        QCOMPARE(pane.viewList()->counts().at(2), 1);
        MerchantReviewDetail* detail = select(pane, id);
        QVERIFY(detail);
        QCOMPARE(detail->offeredActions(),
                 (QList<MerchantAppAction>{MerchantAppAction::SecondApprove, MerchantAppAction::Reject}));
        MerchantStepDialog* step = detail->trigger(MerchantAppAction::SecondApprove);
        step->textEdit()->insertPlainText(QStringLiteral("复核通过"));
        QTest::mouseClick(step->okButton(), Qt::LeftButton);
        QCOMPARE(statusOf(id), MerchantAppStatus::Approved);
        QVERIFY(detail->offeredActions().isEmpty());
        QCOMPARE(detail->fieldLabel(QStringLiteral("status"))->text(), QStringLiteral("Approved"));
        QVERIFY(detail->fieldLabel(QStringLiteral("reviewers"))->text().contains(QStringLiteral("复核员")));
        // Every step on the timeline with who did it.
        QTableWidget* timeline = detail->timelineTable();
        QStringList steps;
        for (int r = 0; r < timeline->rowCount(); ++r)
            steps << timeline->item(r, 2)->text();
        QCOMPARE(steps, (QStringList{QStringLiteral("Submitted"), QStringLiteral("Taken"),
                                     QStringLiteral("Information requested"), QStringLiteral("Information received"),
                                     QStringLiteral("Document verified"), QStringLiteral("First approval"),
                                     QStringLiteral("Approved (second review)")}));
        QCOMPARE(timeline->item(2, 3)->text(), QStringLiteral("A scan is unreadable"));
        QCOMPARE(timeline->item(6, 1)->text(), QStringLiteral("复核员"));
        QVERIFY(pane.waitForIdle());
        QCOMPARE(pane.viewList()->counts().at(2), 0);
    }
}

void TestMerchantsPane::badApplicationIsRefusedAndNothingSaved()
{
    MerchantsPane pane(m_world->fx.db(), m_world->auditor, &m_world->clock);
    pane.show();
    QVERIFY(pane.waitForIdle());
    const QList<qint64> before = m_world->merchantCounts();
    MerchantApplicationDialog* dialog = pane.openNewApplicationDialog();
    fillApplication(dialog, 12);
    dialog->creditCodeEdit()->setText(QStringLiteral("91110105MA01234560"));
    QVERIFY(!dialog->creditCodeHint()->text().startsWith(QStringLiteral("Valid")));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("credit code")));
    QCOMPARE(m_world->merchantCounts(), before);
    dialog->reject();
    // Managers read the queue but record nothing.
    MerchantsPane managers(m_world->fx.db(), m_world->manager, &m_world->clock);
    QVERIFY(!managers.newApplicationAction()->isVisible());
    QVERIFY(!managers.openNewApplicationDialog());
}

void TestMerchantsPane::scanViewerZooms()
{
    services::MerchantApplicationDraft d = swtest::MerchantWorld::draft(13);
    d.documents[1].content = realPdf(); // the tax registration: a PDF Qt PDF renders
    const QString id = *m_world->merchants(m_world->auditor).submit(d);
    MerchantsPane pane(m_world->fx.db(), m_world->auditor, &m_world->clock);
    pane.resize(1600, 900);
    pane.show();
    pane.setCurrentView(services::MerchantView::All);
    MerchantReviewDetail* detail = select(pane, id);
    QVERIFY(detail);
    QVERIFY(detail->viewScan(0)); // the licence, a PNG, read off the GUI thread
    QTRY_VERIFY(!detail->isReadingScan());
    ScanViewer* viewer = detail->lastViewer();
    QVERIFY(viewer);
    QCOMPARE(viewer->pageCount(), 1);
    const int width = viewer->canvas()->pixmap().width();
    viewer->zoomIn();
    QVERIFY(viewer->canvas()->pixmap().width() > width);
    viewer->close();
    QVERIFY(detail->viewScan(1)); // the tax registration, a PDF
    QTRY_VERIFY(!detail->isReadingScan());
    ScanViewer* pdf = detail->lastViewer();
    QVERIFY(pdf);
    QVERIFY(pdf->windowTitle().contains(QStringLiteral("TX-13")));
    QCOMPARE(pdf->pageCount(), 1);
    pdf->close();
}

void TestMerchantsPane::creditFileWhatIf()
{
    const QString id = *m_world->merchants(m_world->auditor).submit(swtest::MerchantWorld::draft(14));
    MerchantsPane pane(m_world->fx.db(), m_world->auditor, &m_world->clock);
    pane.resize(1600, 900);
    pane.show();
    pane.setCurrentView(services::MerchantView::All);
    MerchantReviewDetail* detail = select(pane, id);
    QVERIFY(detail);
    CreditFileWidget* credit = detail->creditFile();
    QCOMPARE(credit->file()->score, 80);
    CreditEventDialog* dialog = credit->openEventDialog();
    QVERIFY(dialog);
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(QStringLiteral("failed_spot_check")));
    QVERIFY2(dialog->whatIfLabel()->text().contains(QStringLiteral("80 → 70")), qPrintable(dialog->whatIfLabel()->text()));
    QCOMPARE(credit->file()->events.size(), 0); // nothing recorded by looking
    dialog->explanationEdit()->insertPlainText(QStringLiteral("抽检报告 CJ-2025-031：标签不符"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(credit->file()->score, 70);
    QCOMPARE(credit->eventsTable()->rowCount(), 1);
    QCOMPARE(credit->historySeries()->count(), 2);
    CreditActionDialog* measure = credit->openActionDialog();
    measure->kindCombo()->setCurrentIndex(measure->kindCombo()->findData(QStringLiteral("warning")));
    QVERIFY(!measure->endEdit()->isEnabled());
    QTest::mouseClick(measure->okButton(), Qt::LeftButton); // no reason
    QVERIFY(!measure->messageLabel()->text().isEmpty());
    measure->reasonEdit()->insertPlainText(QStringLiteral("抽检不合格首次警告"));
    QTest::mouseClick(measure->okButton(), Qt::LeftButton);
    QCOMPARE(credit->actionsTable()->rowCount(), 1);
}

void TestMerchantsPane::exportsTheCurrentView()
{
    MerchantsPane pane(m_world->fx.db(), m_world->manager, &m_world->clock);
    pane.show();
    pane.setCurrentView(services::MerchantView::All);
    QVERIFY(pane.waitForIdle());
    const qint64 total = pane.model()->totalCount();
    QVERIFY(total >= 3);
    const QString path = m_files.filePath(QStringLiteral("reviews.csv"));
    QVERIFY(pane.exportCsv(path));
    QVERIFY(pane.waitForIdle());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), total + 1);
    QVERIFY(text.contains(QStringLiteral("杭州好物商贸有限公司13")));
}

void TestMerchantsPane::policyDialogSavesANewVersion()
{
    services::MerchantPolicies policies(m_world->fx.db(), m_world->admin, &m_world->clock);
    const int before = policies.creditRules().version();
    {
        // Someone else saves while the dialog is open: refused inline, nothing written.
        MerchantPolicyDialog dialog(m_world->fx.db(), m_world->admin, &m_world->clock);
        dialog.setPoints(2, -9); // fake reviews
        QVERIFY(policies.saveCreditRules(*policies.creditRules().withDelta(domain::CreditEventKind::CleanQuarter, 3)));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QCOMPARE(policies.creditRules().version(), before + 1);
        QCOMPARE(policies.creditRules().delta(domain::CreditEventKind::FakeReviews), -6);
    }
    MerchantPolicyDialog dialog(m_world->fx.db(), m_world->admin, &m_world->clock);
    QVERIFY(dialog.versionLabel()->text().contains(QString::number(before + 1)));
    dialog.setPoints(2, -9);
    // Food no longer needs an industry permit: untick it on the food row.
    const int foodRow = 1 + int(domain::merchantCategories().indexOf(QStringLiteral("food")));
    const int permitColumn = int(domain::allDocumentKinds().indexOf(DocumentKind::IndustryPermit));
    dialog.documentsTable()->item(foodRow, permitColumn)->setCheckState(Qt::Unchecked);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY2(dialog.messageLabel()->text().isEmpty(), qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(policies.creditRules().version(), before + 2);
    QCOMPARE(policies.creditRules().delta(domain::CreditEventKind::FakeReviews), -9);
    QVERIFY(!policies.documents().required({QStringLiteral("food")}).contains(DocumentKind::IndustryPermit));
    QVERIFY(policies.documents().required({QStringLiteral("cosmetics")}).contains(DocumentKind::IndustryPermit));
    // Back to the defaults for the other tests.
    QVERIFY(policies.saveDocuments(domain::MerchantDocuments::defaults()));
}

void TestMerchantsPane::rereviewsAppearWhileThePaneIsOpen()
{
    auto a1 = m_world->merchants(m_world->auditor);
    auto a2 = m_world->merchants(m_world->auditor2);
    const QString id = *a1.submit(swtest::MerchantWorld::draft(40));
    QVERIFY(a1.take(id));
    QVERIFY(a1.firstApprove(id, {}));
    QVERIFY(a2.secondApprove(id, {}));
    const qint64 before = m_world->fx.count(QStringLiteral("merchant_reviews WHERE kind = 'rereview'"));
    MerchantsPane pane(m_world->fx.db(), m_world->auditor, &m_world->clock);
    pane.show();
    QVERIFY(pane.waitForIdle());
    QVERIFY(pane.rereviewTimer()->isActive());
    QCOMPARE(pane.rereviewTimer()->interval(), MerchantsPane::kRereviewCheckMs);
    // A year later, in the same session: the hourly check creates the re-review.
    const QDateTime saved = m_world->clock.now();
    m_world->clock.set(saved.addYears(1));
    QVERIFY(QMetaObject::invokeMethod(pane.rereviewTimer(), "timeout", Qt::DirectConnection));
    QVERIFY(pane.waitForIdle());
    QVERIFY(m_world->fx.count(QStringLiteral("merchant_reviews WHERE kind = 'rereview'")) > before);
    m_world->clock.set(saved);
    // Managers read only: no timer.
    MerchantsPane managers(m_world->fx.db(), m_world->manager, &m_world->clock);
    QVERIFY(!managers.rereviewTimer()->isActive());
}

void TestMerchantsPane::screenshot()
{
    // Set SW_MERCHANTS_SCREENSHOT to a folder to keep the PNGs (and SW_MERCHANTS_LANGUAGE=zh_CN).
    if (const QString language = qEnvironmentVariable("SW_MERCHANTS_LANGUAGE"); !language.isEmpty())
        QVERIFY(sw::ui::installTranslations(*qApp, language));
    auto service = m_world->merchants(m_world->auditor);
    const QString first = *service.submit(swtest::MerchantWorld::draft(20));
    const QString merchant = service.get(first)->merchantId;
    services::CreditFileService credit(m_world->fx.db(), m_world->auditor, &m_world->clock);
    QVERIFY(credit.recordEvent(merchant, domain::CreditEventKind::CleanQuarter, QStringLiteral("季度无违规"),
                               QDate(2025, 1, 2)));
    QVERIFY(credit.recordEvent(merchant, domain::CreditEventKind::FailedSpotCheck, QStringLiteral("抽检不合格"),
                               QDate(2025, 2, 10)));
    QVERIFY(credit.recordEvent(merchant, domain::CreditEventKind::UpheldComplaint, QStringLiteral("投诉成立"),
                               QDate(2025, 3, 1)));
    QVERIFY(credit.addAction(merchant, domain::CreditActionKind::Warning, QStringLiteral("抽检不合格首次警告"),
                             QDate(2025, 2, 11), {}));
    for (int n = 21; n <= 24; ++n) {
        auto id = service.submit(swtest::MerchantWorld::draft(n, m_world->clock.now().date().addDays(20 * n - 400)));
        QVERIFY2(id, qPrintable(id.message()));
        if (n % 2 == 0)
            QVERIFY(service.take(*id));
    }
    MerchantsPane pane(m_world->fx.db(), m_world->auditor, &m_world->clock);
    pane.resize(1600, 900);
    pane.show();
    pane.setCurrentView(services::MerchantView::All);
    QVERIFY(pane.waitForIdle());
    QVERIFY(select(pane, first));
    // 80, then the three events with the points in force (the policy test may have changed them).
    const domain::CreditRules rules = services::MerchantPolicies(m_world->fx.db(), m_world->auditor).creditRules();
    QCOMPARE(pane.detail()->creditFile()->file()->score,
             domain::CreditRules::replay({rules.delta(domain::CreditEventKind::CleanQuarter),
                                          rules.delta(domain::CreditEventKind::FailedSpotCheck),
                                          rules.delta(domain::CreditEventKind::UpheldComplaint)}));
    QCOMPARE(pane.detail()->creditFile()->historySeries()->count(), 4);
    const QImage image = pane.grab().toImage();
    QVERIFY(!image.isNull());
    if (const QString folder = qEnvironmentVariable("SW_MERCHANTS_SCREENSHOT"); !folder.isEmpty()) {
        QVERIFY(image.save(folder + QStringLiteral("/merchants-pane.png")));
        pane.detail()->tabs()->setCurrentIndex(1);
        QVERIFY(pane.grab().toImage().save(folder + QStringLiteral("/merchants-documents.png")));
        pane.detail()->tabs()->setCurrentIndex(3);
        QVERIFY(pane.grab().toImage().save(folder + QStringLiteral("/merchants-credit.png")));
        MerchantApplicationDialog dialog(m_world->fx.db(), m_world->auditor, &m_world->clock);
        dialog.show();
        QVERIFY(dialog.grab().toImage().save(folder + QStringLiteral("/merchants-application.png")));
    }
}

void TestMerchantsPane::navigationCountsTheReviewsWaiting()
{
    MainWindow window(m_world->fx.db(), m_world->auditor);
    window.show();
    MerchantsPane* pane = window.merchantsPane();
    QVERIFY(pane);
    const auto entry = [&] {
        for (int row = 0; row < window.navigation()->count(); ++row)
            if (window.navigation()->item(row)->text().startsWith(pane->title()))
                return window.navigation()->item(row)->text();
        return QString();
    };
    QTRY_VERIFY(pane->viewList()->countOf(services::MerchantView::WaitingForMe) >= 0);
    QVERIFY(pane->waitForIdle());
    const qint64 waiting = pane->viewList()->countOf(services::MerchantView::WaitingForMe);
    QCOMPARE(entry(), waiting > 0 ? QStringLiteral("%1 (%2)").arg(pane->title()).arg(waiting) : pane->title());
    // One more taken by this auditor: the entry follows the pane's counts.
    auto service = m_world->merchants(m_world->auditor);
    const auto id = service.submit(swtest::MerchantWorld::draft(30));
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(service.take(*id));
    pane->refresh();
    QTRY_COMPARE(entry(), QStringLiteral("%1 (%2)").arg(pane->title()).arg(waiting + 1));
    QVERIFY(pane->waitForIdle());
}

QTEST_MAIN(TestMerchantsPane)
#include "tst_merchantspane.moc"
