#include "csvexport.h"

#include "clock.h"
#include "offthread.h"
#include "ticketqueuemodel.h"

#include <QDir>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>

#include <limits>

namespace sw::ui {

using services::TicketColumn;

namespace {

QString csvTime(const QDateTime& utc)
{
    // Local time in a form every spreadsheet parses, whatever the UI locale.
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString cellText(const services::TicketRow& row, TicketColumn column, const QDateTime& now)
{
    switch (column) {
    case TicketColumn::FirstResponseDue: return csvTime(row.firstResponseDue);
    case TicketColumn::ResolutionDue: return csvTime(row.resolutionDue);
    case TicketColumn::ReceivedAt: return csvTime(row.receivedAt);
    default: return models::TicketQueueModel::displayText(row, column, now);
    }
}

bool looksNumeric(QStringView text)
{
    bool ok = false;
    (void)text.toDouble(&ok);
    return ok;
}

} // namespace

CsvExport::CsvExport(storage::Database& db, const services::Actor& actor, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_progress || !m_shared)
            return;
        const qint64 total = m_shared->total.load();
        m_progress->setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(int(qMin<qint64>(m_shared->written.load(), m_progress->maximum())));
        m_progress->setLabelText(tr("Exporting %1 of %2 tickets…")
                                     .arg(QLocale().toString(m_shared->written.load()), QLocale().toString(total)));
    });
}

CsvExport::~CsvExport()
{
    cancel();
}

QString CsvExport::field(const QString& value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        const bool formula = first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') ||
                             first == QLatin1Char('\r') ||
                             ((first == QLatin1Char('+') || first == QLatin1Char('-')) && !looksNumeric(text));
        if (formula)
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvExport::line(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields)
        quoted << field(value);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

bool CsvExport::start(const services::TicketFilter& filter, const services::TicketSort& sort,
                      const QList<TicketColumn>& columns, const QString& path, QWidget* progressParent)
{
    if (m_running)
        return false;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    if (progressParent) {
        m_progress = new QProgressDialog(tr("Counting the tickets…"), tr("Cancel"), 0, 0, progressParent);
        m_progress->setWindowTitle(tr("Export CSV"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &CsvExport::cancel);
    }
    m_poll->start();

    storage::Database* db = &m_db;
    const services::Actor actor = m_actor;
    const Clock* clock = m_clock;
    const std::shared_ptr<Shared> shared = m_shared;
    using Outcome = std::pair<Status, qint64>;
    runOffThread(
        this,
        [db, actor, clock, filter, sort, columns, path, shared]() -> Outcome {
            return withThreadConnection(*db, [&]() -> Outcome {
                const services::TicketQuery query(*db, actor, clock);
                const auto total = query.count(filter);
                if (!total.ok())
                    return {total.error(), 0};
                shared->total = *total;
                QSaveFile file(path);
                const auto ioError = [&] {
                    return Status(makeError(ErrorCode::Io,
                                            tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)),
                                            file.errorString()));
                };
                if (!file.open(QIODevice::WriteOnly))
                    return {ioError(), 0};
                QStringList header;
                for (TicketColumn column : columns)
                    header << models::TicketQueueModel::columnTitle(column);
                file.write("\xEF\xBB\xBF");
                file.write(line(header));
                const QDateTime now = clock ? clock->now() : Clock::system().now();
                qint64 written = 0;
                while (true) {
                    if (shared->cancelled) {
                        file.cancelWriting();
                        return {makeError(ErrorCode::Cancelled, tr("The export was cancelled.")), written};
                    }
                    const auto rows = query.page(filter, sort, written, kPageSize);
                    if (!rows.ok()) {
                        file.cancelWriting();
                        return {rows.error(), written};
                    }
                    for (const services::TicketRow& row : *rows) {
                        QStringList cells;
                        for (TicketColumn column : columns)
                            cells << cellText(row, column, now);
                        if (file.write(line(cells)) < 0)
                            return {ioError(), written};
                    }
                    written += rows->size();
                    shared->written = written;
                    if (rows->size() < kPageSize)
                        break;
                }
                if (!file.commit())
                    return {ioError(), written};
                return {Status(), written};
            });
        },
        [this](Outcome outcome) {
            m_running = false;
            m_poll->stop();
            if (m_progress)
                m_progress->close();
            Q_EMIT finished(outcome.first, outcome.second);
        });
    return true;
}

void CsvExport::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

} // namespace sw::ui
