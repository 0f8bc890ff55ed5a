// ConflictsPane on conflicts made the real way: a change made through a service goes to
// the outbox, the "server" refuses it (SyncStore::applyVerdicts, as the sync client does
// with a push answer) and the server's row is applied locally. The pane lists them with
// the table and record in words, the reason and the author; the detail compares my
// change with the server's version (secret columns never shown); Re-apply and Discard
// work through the real buttons (Discard only after its confirmation), and the database
// shows the result.

#include "conflictspane.h"
#include "services/syncedtables.h"
#include "services/userservice.h"
#include "support/servicefixture.h"
#include "sync/conflictservice.h"
#include "sync/syncstore.h"
#include "uitestsupport.h"

#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using sw::sync::Op;
using sw::sync::RowState;
using sw::sync::SyncStore;
using sw::sync::Verdict;
using sw::ui::ConflictsPane;

namespace {

enum Column { When, Table, Record, Reason, Author };

} // namespace

class TestConflictsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyState();
    void tableTitles_data();
    void tableTitles();
    void fieldTitles_data();
    void fieldTitles();
    void listsConflictsWithDetail();
    void secretColumnsAreNotShown();
    void idsShownByName();
    void othersSeeOnlyTheirOwn();
    void reapplyWritesTheChangeAgain();
    void discardAsksFirst();

private:
    // The server accepts everything waiting in the outbox (the rows get a server_seq).
    void acceptOutbox();
    // The server refuses the newest outbox op with `code`; `current` (the server's row,
    // the local row with `serverChanges` on top) comes back with it unless withCurrent
    // is false. The other waiting ops are accepted.
    void refuseNewest(const QString& code, const QDateTime& at, const QJsonObject& serverChanges = {},
                      bool withCurrent = true);
    QJsonObject localRow(const QString& table, const QString& id);
    QList<Op> outbox();
    static bool waitLoaded(ConflictsPane& pane, QSignalSpy& spy);
    QString displayName(const QString& userId)
    {
        return m_fixture.scalar(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {userId})
            .toString();
    }

    std::unique_ptr<swtest::IsolatedSettings> m_settings;
    swtest::ServiceFixture m_fixture;
    sw::services::Actor m_admin;
    sw::services::Actor m_agent;
    qint64 m_serverSeq = 0;
};

void TestConflictsPane::initTestCase()
{
    m_settings = std::make_unique<swtest::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    sw::services::declareAllSyncedTables();
}

