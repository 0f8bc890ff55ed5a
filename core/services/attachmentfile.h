#pragma once

// The checks every stored file goes through, whatever it is attached to (ticket
// attachments in TicketService, after-sales evidence in AfterSalesService): a name, not
// empty, within the administrator's size limit (TicketStore::kMaxAttachmentKey, default
// TicketService::kDefaultMaxAttachmentBytes), then its SHA-256 and sniffed MIME type.
// Computed before any write lock is taken.

#include "result.h"
#include "services/actor.h"

#include <QByteArray>
#include <QString>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

struct CheckedFile
{
    QString name; // the base name, trimmed
    QString mimeType;
    QString sha256; // lowercase hex
    qint64 size = 0;
};

// The size limit setting (bytes), the default when unset or invalid.
qint64 maxAttachmentBytes(storage::Database& db, const Actor& actor, const Clock* clock);

// InvalidInput with a translated message when the file has no name, a too long name, no
// bytes or more than `limit` bytes; nothing else is refused (like ticket attachments).
Result<CheckedFile> checkAttachmentFile(const QString& fileName, const QByteArray& content, qint64 limit);

// The lowercase hex SHA-256 of `content`.
QString sha256Hex(const QByteArray& content);

} // namespace sw::services
