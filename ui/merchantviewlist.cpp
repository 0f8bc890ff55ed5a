#include "merchantviewlist.h"

#include "querythread.h"

#include <QLocale>

namespace sw::ui {

using services::MerchantView;

MerchantViewList::MerchantViewList(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                   QWidget* parent)
    : QListWidget(parent)
    , m_query(std::make_unique<services::MerchantQuery>(db, actor, clock))
    , m_countThread(std::make_unique<models::QueryThread>(db))
{
    for (MerchantView view : services::allMerchantViews()) {
        auto* item = new QListWidgetItem(services::displayName(view), this);
        item->setData(Qt::UserRole, int(view));
        m_counts << -1;
    }
    // Auditors start on their own work; managers on everything open.
    setCurrentView(actor.has(domain::Role::Auditor) ? MerchantView::WaitingForMe : MerchantView::AllOpen);
    setMinimumWidth(120);
    setMaximumWidth(260);
    setSpacing(2);
}

MerchantViewList::~MerchantViewList()
{
    m_countThread.reset(); // joins before m_query goes
}

MerchantView MerchantViewList::currentView() const
{
    return currentRow() >= 0 ? viewAt(currentRow()) : MerchantView::All;
}

void MerchantViewList::setCurrentView(MerchantView view)
{
    if (const int row = rowOf(view); row >= 0)
        setCurrentRow(row);
}

MerchantView MerchantViewList::viewAt(int row) const
{
    return MerchantView(item(row)->data(Qt::UserRole).toInt());
}

int MerchantViewList::rowOf(MerchantView view) const
{
    for (int row = 0; row < count(); ++row)
        if (viewAt(row) == view)
            return row;
    return -1;
}

services::MerchantFilter MerchantViewList::currentFilter() const
{
    return m_query->viewFilter(currentView());
}

void MerchantViewList::refreshCounts()
{
    const quint64 generation = ++m_countGeneration;
    m_countsPending = true;
    const services::MerchantQuery* query = m_query.get();
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
                const QString name = services::displayName(viewAt(row));
                item(row)->setText(tr("%1 (%2)", "view name (count)").arg(name, QLocale().toString(m_counts.at(row))));
            }
            Q_EMIT countsChanged();
        });
}

qint64 MerchantViewList::countOf(MerchantView view) const
{
    const int row = rowOf(view);
    return row >= 0 && row < m_counts.size() ? m_counts.at(row) : -1;
}

void MerchantViewList::waitForCountThread()
{
    m_countThread->waitForDone();
}

} // namespace sw::ui
