#pragma once

// Approval notifications for the signed-in user, like SlaNotifier for tickets: every
// minute (and on check()) it reads, on its own query thread, the requests awaiting this
// user's approval (AfterSalesQuery's "Awaiting my approval" view) and announces those
// that arrived since the last check — a desktop notification when a system tray exists,
// always the alert() signal (the main window shows it in the status bar) — and keeps
// the badge count for the navigation entry. Overdue ones are named in the alert.

#include "services/actor.h"
#include "services/aftersalesquery.h"

#include <QObject>
#include <QPointer>
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

class AfterSalesNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 1000;

    AfterSalesNotifier(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                       QObject* parent = nullptr);
    ~AfterSalesNotifier() override;

    void start(); // periodic checks (the first one at once)
    void stop();
    void check(); // one check now, in the background
    bool isChecking() const { return m_checking; }
    int badgeCount() const { return m_badge; }
    int overdueCount() const { return m_overdue; }
    // Desktop notifications through a tray icon of its own, when the platform has a tray…
    void setTrayEnabled(bool enabled);
    // … or through one that exists already (the SLA notifier's), so there is one icon.
    void useTray(QSystemTrayIcon* tray);
    // Blocks until the query thread is idle (tests; results still need the event loop).
    void waitForThread();

Q_SIGNALS:
    void alert(const QString& title, const QString& text);
    void badgeChanged(int count);
    void checked();

private:
    void apply(const Result<QList<services::AfterSalesRow>>& rows);

    const Clock* m_clock;
    std::unique_ptr<services::AfterSalesQuery> m_query;
    std::unique_ptr<models::QueryThread> m_thread;
    QTimer* m_timer;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_ownsTray = false;
    QSet<QString> m_known;
    bool m_checking = false;
    int m_badge = 0;
    int m_overdue = 0;
};

} // namespace sw::ui
