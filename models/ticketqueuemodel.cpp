#include "ticketqueuemodel.h"

#include "domain/slaclock.h"
#include "querythread.h"
#include "storage/database.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace sw::models {

using services::TicketColumn;
using services::TicketRow;

namespace {

constexpr int kColumnCount = int(TicketColumn::Count);

QString shortTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TicketQueueModel::TicketQueueModel(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                   QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_query(std::make_unique<services::TicketQuery>(db, actor, clock))
    , m_thread(std::make_unique<QueryThread>(db))
{
    requestCount();
}

TicketQueueModel::~TicketQueueModel()
{
    // Join the worker before m_query goes (members are destroyed in reverse order, but
    // be explicit: the worker uses m_query).
    m_thread.reset();
}

QDateTime TicketQueueModel::now() const
{
    return m_clock ? m_clock->now() : Clock::system().now();
}

void TicketQueueModel::setFilter(const services::TicketFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    resetWith(false);
}

void TicketQueueModel::setSort(const services::TicketSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    // Same filter, same count: the rows stay (as placeholders) and the scroll position
    // with them.
    resetWith(true);
}

void TicketQueueModel::resetWith(bool keepCount)
{
    beginResetModel();
    ++m_generation;
    m_thread->clearQueued();
    m_pages.clear();
    m_lru.clear();
    m_pendingPages.clear();
    m_lastError.clear();
    if (!keepCount)
        m_count = 0;
    endResetModel();
    if (!keepCount)
        Q_EMIT countChanged(m_count);
    requestCount();
}

void TicketQueueModel::setPaging(int pageSize, int maxPages)
{
    m_pageSize = qMax(1, pageSize);
    m_maxPages = qMax(1, maxPages);
    resetWith(true);
}

void TicketQueueModel::refresh()
{
    ++m_epoch;
    requestCount();
}

void TicketQueueModel::requestCount()
{
    m_countPending = true;
    updateLoading();
    const quint64 generation = m_generation;
    const services::TicketQuery* query = m_query.get();
    const services::TicketFilter filter = m_filter;
    m_thread->run(
        this, [query, filter]() { return query->count(filter); },
        [this, generation](Result<qint64> count) { countArrived(generation, std::move(count)); });
}

void TicketQueueModel::countArrived(quint64 generation, Result<qint64> count)
{
    if (generation != m_generation)
        return; // a newer filter replaced this one meanwhile
    m_countPending = false;
    if (!count.ok()) {
        m_lastError = count.message();
        updateLoading();
        Q_EMIT error(m_lastError);
        return;
    }
    m_lastError.clear();
    const qint64 newCount = qMin<qint64>(*count, std::numeric_limits<int>::max());
    const qint64 oldCount = m_count;
    if (newCount > oldCount) {
        beginInsertRows({}, int(oldCount), int(newCount - 1));
        m_count = newCount;
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows({}, int(newCount), int(oldCount - 1));
        m_count = newCount;
        // Pages past the new end would answer for rows that no longer exist.
        const int lastPage = newCount == 0 ? -1 : int((newCount - 1) / m_pageSize);
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage) {
                m_lru.removeAll(it.key());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    }
    // Rows loaded before a refresh() are stale now: let the view ask again; it asks
    // only for what it shows, and data() reloads those pages.
    bool anyStale = false;
    for (const Page& page : std::as_const(m_pages))
        anyStale = anyStale || page.epoch < m_epoch;
    if (anyStale && m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_count - 1), kColumnCount - 1));
    updateLoading();
    if (newCount != oldCount)
        Q_EMIT countChanged(m_count);
}

void TicketQueueModel::requestPage(int page) const
{
    if (m_pendingPages.contains(page))
        return;
    m_pendingPages.insert(page);
    const quint64 generation = m_generation;
    const quint64 epoch = m_epoch;
    const services::TicketQuery* query = m_query.get();
    const services::TicketFilter filter = m_filter;
    const services::TicketSort sort = m_sort;
    auto* self = const_cast<TicketQueueModel*>(this);
    m_thread->run(
        self,
        [query, filter, sort, page, size = m_pageSize, total = m_countPending ? qint64(-1) : m_count]() {
            return query->page(filter, sort, qint64(page) * size, size, total);
        },
        [self, generation, epoch, page](Result<QList<TicketRow>> rows) {
            self->pageArrived(generation, epoch, page, std::move(rows));
        });
    updateLoading();
}

