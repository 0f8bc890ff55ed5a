#pragma once

// CSV export of the current queue view: every row of a filter and sort (not only the
// loaded pages), read page by page with TicketQuery on a pool thread and written
// through QSaveFile, so a cancelled or failed export leaves no half file behind.
//
// Format: UTF-8 with a byte-order mark (Excel then opens Chinese text correctly), CRLF
// line ends, fields quoted when they hold a comma, quote, line break or surrounding
// space (quotes doubled), and a leading ' before text that Excel would run as a formula
// (=, +, -, @ not followed by a number).

#include "result.h"
#include "services/actor.h"
#include "services/ticketquery.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <atomic>
#include <memory>


class QTimer;

namespace sw {
class Clock;
}

namespace sw::ui {

class CsvExport : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000;

    CsvExport(storage::Database& db, const services::Actor& actor, const Clock* clock = nullptr,
              QObject* parent = nullptr);
    ~CsvExport() override;

    // Starts the export; `progressParent` (optional) gets a window-modal progress dialog
    // with Cancel. False if an export is already running.
    bool start(const services::TicketFilter& filter, const services::TicketSort& sort,
               const QList<services::TicketColumn>& columns, const QString& path, QWidget* progressParent = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    QProgressDialog* progressDialog() const { return m_progress; }

    static QString field(const QString& value);
    static QByteArray line(const QStringList& fields);

Q_SIGNALS:
    void finished(const sw::Status& status, qint64 rows);

private:
    struct Shared
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> written{0};
        std::atomic<qint64> total{0};
    };

    storage::Database& m_db;
    services::Actor m_actor;
    const Clock* m_clock;
    bool m_running = false;
    std::shared_ptr<Shared> m_shared;
    QPointer<QProgressDialog> m_progress;
    QTimer* m_poll;
};

} // namespace sw::ui
