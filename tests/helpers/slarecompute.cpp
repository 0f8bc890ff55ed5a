// Measures an SLA policy change on an existing (e.g. seeded) database: saves a policy
// with the given first-response hours through TicketService::setSlaPolicy (setting +
// recompute of every ticket + audit, one transaction) and prints the wall time and the
// number of tickets whose columns changed, as JSON. For docs/performance.md; not a test.
//
// usage: sw_helper_slarecompute DB PASSPHRASE_FILE FIRST_RESPONSE_HOURS

#include "services/actor.h"
#include "services/ticketservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>

using sw::storage::Database;
using sw::storage::Secret;

namespace {

int fail(const QString& what)
{
    std::fprintf(stderr, "slarecompute: %s\n", qPrintable(what));
    return 4;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int hours = args.size() == 4 ? args[3].toInt(&ok) : 0;
    if (!ok) {
        std::fprintf(stderr, "usage: sw_helper_slarecompute DB PASSPHRASE_FILE FIRST_RESPONSE_HOURS\n");
        return 2;
    }
    QFile passFile(args[2]);
    if (!passFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the passphrase file"));
    QByteArray line = passFile.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    auto db = Database::open(args[1], Secret::takeFrom(line));
    if (!db.ok())
        return fail(db.message());

    sw::services::TicketService service(**db, sw::services::Actor::system());
    sw::domain::SlaPolicy policy = service.slaPolicy();
    policy.setFirstResponseHours(hours);
    QElapsedTimer timer;
    timer.start();
    const sw::Status saved = service.setSlaPolicy(policy);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!saved.ok())
        return fail(saved.message());
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'tickets.sla_recompute' "
                          "ORDER BY seq DESC LIMIT 1"));
    const QString audit = q.next() ? q.value(0).toString() : QString();
    std::printf("{\"seconds\":%.3f,\"audit\":%s}\n", seconds, audit.isEmpty() ? "null" : qPrintable(audit));
    return 0;
}
