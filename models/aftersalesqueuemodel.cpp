#include "aftersalesqueuemodel.h"

#include "querythread.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace sw::models {

using services::AfterSalesColumn;
using services::AfterSalesRow;

namespace {

constexpr int kColumnCount = int(AfterSalesColumn::Count);
const QColor kOverdueText(0xc6, 0x28, 0x28);
const QColor kOverdueBackground(0xfd, 0xec, 0xea);

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

AfterSalesQueueModel::AfterSalesQueueModel(storage::Database& db, const services::Actor& actor,
                                           const Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_query(std::make_unique<services::AfterSalesQuery>(db, actor, clock))
    , m_thread(std::make_unique<QueryThread>(db))
{
    load();
}

AfterSalesQueueModel::~AfterSalesQueueModel()
{
    m_thread.reset(); // joins before m_query goes
}

QDateTime AfterSalesQueueModel::now() const
{
    return Clock::nowOf(m_clock);
}

void AfterSalesQueueModel::setFilter(const services::AfterSalesFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    load();
}

void AfterSalesQueueModel::setSort(const services::AfterSalesSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    load();
}

void AfterSalesQueueModel::refresh()
{
    load();
}

void AfterSalesQueueModel::load()
{
    const quint64 generation = ++m_generation;
    const bool wasLoading = isLoading();
    ++m_pending;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    m_thread->clearQueued(); // an older list nobody will see
    const services::AfterSalesQuery* query = m_query.get();
    const services::AfterSalesFilter filter = m_filter;
    const services::AfterSalesSort sort = m_sort;
    m_thread->run(
        this, [query, filter, sort]() { return query->list(filter, sort); },
        [this, generation](Result<QList<AfterSalesRow>> rows) { arrived(generation, std::move(rows)); });
}

void AfterSalesQueueModel::arrived(quint64 generation, Result<QList<AfterSalesRow>> rows)
{
    // Cleared work never reports back, so the pending count restarts with the newest.
    if (generation != m_generation)
        return;
    m_pending = 0;
    if (!rows.ok()) {
        m_lastError = rows.message();
        Q_EMIT error(m_lastError);
    } else {
        m_lastError.clear();
        beginResetModel();
        m_rows = std::move(rows).value();
        endResetModel();
        Q_EMIT loaded(int(m_rows.size()));
    }
    Q_EMIT loadingChanged(false);
}

bool AfterSalesQueueModel::waitForIdle(int timeoutMs)
{
    return m_thread->waitWhile([this] { return isLoading(); }, timeoutMs);
}

std::optional<AfterSalesRow> AfterSalesQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

QString AfterSalesQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int AfterSalesQueueModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int AfterSalesQueueModel::overdueCount() const
{
    const QDateTime at = now();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const AfterSalesRow& r) { return r.isOverdue(at); }));
}

int AfterSalesQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AfterSalesQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QString AfterSalesQueueModel::columnTitle(AfterSalesColumn column)
{
    switch (column) {
    case AfterSalesColumn::Number:
        return tr("Number");
    case AfterSalesColumn::Kind:
        return tr("Kind");
    case AfterSalesColumn::OrderNo:
        return tr("Order No.");
    case AfterSalesColumn::Customer:
        return tr("Customer");
    case AfterSalesColumn::Merchant:
        return tr("Merchant");
    case AfterSalesColumn::Amount:
        return tr("Amount");
    case AfterSalesColumn::Reason:
        return tr("Reason");
    case AfterSalesColumn::Status:
        return tr("Status");
    case AfterSalesColumn::ApproverLevel:
        return tr("Approver Level");
    case AfterSalesColumn::Age:
        return tr("Age");
    case AfterSalesColumn::Due:
        return tr("Due");
    case AfterSalesColumn::Count:
        break;
    }
    return {};
}

QString AfterSalesQueueModel::formatDuration(qint64 secs)
{
    secs = qAbs(secs);
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h", "duration").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min", "duration").arg(hours).arg(minutes);
    return tr("%1 min", "duration").arg(minutes);
}

