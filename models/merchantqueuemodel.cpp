#include "merchantqueuemodel.h"
#include "domain/businesscalendar.h"

#include "querythread.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace sw::models {

using services::MerchantColumn;
using services::MerchantRow;

namespace {

constexpr int kColumnCount = int(MerchantColumn::Count);
const QColor kOverdueText(0xc6, 0x28, 0x28);
const QColor kOverdueBackground(0xfd, 0xec, 0xea);

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

MerchantQueueModel::MerchantQueueModel(storage::Database& db, const services::Actor& actor, const Clock* clock,
                                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_query(std::make_unique<services::MerchantQuery>(db, actor, clock))
    , m_thread(std::make_unique<QueryThread>(db))
{
    m_filter = m_query->viewFilter(services::MerchantView::AllOpen);
    load(m_pageSize);
}

MerchantQueueModel::~MerchantQueueModel()
{
    m_thread.reset(); // joins before m_query goes
}

QDateTime MerchantQueueModel::now() const
{
    return Clock::nowOf(m_clock);
}

void MerchantQueueModel::setFilter(const services::MerchantFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    load(m_pageSize);
}

void MerchantQueueModel::setSort(const services::MerchantSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    load(m_pageSize);
}

void MerchantQueueModel::refresh()
{
    load(std::max(m_pageSize, int(m_rows.size())));
}

void MerchantQueueModel::setPending(int pending)
{
    const bool was = isLoading();
    m_pending = pending;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void MerchantQueueModel::load(int rows)
{
    const quint64 generation = ++m_generation;
    m_fetching = false;
    m_thread->clearQueued();
    setPending(1);
    const services::MerchantQuery* query = m_query.get();
    const services::MerchantFilter filter = m_filter;
    const services::MerchantSort sort = m_sort;
    m_thread->run(
        this,
        [query, filter, sort, rows]() -> Result<Loaded> {
            auto count = query->count(filter);
            if (!count)
                return count.error();
            auto page = query->page(filter, sort, 0, rows);
            if (!page)
                return page.error();
            return Loaded{*count, std::move(*page)};
        },
        [this, generation](Result<Loaded> loaded) { arrived(generation, std::move(loaded)); });
}

void MerchantQueueModel::arrived(quint64 generation, Result<Loaded> loaded)
{
    if (generation != m_generation)
        return;
    if (!loaded.ok()) {
        m_lastError = loaded.message();
        Q_EMIT error(m_lastError);
    } else {
        m_lastError.clear();
        beginResetModel();
        m_count = loaded->count;
        m_rows = std::move(loaded->rows);
        endResetModel();
        Q_EMIT countChanged(m_count);
    }
    setPending(0);
}

bool MerchantQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_pending == 0 && m_rows.size() < m_count;
}

void MerchantQueueModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    setPending(1);
    const quint64 generation = m_generation;
    const services::MerchantQuery* query = m_query.get();
    const services::MerchantFilter filter = m_filter;
    const services::MerchantSort sort = m_sort;
    const int offset = int(m_rows.size());
    const int limit = m_pageSize;
    m_thread->run(
        this, [query, filter, sort, offset, limit]() { return query->page(filter, sort, offset, limit); },
        [this, generation](Result<QList<MerchantRow>> rows) { moreArrived(generation, std::move(rows)); });
}

void MerchantQueueModel::moreArrived(quint64 generation, Result<QList<MerchantRow>> rows)
{
    if (generation != m_generation)
        return;
    m_fetching = false;
    if (!rows.ok()) {
        m_lastError = rows.message();
        Q_EMIT error(m_lastError);
    } else if (!rows->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
        m_rows.append(std::move(*rows));
        endInsertRows();
    } else {
        m_count = m_rows.size(); // rows went away meanwhile
    }
    setPending(0);
}

bool MerchantQueueModel::waitForIdle(int timeoutMs)
{
    return m_thread->waitWhile([this] { return isLoading(); }, timeoutMs);
}

std::optional<MerchantRow> MerchantQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

QString MerchantQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int MerchantQueueModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int MerchantQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MerchantQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QString MerchantQueueModel::columnTitle(MerchantColumn column)
{
    switch (column) {
    case MerchantColumn::Number:
        return tr("Number");
    case MerchantColumn::LegalName:
        return tr("Legal name");
    case MerchantColumn::CreditCode:
        return tr("Credit code");
    case MerchantColumn::Category:
        return tr("Category");
    case MerchantColumn::Kind:
        return tr("Kind");
    case MerchantColumn::SubmittedAt:
        return tr("Submitted");
    case MerchantColumn::Status:
        return tr("Status");
    case MerchantColumn::FirstReviewer:
        return tr("First reviewer");
    case MerchantColumn::SecondReviewer:
        return tr("Second reviewer");
    case MerchantColumn::Due:
        return tr("Due");
    case MerchantColumn::Flags:
        return tr("Flags");
    case MerchantColumn::Count:
        break;
    }
    return {};
}

QString MerchantQueueModel::displayText(const MerchantRow& row, MerchantColumn column, const QDateTime& now)
{
    switch (column) {
    case MerchantColumn::Number:
        return row.number;
    case MerchantColumn::LegalName:
        return row.legalName;
    case MerchantColumn::CreditCode:
        return row.creditCode;
    case MerchantColumn::Category: {
        QStringList names;
        for (const QString& c : row.categories)
            names << domain::merchantCategoryName(c);
        return names.join(QStringLiteral("、"));
    }
    case MerchantColumn::Kind:
        return domain::displayName(row.kind);
    case MerchantColumn::SubmittedAt:
        return shortTime(row.submittedAt);
    case MerchantColumn::Status:
        return domain::displayName(row.status);
    case MerchantColumn::FirstReviewer:
        return row.firstReviewerName;
    case MerchantColumn::SecondReviewer:
        return row.secondReviewerName;
    case MerchantColumn::Due:
        if (row.status == domain::MerchantAppStatus::InfoRequested)
            return tr("Paused");
        return shortTime(row.dueAt);
    case MerchantColumn::Flags: {
        QStringList flags;
        if (row.duplicate)
            flags << tr("Duplicate");
        if (row.isExpiring(domain::BusinessCalendar::chinaDate(now)))
            flags << tr("Documents expiring");
        if (row.isOverdue(now))
            flags << tr("Overdue");
        return flags.join(QStringLiteral(" · "));
    }
    case MerchantColumn::Count:
        break;
    }
    return {};
}

QVariant MerchantQueueModel::rawValue(const MerchantRow& row, MerchantColumn column) const
{
    switch (column) {
    case MerchantColumn::SubmittedAt:
        return row.submittedAt;
    case MerchantColumn::Due:
        return row.dueAt;
    case MerchantColumn::Status:
        return domain::code(row.status);
    case MerchantColumn::Kind:
        return domain::code(row.kind);
    case MerchantColumn::Category:
        return row.categories.join(QLatin1Char(','));
    default:
        return displayText(row, column, now());
    }
}

QVariant MerchantQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MerchantRow& row = m_rows.at(index.row());
    const auto column = MerchantColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column, now());
    case RawRole:
        return rawValue(row, column);
    case IdRole:
        return row.id;
    case MerchantIdRole:
        return row.merchantId;
    case OverdueRole:
        return row.isOverdue(now());
    case Qt::ToolTipRole:
        if (row.isOverdue(now()))
            return tr("Overdue: the review of %1 was due %2.").arg(row.number, shortTime(row.dueAt));
        if (column == MerchantColumn::Due && row.status == domain::MerchantAppStatus::InfoRequested)
            return tr("Waiting for the merchant's information: the due clock is stopped.");
        if (column == MerchantColumn::Flags && row.duplicate)
            return tr("Another merchant has the same credit code, legal representative's ID, bank account or phone.");
        return {};
    case Qt::BackgroundRole:
        return row.isOverdue(now()) ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::ForegroundRole:
        if ((column == MerchantColumn::Due && row.isOverdue(now())) || (column == MerchantColumn::Flags && row.duplicate))
            return QBrush(kOverdueText);
        return {};
    default:
        return {};
    }
}

QVariant MerchantQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(MerchantColumn(section));
    return {};
}

void MerchantQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kColumnCount)
        return;
    setSort(services::MerchantSort{MerchantColumn(column), order});
}

} // namespace sw::models
