#pragma once

// The after-sales queue (售后审批) as a table model. Requests number in the thousands,
// so the model holds every row of the current filter; they are read with
// AfterSalesQuery::list() on the model's own QueryThread, never on the GUI thread. Each
// filter or sort change bumps a generation; results of an older one are dropped.
// Sorting is done by the query (sort() → AfterSalesSort), not by a proxy.
//
// refresh() keeps the rows on screen until the fresh list arrives, so the view keeps its
// selection when one request changes.
//
// Overdue requests (AfterSalesRow::isOverdue) are highlighted on every column: a light
// red background, a red swatch (DecorationRole, a QColor; the pane's delegate draws a
// warning icon instead) and a tooltip on the due column, plus OverdueRole for views.

#include "clock.h"
#include "services/actor.h"
#include "services/aftersalesquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

namespace sw::storage {
class Database;
}

namespace sw::models {

class QueryThread;

class AfterSalesQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole {
        RawRole = Qt::UserRole + 1, // unformatted value (QString, qint64 fen, QDateTime, enum code)
        IdRole,                     // the request's id
        OverdueRole,                // bool, on every column
    };

    // `clock` (optional, must outlive the model) decides "now" for age, due and overdue.
    AfterSalesQueueModel(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
                         QObject* parent = nullptr);
    ~AfterSalesQueueModel() override;

    services::AfterSalesFilter filter() const { return m_filter; }
    services::AfterSalesSort sortSpec() const { return m_sort; }
    // Both load the new list in the background; the model resets when it arrives.
    void setFilter(const services::AfterSalesFilter& filter);
    void setSort(const services::AfterSalesSort& sort);
    void refresh();

    bool isLoading() const { return m_pending > 0; }
    QString lastError() const { return m_lastError; }
    const QList<services::AfterSalesRow>& rows() const { return m_rows; }
    std::optional<services::AfterSalesRow> rowAt(int row) const;
    QString idAt(int row) const;
    int rowOfId(const QString& id) const;
    int overdueCount() const;

    // Test hook: runs the event loop until nothing is pending (false on timeout).
    bool waitForIdle(int timeoutMs = 30000);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(services::AfterSalesColumn column);
    // DisplayRole text of one cell (also used by the CSV export).
    static QString displayText(const services::AfterSalesRow& row, services::AfterSalesColumn column,
                               const QDateTime& now);
    // "2 d 3 h", "45 min": how long ago / how long until.
    static QString formatDuration(qint64 secs);

Q_SIGNALS:
    void loaded(int rows);
    void loadingChanged(bool loading);
    void error(const QString& message);

private:
    void load();
    void arrived(quint64 generation, Result<QList<services::AfterSalesRow>> rows);
    QDateTime now() const;
    QVariant rawValue(const services::AfterSalesRow& row, services::AfterSalesColumn column) const;

    const Clock* m_clock;
    std::unique_ptr<services::AfterSalesQuery> m_query;
    services::AfterSalesFilter m_filter;
    services::AfterSalesSort m_sort;
    QList<services::AfterSalesRow> m_rows;
    quint64 m_generation = 0;
    int m_pending = 0;
    QString m_lastError;
    std::unique_ptr<QueryThread> m_thread; // last: destroyed (and joined) first
};

} // namespace sw::models
