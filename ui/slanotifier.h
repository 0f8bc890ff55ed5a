#pragma once

// SLA notifications for the signed-in user: every minute (and on check()) it asks
// TicketQuery, on its own query thread, for the open tickets of the user (owner) — for
// leads also their team's — that are in SLA warning or breached, and announces those
// that crossed since the last check: a desktop notification when a system tray exists,
// always the alert() signal (the main window shows it in the status bar) and the badge
// count (warning + breached) for the Tickets navigation entry.

#include "services/actor.h"
#include "services/ticketquery.h"

#include <QObject>
#include <QSet>

#include <memory>

class QSystemTrayIcon;
class QTimer;

namespace sw {
class Clock;
}

namespace sw::models {
class QueryThread;
}

namespace sw::ui {

class SlaNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 1000;
    static constexpr int kMaxWatched = 500; // per state and scope; the badge says "500+"

    SlaNotifier(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                QObject* parent = nullptr);
    ~SlaNotifier() override;

    void start();          // periodic checks (the first one at once)
    void stop();
    void check();          // one check now, in the background
    bool isChecking() const { return m_checking; }
    int badgeCount() const { return m_badge; }
    // Desktop notifications through a tray icon, when the platform has a tray.
    void setTrayEnabled(bool enabled);
    // The tray icon while enabled (other notifiers may show their messages through it).
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    // The filters the notifier watches (owner, and team for leads), for tests.
    QList<services::TicketFilter> watchedFilters(services::SlaFilter sla) const;

Q_SIGNALS:
    void alert(const QString& title, const QString& text);
    void badgeChanged(int count);
    void checked(); // after every finished check

private:
    struct Snapshot
    {
        QHash<QString, QString> warning;  // id → number
        QHash<QString, QString> breached; // id → number
        QString error;
    };
    void apply(const Snapshot& snapshot);

    services::Actor m_actor;
    const Clock* m_clock;
    std::unique_ptr<services::TicketQuery> m_query;
    std::unique_ptr<models::QueryThread> m_thread;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    QSet<QString> m_warned;
    QSet<QString> m_breached;
    bool m_checking = false;
    int m_badge = 0;
};

} // namespace sw::ui
