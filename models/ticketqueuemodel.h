#pragma once

// The ticket queue (工单队列) as a windowed table model: it never holds the table, only
// up to kMaxPages pages of kPageSize rows around what the view shows. rowCount() is the
// full count of the current filter, so the scrollbar reflects a million tickets.
//
// Counts and pages are read with TicketQuery on the model's own QueryThread. data() for
// a row whose page is not loaded returns a placeholder and schedules the page; when it
// arrives the model emits dataChanged() for it. Every filter or sort change bumps a
// generation number; results of an older generation are dropped, so a slow search can
// never overwrite a newer one. Sorting is server-side (sort() → TicketSort), not a proxy.
//
// refresh() keeps the rows on screen (marked stale) until their fresh pages arrive, so
// the view does not flicker and keeps its selection after a ticket changes.

#include "clock.h"
#include "services/actor.h"
#include "services/ticketquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace sw::storage {
class Database;
}

namespace sw::models {

class QueryThread;

class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 20;

    enum DataRole {
        RawRole = Qt::UserRole + 1, // unformatted value (QString, QDateTime, enum code, SLA state code)
        IdRole,                     // the ticket's id (empty while its page loads)
        LoadedRole,                 // bool: the row's page is in memory
        SlaStateRole,               // int(domain::SlaState) of the row, on every column
    };

    // `clock` (optional, must outlive the model) decides "now" for the SLA column.
    TicketQueueModel(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                     QObject* parent = nullptr);
    ~TicketQueueModel() override;

    services::TicketFilter filter() const { return m_filter; }
    services::TicketSort sortSpec() const { return m_sort; }
    // Both reset the model; the new count and pages load in the background.
    void setFilter(const services::TicketFilter& filter);
    void setSort(const services::TicketSort& sort);
    // Counts again and reloads the cached pages; rows stay visible until then.
    void refresh();

    qint64 totalCount() const { return m_count; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

    // The row if its page is loaded.
    std::optional<services::TicketRow> rowAt(int row) const;
    QString idAt(int row) const;
    // Row of a ticket among the loaded pages, -1 if not loaded.
    int rowOfId(const QString& id) const;

    // The SLA state of a row "now", from its stored next_due / next_warn / paused.
    static domain::SlaState slaStateOf(const services::TicketRow& row, const QDateTime& now);

    // Test hook: runs the event loop until no count or page is pending (false on timeout).
    bool waitForIdle(int timeoutMs = 30000);
    // Test hook: smaller pages and cache (resets the model).
    void setPaging(int pageSize, int maxPages);
    int pageSize() const { return m_pageSize; }
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(services::TicketColumn column);
    // DisplayRole text of one cell of a loaded row (also used by the CSV export).
    static QString displayText(const services::TicketRow& row, services::TicketColumn column,
                               const QDateTime& now);

Q_SIGNALS:
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    void error(const QString& message);
    // Rows [first, last] got fresh data.
    void pageLoaded(int first, int last);

private:
    struct Page
    {
        QList<services::TicketRow> rows;
        quint64 epoch = 0; // older than m_epoch: shown, but reloaded
    };

    const services::TicketRow* cachedRow(int row) const;
    void requestPage(int page) const;
    void requestCount();
    void pageArrived(quint64 generation, quint64 epoch, int page,
                     Result<QList<services::TicketRow>> rows);
    void countArrived(quint64 generation, Result<qint64> count);
    void touch(int page) const;
    void updateLoading() const;
    void resetWith(bool keepCount);
    QDateTime now() const;
    QVariant rawValue(const services::TicketRow& row, services::TicketColumn column) const;

    const Clock* m_clock;
    std::unique_ptr<services::TicketQuery> m_query;
    services::TicketFilter m_filter;
    services::TicketSort m_sort;
    quint64 m_generation = 1; // filter/sort identity
    quint64 m_epoch = 1;      // data freshness within a generation
    qint64 m_count = 0;
    bool m_countPending = false;
    QString m_lastError;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_lru;          // most recently used first
    mutable QSet<int> m_pendingPages;  // requested, not yet arrived
    mutable bool m_loading = false;
    mutable bool m_loadingUpdateQueued = false;
    int m_pageSize = kPageSize;
    int m_maxPages = kMaxPages;
    std::unique_ptr<QueryThread> m_thread; // last: destroyed (and joined) first
};

} // namespace sw::models