void TicketQueueModel::pageArrived(quint64 generation, quint64 epoch, int page, Result<QList<TicketRow>> rows)
{
    if (generation != m_generation)
        return;
    m_pendingPages.remove(page);
    if (!rows.ok()) {
        m_lastError = rows.message();
        updateLoading();
        Q_EMIT error(m_lastError);
        return;
    }
    const int first = page * m_pageSize;
    if (first >= m_count) {
        updateLoading();
        return;
    }
    m_pages.insert(page, Page{std::move(rows).value(), epoch});
    touch(page);
    // A newer refresh() happened while this page was on its way: fetch it again.
    if (epoch < m_epoch)
        requestPage(page);
    const int last = int(qMin<qint64>(m_count, qint64(first) + m_pageSize) - 1);
    updateLoading();
    Q_EMIT dataChanged(index(first, 0), index(last, kColumnCount - 1));
    Q_EMIT pageLoaded(first, last);
}

void TicketQueueModel::touch(int page) const
{
    const int at = m_lru.indexOf(page);
    if (at == 0)
        return;
    if (at > 0)
        m_lru.removeAt(at);
    m_lru.prepend(page);
    while (m_lru.size() > m_maxPages)
        m_pages.remove(m_lru.takeLast());
}

void TicketQueueModel::updateLoading() const
{
    // data() calls this; the signal is sent from the event loop, never from inside a
    // view's paint or the model tester's checks.
    if (m_loadingUpdateQueued)
        return;
    m_loadingUpdateQueued = true;
    auto* self = const_cast<TicketQueueModel*>(this);
    QMetaObject::invokeMethod(
        self,
        [self] {
            self->m_loadingUpdateQueued = false;
            const bool loading = self->m_countPending || !self->m_pendingPages.isEmpty();
            if (loading != self->m_loading) {
                self->m_loading = loading;
                Q_EMIT self->loadingChanged(loading);
            }
        },
        Qt::QueuedConnection);
}

bool TicketQueueModel::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_countPending || !m_pendingPages.isEmpty() || m_loadingUpdateQueued) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        m_thread->waitForDone();
    }
    QCoreApplication::processEvents();
    return true;
}

const TicketRow* TicketQueueModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / m_pageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    touch(page);
    if (found->epoch < m_epoch)
        requestPage(page);
    const int offset = row % m_pageSize;
    // A page can be shorter than expected when tickets vanished since the count.
    return offset < found->rows.size() ? &found->rows.at(offset) : nullptr;
}

std::optional<TicketRow> TicketQueueModel::rowAt(int row) const
{
    const TicketRow* found = cachedRow(row);
    return found ? std::optional<TicketRow>(*found) : std::nullopt;
}

QString TicketQueueModel::idAt(int row) const
{
    const TicketRow* found = cachedRow(row);
    return found ? found->id : QString();
}

int TicketQueueModel::rowOfId(const QString& id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id) {
                const qint64 row = qint64(it.key()) * m_pageSize + i;
                return row < m_count ? int(row) : -1;
            }
        }
    }
    return -1;
}

int TicketQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int TicketQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

domain::SlaState TicketQueueModel::slaStateOf(const TicketRow& row, const QDateTime& now)
{
    if (row.paused)
        return domain::SlaState::Paused;
    if (!row.nextDue.isValid())
        return domain::SlaState::None;
    if (now >= row.nextDue)
        return domain::SlaState::Breached;
    if (row.nextWarn.isValid() && now >= row.nextWarn)
        return domain::SlaState::Warning;
    return domain::SlaState::Ok;
}

QString TicketQueueModel::columnTitle(TicketColumn column)
{
    switch (column) {
    case TicketColumn::Number: return tr("Number");
    case TicketColumn::Kind: return tr("Kind");
    case TicketColumn::Channel: return tr("Channel");
    case TicketColumn::Subject: return tr("Subject");
    case TicketColumn::Customer: return tr("Customer");
    case TicketColumn::OrderNo: return tr("Order No.");
    case TicketColumn::Merchant: return tr("Merchant");
    case TicketColumn::Priority: return tr("Priority");
    case TicketColumn::Status: return tr("Status");
    case TicketColumn::Owner: return tr("Owner");
    case TicketColumn::FirstResponseDue: return tr("First Response Due");
    case TicketColumn::ResolutionDue: return tr("Resolution Due");
    case TicketColumn::SlaState: return tr("SLA");
    case TicketColumn::ReceivedAt: return tr("Received");
    case TicketColumn::Count: break;
    }
    return {};
}

