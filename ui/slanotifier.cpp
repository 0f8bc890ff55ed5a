#include "slanotifier.h"

#include "querythread.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace sw::ui {

using services::SlaFilter;
using services::TicketFilter;

namespace {

QString numberList(const QStringList& numbers)
{
    QStringList shown = numbers.mid(0, 3);
    if (numbers.size() > 3)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral(", "));
}

} // namespace

SlaNotifier::SlaNotifier(storage::Database& db, const services::Actor& actor, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_actor(actor)
    , m_clock(clock)
    , m_query(std::make_unique<services::TicketQuery>(db, actor, clock))
    , m_thread(std::make_unique<models::QueryThread>(db))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SlaNotifier::check);
}

SlaNotifier::~SlaNotifier()
{
    m_thread.reset(); // joins the worker before m_query goes
}

void SlaNotifier::start()
{
    m_timer->start();
    check();
}

void SlaNotifier::stop()
{
    m_timer->stop();
}

void SlaNotifier::setTrayEnabled(bool enabled)
{
    if (enabled && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(qApp->windowIcon().isNull() ? qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                                                 : qApp->windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Shopwarden ticket SLA alerts"));
        m_tray->show();
    } else if (!enabled && m_tray) {
        delete m_tray;
        m_tray = nullptr;
    }
}

QList<TicketFilter> SlaNotifier::watchedFilters(SlaFilter sla) const
{
    QList<TicketFilter> filters;
    TicketFilter mine;
    mine.ownerId = m_actor.userId;
    mine.sla = sla;
    filters << mine;
    if (m_actor.has(domain::Role::Lead) && !m_actor.teamId.isEmpty()) {
        TicketFilter team;
        team.teamId = m_actor.teamId;
        team.sla = sla;
        filters << team;
    }
    return filters;
}

void SlaNotifier::check()
{
    if (m_checking)
        return;
    m_checking = true;
    const services::TicketQuery* query = m_query.get();
    const QList<TicketFilter> warning = watchedFilters(SlaFilter::Warning);
    const QList<TicketFilter> breached = watchedFilters(SlaFilter::Breached);
    m_thread->run(
        this,
        [query, warning, breached]() {
            Snapshot snapshot;
            // Most urgent first: the first page is what matters if there are many.
            const services::TicketSort byDue{services::TicketColumn::SlaState, Qt::AscendingOrder};
            const auto collect = [&](const QList<TicketFilter>& filters, QHash<QString, QString>* out) {
                for (const TicketFilter& filter : filters) {
                    const auto rows = query->page(filter, byDue, 0, kMaxWatched);
                    if (!rows.ok()) {
                        snapshot.error = rows.message();
                        return;
                    }
                    for (const services::TicketRow& row : *rows)
                        out->insert(row.id, row.number);
                }
            };
            collect(warning, &snapshot.warning);
            collect(breached, &snapshot.breached);
            return snapshot;
        },
        [this](Snapshot snapshot) { apply(snapshot); });
}

void SlaNotifier::apply(const Snapshot& snapshot)
{
    m_checking = false;
    if (!snapshot.error.isEmpty()) {
        Q_EMIT checked();
        return;
    }
    QStringList newlyWarned;
    QStringList newlyBreached;
    for (auto it = snapshot.warning.constBegin(); it != snapshot.warning.constEnd(); ++it) {
        if (!m_warned.contains(it.key()))
            newlyWarned << it.value();
    }
    for (auto it = snapshot.breached.constBegin(); it != snapshot.breached.constEnd(); ++it) {
        if (!m_breached.contains(it.key()))
            newlyBreached << it.value();
    }
    newlyWarned.sort();
    newlyBreached.sort();
    m_warned = QSet<QString>(snapshot.warning.keyBegin(), snapshot.warning.keyEnd());
    m_breached = QSet<QString>(snapshot.breached.keyBegin(), snapshot.breached.keyEnd());

    const auto announce = [this](const QString& title, const QString& text, QSystemTrayIcon::MessageIcon icon) {
        if (m_tray)
            m_tray->showMessage(title, text, icon);
        Q_EMIT alert(title, text);
    };
    if (!newlyBreached.isEmpty())
        announce(tr("SLA breached"),
                 tr("%n ticket(s) passed the SLA target: %1", nullptr, int(newlyBreached.size()))
                     .arg(numberList(newlyBreached)),
                 QSystemTrayIcon::Critical);
    if (!newlyWarned.isEmpty())
        announce(tr("SLA warning"),
                 tr("%n ticket(s) reached the SLA warning level: %1", nullptr, int(newlyWarned.size()))
                     .arg(numberList(newlyWarned)),
                 QSystemTrayIcon::Warning);

    const int badge = int(m_warned.size() + m_breached.size());
    if (badge != m_badge) {
        m_badge = badge;
        Q_EMIT badgeChanged(badge);
    }
    Q_EMIT checked();
}

} // namespace sw::ui
