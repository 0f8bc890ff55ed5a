#pragma once

// The merchant review queue 商家审核队列 as a table model over MerchantQuery. There can be
// hundreds of thousands of reviews, so the model reads the count and the first page in
// one background task and later pages on demand (canFetchMore / fetchMore, as a view
// scrolls), all on its own QueryThread, never on the GUI thread. Every filter or sort
// change bumps a generation; results of an older one are dropped. Sorting is done by the
// query (sort() → MerchantSort).
//
// refresh() reloads as many rows as are loaded now and keeps them on screen until the
// fresh ones arrive, so the view keeps its selection when one review changes.
//
// Overdue reviews are highlighted on every row (light red background, OverdueRole); the
// flags column names duplicates (重复) and documents expiring within 30 days.

#include "clock.h"
#include "services/actor.h"
#include "services/merchantquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

namespace sw::storage {
class Database;
}

namespace sw::models {

class QueryThread;

class MerchantQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    enum DataRole {
        RawRole = Qt::UserRole + 1, // unformatted value (QString, QDateTime, enum code)
        IdRole,                     // the review's id
        OverdueRole,                // bool, on every column
        MerchantIdRole,             // the merchant's id
    };

    MerchantQueueModel(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                       QObject* parent = nullptr);
    ~MerchantQueueModel() override;

    services::MerchantFilter filter() const { return m_filter; }
    services::MerchantSort sortSpec() const { return m_sort; }
    void setFilter(const services::MerchantFilter& filter);
    void setSort(const services::MerchantSort& sort);
    void refresh();

    qint64 totalCount() const { return m_count; }
    bool isLoading() const { return m_pending > 0; }
    QString lastError() const { return m_lastError; }
    std::optional<services::MerchantRow> rowAt(int row) const;
    QString idAt(int row) const;
    int rowOfId(const QString& id) const;
    const services::MerchantQuery& query() const { return *m_query; }

    // Test hook: runs the event loop until nothing is pending (false on timeout).
    bool waitForIdle(int timeoutMs = 30000);
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString columnTitle(services::MerchantColumn column);
    // DisplayRole text of one cell (also used by the CSV export).
    static QString displayText(const services::MerchantRow& row, services::MerchantColumn column,
                               const QDateTime& now);

Q_SIGNALS:
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    void error(const QString& message);

private:
    struct Loaded
    {
        qint64 count = 0;
        QList<services::MerchantRow> rows;
    };
    void load(int rows);
    void arrived(quint64 generation, Result<Loaded> loaded);
    void moreArrived(quint64 generation, Result<QList<services::MerchantRow>> rows);
    void setPending(int pending);
    QDateTime now() const;
    QVariant rawValue(const services::MerchantRow& row, services::MerchantColumn column) const;

    const Clock* m_clock;
    std::unique_ptr<services::MerchantQuery> m_query;
    services::MerchantFilter m_filter;
    services::MerchantSort m_sort;
    QList<services::MerchantRow> m_rows;
    qint64 m_count = 0;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_fetching = false;
    int m_pageSize = kPageSize;
    QString m_lastError;
    std::unique_ptr<QueryThread> m_thread; // last: destroyed (and joined) first
};

} // namespace sw::models