QString AfterSalesQueueModel::displayText(const AfterSalesRow& row, AfterSalesColumn column,
                                          const QDateTime& now)
{
    switch (column) {
    case AfterSalesColumn::Number:
        return row.number;
    case AfterSalesColumn::Kind:
        return domain::displayName(row.kind);
    case AfterSalesColumn::OrderNo:
        return row.orderNo;
    case AfterSalesColumn::Customer:
        return row.customerName;
    case AfterSalesColumn::Merchant:
        return row.merchantName;
    case AfterSalesColumn::Amount:
        return row.amount.format(QLocale());
    case AfterSalesColumn::Reason:
        return domain::displayName(row.reason);
    case AfterSalesColumn::Status:
        return domain::displayName(row.status);
    case AfterSalesColumn::ApproverLevel:
        if (row.approvalsNeeded > 1)
            return tr("%1 (%2 of %3 approvals)", "approver level")
                .arg(domain::displayName(row.level))
                .arg(row.approvalsGiven)
                .arg(row.approvalsNeeded);
        return domain::displayName(row.level);
    case AfterSalesColumn::Age:
        return formatDuration(row.createdAt.secsTo(now));
    case AfterSalesColumn::Due: {
        const QDateTime due = row.dueAt();
        if (!due.isValid())
            return {};
        if (due < now)
            return tr("Overdue by %1").arg(formatDuration(due.secsTo(now)));
        return tr("In %1").arg(formatDuration(now.secsTo(due)));
    }
    case AfterSalesColumn::Count:
        break;
    }
    return {};
}

QVariant AfterSalesQueueModel::rawValue(const AfterSalesRow& row, AfterSalesColumn column) const
{
    switch (column) {
    case AfterSalesColumn::Number:
        return row.number;
    case AfterSalesColumn::Kind:
        return domain::code(row.kind);
    case AfterSalesColumn::OrderNo:
        return row.orderNo;
    case AfterSalesColumn::Customer:
        return row.customerName;
    case AfterSalesColumn::Merchant:
        return row.merchantName;
    case AfterSalesColumn::Amount:
        return row.amount.fen();
    case AfterSalesColumn::Reason:
        return domain::code(row.reason);
    case AfterSalesColumn::Status:
        return domain::code(row.status);
    case AfterSalesColumn::ApproverLevel:
        return int(row.level);
    case AfterSalesColumn::Age:
        return row.createdAt;
    case AfterSalesColumn::Due:
        return row.dueAt();
    case AfterSalesColumn::Count:
        break;
    }
    return {};
}

QVariant AfterSalesQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AfterSalesRow& row = m_rows.at(index.row());
    const auto column = AfterSalesColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column, now());
    case RawRole:
        return rawValue(row, column);
    case IdRole:
        return row.id;
    case OverdueRole:
        return row.isOverdue(now());
    case Qt::ToolTipRole:
        if (row.isOverdue(now()))
            return tr("Overdue: a decision on %1 was due %2 (%3 after it started waiting).")
                .arg(row.number, shortTime(row.dueAt()))
                .arg(tr("%n hour(s)", nullptr, services::AfterSalesQuery::kDecisionHours));
        if (column == AfterSalesColumn::Due && row.dueAt().isValid())
            return tr("A decision is due %1.").arg(shortTime(row.dueAt()));
        if (column == AfterSalesColumn::Age)
            return tr("Created %1").arg(shortTime(row.createdAt));
        return {};
    case Qt::BackgroundRole:
        return row.isOverdue(now()) ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::ForegroundRole:
        if (column == AfterSalesColumn::Due && row.isOverdue(now()))
            return QBrush(kOverdueText);
        return {};
    case Qt::DecorationRole:
        if (column == AfterSalesColumn::Due && row.isOverdue(now()))
            return kOverdueText;
        return {};
    case Qt::TextAlignmentRole:
        if (column == AfterSalesColumn::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AfterSalesQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(AfterSalesColumn(section));
    return {};
}

void AfterSalesQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kColumnCount)
        return;
    setSort(services::AfterSalesSort{AfterSalesColumn(column), order});
}

} // namespace sw::models