QString TicketQueueModel::displayText(const TicketRow& row, TicketColumn column, const QDateTime& now)
{
    switch (column) {
    case TicketColumn::Number: return row.number;
    case TicketColumn::Kind: return domain::displayName(row.kind);
    case TicketColumn::Channel: return domain::displayName(row.channel);
    case TicketColumn::Subject: return row.subject;
    case TicketColumn::Customer:
        return row.customerPhone.isEmpty() ? row.customerName
                                           : tr("%1 (%2)", "customer name (phone)").arg(row.customerName, row.customerPhone);
    case TicketColumn::OrderNo: return row.orderNo;
    case TicketColumn::Merchant: return row.merchantName;
    case TicketColumn::Priority: return domain::displayName(row.priority);
    case TicketColumn::Status: return domain::displayName(row.status);
    case TicketColumn::Owner: return row.ownerId.isEmpty() ? tr("Unassigned") : row.ownerName;
    case TicketColumn::FirstResponseDue: return shortTime(row.firstResponseDue);
    case TicketColumn::ResolutionDue: return shortTime(row.resolutionDue);
    case TicketColumn::SlaState: {
        const domain::SlaState state = slaStateOf(row, now);
        if (state == domain::SlaState::Paused)
            return domain::displayName(state);
        if (state == domain::SlaState::None)
            return {};
        return domain::SlaClock::formatRemaining(now.secsTo(row.nextDue));
    }
    case TicketColumn::ReceivedAt: return shortTime(row.receivedAt);
    case TicketColumn::Count: break;
    }
    return {};
}

QVariant TicketQueueModel::rawValue(const TicketRow& row, TicketColumn column) const
{
    switch (column) {
    case TicketColumn::Number: return row.number;
    case TicketColumn::Kind: return domain::code(row.kind);
    case TicketColumn::Channel: return domain::code(row.channel);
    case TicketColumn::Subject: return row.subject;
    case TicketColumn::Customer: return row.customerName;
    case TicketColumn::OrderNo: return row.orderNo;
    case TicketColumn::Merchant: return row.merchantName;
    case TicketColumn::Priority: return domain::code(row.priority);
    case TicketColumn::Status: return domain::code(row.status);
    case TicketColumn::Owner: return row.ownerId;
    case TicketColumn::FirstResponseDue: return row.firstResponseDue;
    case TicketColumn::ResolutionDue: return row.resolutionDue;
    case TicketColumn::SlaState: return domain::code(slaStateOf(row, now()));
    case TicketColumn::ReceivedAt: return row.receivedAt;
    case TicketColumn::Count: break;
    }
    return {};
}

QVariant TicketQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow* row = cachedRow(index.row());
    const auto column = TicketColumn(index.column());
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return QStringLiteral("…");
        if (role == LoadedRole)
            return false;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column, now());
    case RawRole:
        return rawValue(*row, column);
    case IdRole:
        return row->id;
    case LoadedRole:
        return true;
    case SlaStateRole:
        return int(slaStateOf(*row, now()));
    case Qt::ToolTipRole:
        if (column == TicketColumn::SlaState) {
            const QDateTime at = now();
            const domain::SlaState state = slaStateOf(*row, at);
            switch (state) {
            case domain::SlaState::Paused:
                return tr("The SLA clock is paused while the ticket waits for the customer.");
            case domain::SlaState::None:
                return tr("No SLA clock is running for this ticket.");
            default:
                return tr("%1: %2, due %3")
                    .arg(domain::displayName(state), domain::SlaClock::formatRemaining(at.secsTo(row->nextDue)),
                         shortTime(row->nextDue));
            }
        }
        if (column == TicketColumn::Subject || column == TicketColumn::Customer)
            return displayText(*row, column, now());
        return {};
    case Qt::ForegroundRole:
        if (column == TicketColumn::SlaState) {
            switch (slaStateOf(*row, now())) {
            case domain::SlaState::Breached: return QBrush(QColor(0xc6, 0x28, 0x28));
            case domain::SlaState::Warning: return QBrush(QColor(0xd9, 0x6c, 0x00));
            case domain::SlaState::Paused: return QBrush(QColor(0x75, 0x75, 0x75));
            default: return {};
            }
        }
        return {};
    case Qt::DecorationRole:
        // A colour swatch next to the text of the states that need attention: the state
        // is not told by colour alone (the text says "overdue by …"), but the swatch
        // makes a column of them scannable. Views with SlaDelegate draw an icon instead.
        if (column == TicketColumn::SlaState) {
            switch (slaStateOf(*row, now())) {
            case domain::SlaState::Breached: return QColor(0xc6, 0x28, 0x28);
            case domain::SlaState::Warning: return QColor(0xf5, 0x9e, 0x0b);
            case domain::SlaState::Paused: return QColor(0x9e, 0x9e, 0x9e);
            default: return {};
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == TicketColumn::Number || column == TicketColumn::OrderNo)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(TicketColumn(section));
    return {};
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kColumnCount)
        return;
    setSort(services::TicketSort{TicketColumn(column), order});
}

} // namespace sw::models