void TestConflictsPane::init()
{
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
    sw::services::UserDraft draft;
    draft.login = QStringLiteral("zhangsan");
    draft.displayName = QStringLiteral("张三");
    draft.roles = {sw::domain::Role::Agent};
    auto id =
        sw::services::UserService(m_fixture.db(), m_admin).create(draft, QStringLiteral("zhangsan-password"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    m_agent = sw::services::Actor{*id, draft.login, draft.displayName, {}, draft.roles};
    m_serverSeq = 0;
    acceptOutbox(); // everything so far is on the server
}

void TestConflictsPane::cleanup()
{
    m_fixture.destroy();
}

QList<Op> TestConflictsPane::outbox()
{
    auto batch = SyncStore::nextBatch(m_fixture.conn(), 10000, qint64(1) << 40);
    if (!batch)
        qFatal("outbox: %s", qPrintable(batch.message()));
    return *batch;
}

QJsonObject TestConflictsPane::localRow(const QString& table, const QString& id)
{
    QJsonObject row;
    for (const QString& field : sw::services::SyncedTables::find(table)->fields) {
        const QVariant value =
            m_fixture.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table), {id});
        row.insert(field, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    return row;
}

void TestConflictsPane::acceptOutbox()
{
    const QList<Op> ops = outbox();
    QList<Verdict> verdicts;
    for (const Op& op : ops) {
        Verdict v;
        v.opId = op.opId;
        v.accepted = true;
        v.serverSeq = ++m_serverSeq;
        verdicts << v;
    }
    auto refused = SyncStore::applyVerdicts(m_fixture.conn(), ops, verdicts, m_admin.userId,
                                            QDateTime::currentDateTimeUtc());
    QVERIFY2(refused, qPrintable(refused ? QString() : refused.error().detail));
    QCOMPARE(*refused, 0);
}

void TestConflictsPane::refuseNewest(const QString& code, const QDateTime& at,
                                     const QJsonObject& serverChanges, bool withCurrent)
{
    const QList<Op> ops = outbox();
    QVERIFY(!ops.isEmpty());
    QList<Verdict> verdicts;
    for (const Op& op : ops) {
        Verdict v;
        v.opId = op.opId;
        if (op.opId != ops.last().opId) {
            v.accepted = true;
            v.serverSeq = ++m_serverSeq;
        } else {
            v.code = code;
            v.reason = QStringLiteral("refused in the test");
            if (withCurrent) {
                RowState current;
                current.table = op.table;
                current.rowId = op.rowId;
                current.serverSeq = ++m_serverSeq;
                current.hlc = op.hlc;
                current.updatedBy = m_admin.userId;
                current.fields = localRow(op.table, op.rowId);
                for (auto it = serverChanges.begin(); it != serverChanges.end(); ++it)
                    current.fields.insert(it.key(), it.value());
                v.current = current;
            }
        }
        verdicts << v;
    }
    auto refused = SyncStore::applyVerdicts(m_fixture.conn(), ops, verdicts, m_admin.userId, at);
    QVERIFY2(refused, qPrintable(refused ? QString() : refused.error().detail));
    QCOMPARE(*refused, 1);
}

bool TestConflictsPane::waitLoaded(ConflictsPane& pane, QSignalSpy& spy)
{
    while (pane.isBusy() || spy.isEmpty()) {
        if (!spy.wait(swtest::kSlowWorkTimeoutMs))
            return false;
    }
    return true;
}

void TestConflictsPane::emptyState()
{
    ConflictsPane pane(m_fixture.db(), m_admin);
    QSignalSpy loaded(&pane, &ConflictsPane::loaded);
    pane.show();
    QVERIFY(waitLoaded(pane, loaded));
    QCOMPARE(loaded.last().at(0).toInt(), 0);
    QVERIFY(pane.emptyLabel()->isVisible());
    QVERIFY(!pane.table()->isVisible());
    QVERIFY(!pane.reapplyButton()->isEnabled());
    QVERIFY(!pane.discardButton()->isEnabled());
    QVERIFY(!pane.copySelection());
}

void TestConflictsPane::tableTitles_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("title");
    QTest::newRow("tickets") << "tickets"
                             << "Tickets";
    QTest::newRow("users") << "users"
                           << "Users";
    QTest::newRow("teams") << "teams"
                           << "Teams";
    QTest::newRow("customers") << "customers"
                               << "Customers";
    QTest::newRow("unknown keeps its name") << "future_table"
                                            << "future_table";
}

void TestConflictsPane::tableTitles()
{
    QFETCH(QString, table);
    QFETCH(QString, title);
    QCOMPARE(ConflictsPane::tableTitle(table), title);
}

void TestConflictsPane::fieldTitles_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("title");
    QTest::newRow("status") << "status"
                            << "Status";
    QTest::newRow("display_name") << "display_name"
                                  << "Display name";
    QTest::newRow("owner_id") << "owner_id"
                              << "Owner";
    QTest::newRow("unknown keeps its name") << "future_field"
                                            << "future_field";
}

void TestConflictsPane::fieldTitles()
{
    QFETCH(QString, field);
    QFETCH(QString, title);
    QCOMPARE(ConflictsPane::fieldTitle(field), title);
}

