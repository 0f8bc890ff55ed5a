// The shared file checks (attachmentfile.h). The messages keep the "TicketService"
// translation context they had when they lived in ticketservice_attachments.cpp, so the
// existing translations still apply.

#include "services/attachmentfile.h"

#include "services/settingsservice.h"
#include "services/ticketservice.h"
#include "services/ticketstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

namespace sw::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketService", text);
}

constexpr int kMaxFileNameChars = 255;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

} // namespace

qint64 maxAttachmentBytes(storage::Database& db, const Actor& actor, const Clock* clock)
{
    bool ok = false;
    const qint64 value = SettingsService(db, actor, clock).value(TicketStore::kMaxAttachmentKey).toLongLong(&ok);
    return ok && value > 0 ? value : TicketService::kDefaultMaxAttachmentBytes;
}

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<CheckedFile> checkAttachmentFile(const QString& fileName, const QByteArray& content, qint64 limit)
{
    const QString name = QFileInfo(fileName.trimmed()).fileName();
    if (name.isEmpty())
        return TicketStore::invalid(tr("The file needs a name."));
    if (name.size() > kMaxFileNameChars)
        return TicketStore::invalid(tr("The file name must be at most %1 characters long.").arg(kMaxFileNameChars));
    if (content.isEmpty())
        return TicketStore::invalid(tr("The file “%1” is empty.").arg(name));
    if (content.size() > limit)
        return TicketStore::invalid(tr("The file “%1” is %2 MB; attachments may be at most %3 MB.")
                                        .arg(name, megabytes(content.size()), megabytes(limit)));
    CheckedFile f;
    f.name = name;
    f.size = content.size();
    f.sha256 = sha256Hex(content);
    f.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
    return f;
}

} // namespace sw::services
