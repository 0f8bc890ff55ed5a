#include "aftersalesviewlist.h"

#include "querythread.h"

#include <QLocale>

namespace sw::ui {

using services::AfterSalesView;

AfterSalesViewList::AfterSalesViewList(storage::Database& db, const services::Actor& actor,
                                       const Clock* clock, QWidget* parent)
    : QListWidget(parent)
    , m_query(std::make_unique<services::AfterSalesQuery>(db, actor, clock))
    , m_countThread(std::make_unique<models::QueryThread>(db))
{
    for (AfterSalesView view : services::allAfterSalesViews()) {
        auto* item = new QListWidgetItem(services::displayName(view), this);
        item->setData(Qt::UserRole, int(view));
        m_counts << -1;
    }
    // Approvers start where their work is; everyone else on the open requests.
    const bool approves = domain::highestApprovalLevel(actor.roles).has_value();
    setCurrentView(approves ? AfterSalesView::AwaitingMyApproval : AfterSalesView::AllOpen);
    setMinimumWidth(120);
    setMaximumWidth(260);
    setSpacing(2);
}

AfterSalesViewList::~AfterSalesViewList()
{
    m_countThread.reset(); // joins before m_query goes
}

AfterSalesView AfterSalesViewList::currentView() const
{
    const QListWidgetItem* entry = currentItem();
    return entry ? AfterSalesView(entry->data(Qt::UserRole).toInt()) : AfterSalesView::All;
}

void AfterSalesViewList::setCurrentView(AfterSalesView view)
{
    for (int row = 0; row < count(); ++row) {
        if (AfterSalesView(item(row)->data(Qt::UserRole).toInt()) == view)
            setCurrentRow(row);
    }
}

services::AfterSalesFilter AfterSalesViewList::currentFilter() const
{
    return m_query->viewFilter(currentView());
}

void AfterSalesViewList::refreshCounts()
{
    const quint64 generation = ++m_countGeneration;
    m_countsPending = true;
    const services::AfterSalesQuery* query = m_query.get();
    m_countThread->run(
        this, [query]() { return query->viewCounts(); },
        [this, generation](Result<QList<qint64>> counts) {
            if (generation != m_countGeneration)
                return;
            m_countsPending = false;
            if (!counts.ok())
                return;
            m_counts = *counts;
            for (int row = 0; row < count() && row < m_counts.size(); ++row) {
                const QString name =
                    services::displayName(AfterSalesView(item(row)->data(Qt::UserRole).toInt()));
                item(row)->setText(
                    tr("%1 (%2)", "view name (count)").arg(name, QLocale().toString(m_counts.at(row))));
            }
        });
}

void AfterSalesViewList::waitForCountThread()
{
    m_countThread->waitForDone();
}

} // namespace sw::ui