void TestConflictsPane::listsConflictsWithDetail()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
    // 1. The admin renames 张三; the server refuses and has renamed them itself.
    sw::services::UserDraft draft{m_agent.login, QStringLiteral("张三丰"), {}, m_agent.roles, true};
    QVERIFY(sw::services::UserService(m_fixture.db(), m_admin).update(m_agent.userId, draft));
    refuseNewest(QStringLiteral("forbidden"), t0,
                 {{QStringLiteral("display_name"), QStringLiteral("张老三")}});
    QCOMPARE(displayName(m_agent.userId), QStringLiteral("张老三")); // the server's version is applied
    // 2. A new team whose name the server already has for another team: nothing comes back.
    auto team = sw::services::UserService(m_fixture.db(), m_admin).createTeam(QStringLiteral("售后一组"));
    QVERIFY2(team.ok(), qPrintable(team.message()));
    refuseNewest(QStringLiteral("duplicate"), t0.addSecs(60), {}, false);

    ConflictsPane pane(m_fixture.db(), m_admin);
    QSignalSpy loaded(&pane, &ConflictsPane::loaded);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(waitLoaded(pane, loaded));
    QCOMPARE(loaded.last().at(0).toInt(), 2);
    QVERIFY(!pane.emptyLabel()->isVisible());
    QCOMPARE(pane.table()->rowCount(), 2);

    // Newest first and selected: the table and the record in words, the translated
    // reason, the author's name.
    QCOMPARE(pane.conflicts().first().table, QStringLiteral("teams"));
    QCOMPARE(pane.table()->item(0, Table)->text(), QStringLiteral("Teams"));
    QCOMPARE(pane.table()->item(0, Record)->text(), QStringLiteral("售后一组"));
    QVERIFY(pane.table()->item(0, Record)->toolTip().contains(*team));
    QCOMPARE(pane.table()->item(0, Reason)->text(),
             sw::sync::ConflictService::reasonFor(QStringLiteral("duplicate")));
    QVERIFY(!pane.table()->item(0, Reason)->text().contains(QStringLiteral("duplicate")));
    QCOMPARE(pane.table()->item(0, Author)->text(), m_admin.displayName);
    // A new row the server does not have: no server version to compare with.
    const QTableWidget* detail = pane.detail();
    QVERIFY(detail->rowCount() >= 1);
    bool sawName = false;
    for (int row = 0; row < detail->rowCount(); ++row) {
        QCOMPARE(detail->item(row, 2)->text(), QStringLiteral("(no server version)"));
        if (detail->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("name")) {
            sawName = true;
            QCOMPARE(detail->item(row, 0)->text(), QStringLiteral("Name"));
            QCOMPARE(detail->item(row, 1)->text(), QStringLiteral("售后一组"));
        }
    }
    QVERIFY(sawName);
    QVERIFY(pane.reapplyButton()->isEnabled());
    QVERIFY(pane.discardButton()->isEnabled());

    // The older one: my change against the server's, the difference in bold.
    pane.table()->selectRow(1);
    QCOMPARE(pane.table()->item(1, Table)->text(), QStringLiteral("Users"));
    QCOMPARE(pane.table()->item(1, Record)->text(), QStringLiteral("张老三 · zhangsan"));
    QCOMPARE(pane.table()->item(1, Reason)->text(),
             sw::sync::ConflictService::reasonFor(QStringLiteral("forbidden")));
    QCOMPARE(detail->rowCount(), 1); // only what the change touched ("deleted": 0 is not shown)
    QCOMPARE(detail->item(0, 0)->text(), QStringLiteral("Display name"));
    QCOMPARE(detail->item(0, 1)->text(), QStringLiteral("张三丰"));
    QCOMPARE(detail->item(0, 2)->text(), QStringLiteral("张老三"));
    QVERIFY(detail->item(0, 1)->font().bold());
    QVERIFY(pane.copySelection());
}

