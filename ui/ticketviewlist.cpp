#include "ticketviewlist.h"

#include "querythread.h"

#include <QLocale>
#include <QTimer>

namespace sw::ui {

using services::TicketView;

TicketViewList::TicketViewList(storage::Database& db, const services::Actor& actor, const Clock* clock,
                               QWidget* parent)
    : QListWidget(parent)
    , m_query(std::make_unique<services::TicketQuery>(db, actor, clock))
    , m_countThread(std::make_unique<models::QueryThread>(db))
    , m_timer(new QTimer(this))
{
    QList<TicketView> views = m_query->viewsFor();
    // Everyone gets "All": TicketQuery limits it to what the actor may see, and agents
    // need it to find their resolved tickets again.
    if (!views.contains(TicketView::All))
        views << TicketView::All;
    for (TicketView view : views) {
        auto* item = new QListWidgetItem(services::displayName(view), this);
        item->setData(Qt::UserRole, int(view));
    }
    setCurrentRow(0);
    setMinimumWidth(120);
    setMaximumWidth(280);
    setSpacing(2);

    m_timer->setInterval(kCountIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TicketViewList::refreshCounts);
    m_timer->start();
}

TicketViewList::~TicketViewList()
{
    m_countThread.reset(); // joins before m_query goes
}

TicketView TicketViewList::viewAt(int row) const
{
    const QListWidgetItem* entry = item(row);
    return entry ? TicketView(entry->data(Qt::UserRole).toInt()) : TicketView::All;
}

TicketView TicketViewList::currentView() const
{
    const QListWidgetItem* entry = currentItem();
    return entry ? TicketView(entry->data(Qt::UserRole).toInt()) : TicketView::All;
}

void TicketViewList::setCurrentView(TicketView view)
{
    for (int row = 0; row < count(); ++row) {
        if (viewAt(row) == view)
            setCurrentRow(row);
    }
}

services::TicketFilter TicketViewList::currentFilter() const
{
    return currentItem() ? m_query->viewFilter(currentView()) : services::TicketFilter();
}

void TicketViewList::refreshCounts()
{
    QList<QPair<int, services::TicketFilter>> filters;
    for (int row = 0; row < count(); ++row)
        filters.append({row, m_query->viewFilter(viewAt(row))});
    const quint64 generation = ++m_countGeneration;
    m_countsPending = true;
    const services::TicketQuery* query = m_query.get();
    m_countThread->run(
        this,
        [query, filters]() {
            QList<QPair<int, qint64>> counts;
            for (const auto& [row, filter] : filters) {
                const auto count = query->count(filter);
                counts.append({row, count.ok() ? *count : -1});
            }
            return counts;
        },
        [this, generation](QList<QPair<int, qint64>> counts) {
            if (generation != m_countGeneration)
                return;
            m_countsPending = false;
            for (const auto& [row, count] : counts) {
                QListWidgetItem* entry = item(row);
                if (!entry)
                    continue;
                const QString name = services::displayName(TicketView(entry->data(Qt::UserRole).toInt()));
                entry->setText(count < 0
                                   ? name
                                   : tr("%1 (%2)", "view name (count)").arg(name, QLocale().toString(count)));
            }
        });
}

void TicketViewList::waitForCountThread()
{
    m_countThread->waitForDone();
}

} // namespace sw::ui
