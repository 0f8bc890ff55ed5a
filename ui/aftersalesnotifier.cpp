#include "aftersalesnotifier.h"

#include "clock.h"
#include "querythread.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace sw::ui {

AfterSalesNotifier::AfterSalesNotifier(storage::Database& db, const services::Actor& actor,
                                       const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_query(std::make_unique<services::AfterSalesQuery>(db, actor, clock))
    , m_thread(std::make_unique<models::QueryThread>(db))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AfterSalesNotifier::check);
}

AfterSalesNotifier::~AfterSalesNotifier()
{
    m_thread.reset(); // joins the worker before m_query goes
}

void AfterSalesNotifier::start()
{
    m_timer->start();
    check();
}

void AfterSalesNotifier::stop()
{
    m_timer->stop();
}

void AfterSalesNotifier::setTrayEnabled(bool enabled)
{
    if (enabled && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(qApp->windowIcon().isNull()
                                         ? qApp->style()->standardIcon(QStyle::SP_MessageBoxQuestion)
                                         : qApp->windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Shopwarden after-sales approvals"));
        m_tray->show();
        m_ownsTray = true;
    } else if (!enabled && m_tray) {
        if (m_ownsTray)
            delete m_tray;
        m_tray = nullptr;
        m_ownsTray = false;
    }
}

void AfterSalesNotifier::useTray(QSystemTrayIcon* tray)
{
    setTrayEnabled(false);
    m_tray = tray;
}

void AfterSalesNotifier::check()
{
    if (m_checking)
        return;
    m_checking = true;
    const services::AfterSalesQuery* query = m_query.get();
    const services::AfterSalesFilter filter = query->viewFilter(services::AfterSalesView::AwaitingMyApproval);
    m_thread->run(
        this,
        [query, filter]() {
            return query->list(filter,
                               services::AfterSalesSort{services::AfterSalesColumn::Due, Qt::AscendingOrder});
        },
        [this](Result<QList<services::AfterSalesRow>> rows) { apply(rows); });
}

void AfterSalesNotifier::waitForThread()
{
    m_thread->waitForDone();
}

void AfterSalesNotifier::apply(const Result<QList<services::AfterSalesRow>>& rows)
{
    m_checking = false;
    if (!rows.ok()) {
        Q_EMIT checked();
        return;
    }
    const QDateTime now = Clock::nowOf(m_clock);
    QStringList arrived;
    QSet<QString> ids;
    int overdue = 0;
    for (const services::AfterSalesRow& row : *rows) {
        ids.insert(row.id);
        if (row.isOverdue(now))
            ++overdue;
        if (!m_known.contains(row.id))
            arrived << row.number;
    }
    m_known = ids;
    m_overdue = overdue;
    if (!arrived.isEmpty()) {
        QStringList shown = arrived.mid(0, 3);
        if (arrived.size() > 3)
            shown << QStringLiteral("…");
        const QString title = tr("Approval needed");
        QString text = tr("%n after-sales request(s) await your approval: %1", nullptr, int(arrived.size()))
                           .arg(shown.join(QStringLiteral(", ")));
        if (overdue > 0)
            text += QLatin1Char(' ') + tr("%n of them overdue.", nullptr, overdue);
        if (m_tray)
            m_tray->showMessage(title, text,
                                overdue > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        Q_EMIT alert(title, text);
    }
    const int badge = int(ids.size());
    if (badge != m_badge) {
        m_badge = badge;
        Q_EMIT badgeChanged(badge);
    }
    Q_EMIT checked();
}

} // namespace sw::ui