void TestConflictsPane::secretColumnsAreNotShown()
{
    QVERIFY(sw::services::UserService(m_fixture.db(), m_admin)
                .resetPassword(m_agent.userId, QStringLiteral("another-password")));
    // The server still has the old hash.
    refuseNewest(
        QStringLiteral("forbidden"), QDateTime::currentDateTimeUtc(),
        {{QStringLiteral("password_hash"), QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$server$hash")}});

    ConflictsPane pane(m_fixture.db(), m_admin);
    QSignalSpy loaded(&pane, &ConflictsPane::loaded);
    pane.show();
    QVERIFY(waitLoaded(pane, loaded));
    QCOMPARE(pane.table()->rowCount(), 1);
    const QTableWidget* detail = pane.detail();
    bool sawPassword = false;
    for (int row = 0; row < detail->rowCount(); ++row) {
        for (int column = 1; column < 3; ++column)
            QVERIFY2(!detail->item(row, column)->text().contains(QLatin1Char('$')), "a hash is shown");
        if (detail->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("password_hash")) {
            sawPassword = true;
            QCOMPARE(detail->item(row, 0)->text(), QStringLiteral("Password"));
            QCOMPARE(detail->item(row, 1)->text(), QStringLiteral("(not shown)"));
            QCOMPARE(detail->item(row, 2)->text(), QStringLiteral("(not shown)"));
            QVERIFY(detail->item(row, 1)->font().bold()); // it still says that they differ
        }
    }
    QVERIFY(sawPassword);
}

void TestConflictsPane::idsShownByName()
{
    // The admin puts 张三 in a team; the server has them in none.
    auto team = sw::services::UserService(m_fixture.db(), m_admin).createTeam(QStringLiteral("售后一组"));
    QVERIFY2(team.ok(), qPrintable(team.message()));
    acceptOutbox();
    sw::services::UserDraft draft{m_agent.login, m_agent.displayName, *team, m_agent.roles, true};
    QVERIFY(sw::services::UserService(m_fixture.db(), m_admin).update(m_agent.userId, draft));
    refuseNewest(QStringLiteral("forbidden"), QDateTime::currentDateTimeUtc(),
                 {{QStringLiteral("team_id"), QJsonValue::Null}});

    ConflictsPane pane(m_fixture.db(), m_admin);
    QSignalSpy loaded(&pane, &ConflictsPane::loaded);
    pane.show();
    QVERIFY(waitLoaded(pane, loaded));
    const QTableWidget* detail = pane.detail();
    QCOMPARE(detail->rowCount(), 1);
    QCOMPARE(detail->item(0, 0)->text(), QStringLiteral("Team"));
    QCOMPARE(detail->item(0, 1)->text(), QStringLiteral("售后一组")); // not the team's id
    QCOMPARE(detail->item(0, 2)->text(), QStringLiteral("(empty)"));
}

void TestConflictsPane::othersSeeOnlyTheirOwn()
{
    sw::services::UserDraft draft{m_agent.login, QStringLiteral("张三丰"), {}, m_agent.roles, true};
    QVERIFY(sw::services::UserService(m_fixture.db(), m_admin).update(m_agent.userId, draft));
    refuseNewest(QStringLiteral("forbidden"), QDateTime::currentDateTimeUtc());

    // The admin's conflict: the agent's pane has nothing to show.
    ConflictsPane pane(m_fixture.db(), m_agent);
    QSignalSpy loaded(&pane, &ConflictsPane::loaded);
    pane.show();
    QVERIFY(waitLoaded(pane, loaded));
    QCOMPARE(loaded.last().at(0).toInt(), 0);
    QVERIFY(pane.emptyLabel()->isVisible());
}

void TestConflictsPane::reapplyWritesTheChangeAgain()
{
    sw::services::UserDraft draft{m_agent.login, QStringLiteral("张三丰"), {}, m_agent.roles, true};
    QVERIFY(sw::services::UserService(m_fixture.db(), m_admin).update(m_agent.userId, draft));
    refuseNewest(QStringLiteral("illegal_transition"), QDateTime::currentDateTimeUtc(),
                 {{QStringLiteral("display_name"), QStringLiteral("张老三")}});
    QCOMPARE(displayName(m_agent.userId), QStringLiteral("张老三"));
    QCOMPARE(m_fixture.count(QStringLiteral("sync_outbox")), qint64(0));
    const QString id = m_fixture.scalar(QStringLiteral("SELECT id FROM sync_conflicts")).toString();

    ConflictsPane pane(m_fixture.db(), m_admin);
    QSignalSpy loaded(&pane, &ConflictsPane::loaded);
    QSignalSpy resolved(&pane, &ConflictsPane::resolved);
    QSignalSpy messages(&pane, &ConflictsPane::statusMessage);
    pane.show();
    QVERIFY(waitLoaded(pane, loaded));
    QCOMPARE(pane.table()->rowCount(), 1);

    loaded.clear();
    QTest::mouseClick(pane.reapplyButton(), Qt::LeftButton);
    QVERIFY(pane.isBusy());
    QVERIFY(!pane.reapplyButton()->isEnabled()); // no second click while it runs
    QVERIFY(resolved.wait(swtest::kSlowWorkTimeoutMs));
    QCOMPARE(resolved.first().at(0).toBool(), true);
    QVERIFY(waitLoaded(pane, loaded));
    QCOMPARE(loaded.last().at(0).toInt(), 0);
    QCOMPARE(messages.count(), 1);

    // My value is back, as a new change waiting to be pushed; the conflict is resolved.
    QCOMPARE(displayName(m_agent.userId), QStringLiteral("张三丰"));
    QCOMPARE(m_fixture.count(QStringLiteral("sync_outbox WHERE table_name = 'users' AND row_id = ?"),
                             {m_agent.userId}),
             qint64(1));
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT resolution FROM sync_conflicts WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("reapplied"));
    QVERIFY(!m_fixture.scalar(QStringLiteral("SELECT resolved_at FROM sync_conflicts WHERE id = ?"), {id})
                 .isNull());
    QCOMPARE(m_fixture.count(QStringLiteral("audit_log WHERE action = 'sync.conflict_reapplied'")),
             qint64(1));
    QCOMPARE(pane.table()->rowCount(), 0);
    QVERIFY(pane.emptyLabel()->isVisible());
}

void TestConflictsPane::discardAsksFirst()
{
    sw::services::UserDraft draft{m_agent.login, QStringLiteral("张三丰"), {}, m_agent.roles, true};
    QVERIFY(sw::services::UserService(m_fixture.db(), m_admin).update(m_agent.userId, draft));
    refuseNewest(QStringLiteral("forbidden"), QDateTime::currentDateTimeUtc(),
                 {{QStringLiteral("display_name"), QStringLiteral("张老三")}});
    const QString id = m_fixture.scalar(QStringLiteral("SELECT id FROM sync_conflicts")).toString();

    ConflictsPane pane(m_fixture.db(), m_admin);
    QSignalSpy loaded(&pane, &ConflictsPane::loaded);
    QSignalSpy resolved(&pane, &ConflictsPane::resolved);
    pane.show();
    QVERIFY(waitLoaded(pane, loaded));

    // Cancel: nothing happens.
    QTest::mouseClick(pane.discardButton(), Qt::LeftButton);
    QMessageBox* question = pane.discardQuestion();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(!pane.discardQuestion());
    QVERIFY(!pane.isBusy());
    QCOMPARE(resolved.count(), 0);
    QVERIFY(m_fixture.scalar(QStringLiteral("SELECT resolved_at FROM sync_conflicts WHERE id = ?"), {id})
                .isNull());

    // Discard, confirmed: the server's version stays, no new change to push.
    loaded.clear();
    QTest::mouseClick(pane.discardButton(), Qt::LeftButton);
    question = pane.discardQuestion();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QVERIFY(resolved.count() == 1 || resolved.wait(swtest::kSlowWorkTimeoutMs));
    QCOMPARE(resolved.first().at(0).toBool(), true);
    QVERIFY(waitLoaded(pane, loaded));
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT resolution FROM sync_conflicts WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("discarded"));
    QCOMPARE(displayName(m_agent.userId), QStringLiteral("张老三"));
    QCOMPARE(m_fixture.count(QStringLiteral("sync_outbox")), qint64(0));
    QCOMPARE(m_fixture.count(QStringLiteral("audit_log WHERE action = 'sync.conflict_discarded'")),
             qint64(1));
    QCOMPARE(pane.table()->rowCount(), 0);
}

QTEST_MAIN(TestConflictsPane)
#include "tst_conflictspane.moc"
