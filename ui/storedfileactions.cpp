// The texts keep the translation context of TicketAttachmentsWidget, where they were
// written first, so the existing translations still apply (spelled out at each call so
// lupdate sees them).

#include "storedfileactions.h"

#include "messages.h"
#include "offthread.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace sw::ui {

namespace {

// Runs on a worker thread: fetches the stored content and writes it to path.
Status writeStoredFile(storage::Database& db, const StoredFileActions::Fetch& fetch, const QString& path, const QString& failure)
{
    const auto content = withThreadConnection(db, [&] { return fetch(db); });
    if (!content.ok())
        return content.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
        return makeError(ErrorCode::Io, failure, file.errorString());
    return {};
}

} // namespace

StoredFileActions::StoredFileActions(storage::Database& db, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_parent(parent)
{
}

StoredFileActions::~StoredFileActions() = default;

void StoredFileActions::saveAs(const QString& fileName, Fetch fetch)
{
    const QString path = QFileDialog::getSaveFileName(m_parent, QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "Save Attachment As"), fileName);
    if (path.isEmpty())
        return;
    Q_EMIT busyChanged(true);
    storage::Database* db = &m_db;
    runOffThread(
        this,
        [db, fetch, path]() -> Status {
            return writeStoredFile(*db, fetch, path,
                                   QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        },
        [this](Status status) {
            Q_EMIT busyChanged(false);
            if (!status.ok())
                showError(m_parent, QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "Save Attachment As"), status.error());
            else
                Q_EMIT statusMessage(QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "The attachment was saved."));
        });
}

void StoredFileActions::open(const QString& id, const QString& fileName, Fetch fetch)
{
    // Opening needs a file another program can read: say so before writing plaintext.
    auto* box = new QMessageBox(QMessageBox::Question, QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "Open Attachment"),
                                QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "To open %1, a decrypted copy is written to a temporary folder on this "
                                   "computer. It is deleted when Shopwarden exits. Open it?")
                                    .arg(fileName),
                                QMessageBox::Open | QMessageBox::Cancel, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, fileName, fetch](QAbstractButton* button) {
        if (box->standardButton(button) != QMessageBox::Open)
            return;
        if (!m_openedFiles) {
            const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
            QDir().mkpath(base);
            m_openedFiles = std::make_unique<QTemporaryDir>(base + QStringLiteral("/attachments-XXXXXX"));
        }
        if (!m_openedFiles->isValid()) {
            showWarning(m_parent, QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "Open Attachment"), QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "No temporary folder is available."));
            return;
        }
        const QString path = m_openedFiles->filePath(id.left(8) + QLatin1Char('-') + QFileInfo(fileName).fileName());
        Q_EMIT busyChanged(true);
        storage::Database* db = &m_db;
        runOffThread(
            this,
            [db, fetch, path]() -> Status {
                return writeStoredFile(*db, fetch, path, QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "The temporary copy cannot be written."));
            },
            [this, path](Status status) {
                Q_EMIT busyChanged(false);
                if (!status.ok())
                    showError(m_parent, QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "Open Attachment"), status.error());
                else
                    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            });
    });
    box->open();
}

void StoredFileActions::addFile(const QString& path, const QString& title, Store store, std::function<void()> stored)
{
    Q_EMIT busyChanged(true);
    storage::Database* db = &m_db;
    runOffThread(
        this,
        [db, store, path]() -> Status {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Io,
                                 QCoreApplication::translate("sw::ui::TicketAttachmentsWidget", "The file %1 cannot be read.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 file.errorString());
            const QByteArray content = file.readAll();
            return withThreadConnection(*db, [&] { return store(*db, QFileInfo(path).fileName(), content); });
        },
        [this, title, stored](Status status) {
            Q_EMIT busyChanged(false);
            if (!status.ok()) {
                showError(m_parent, title, status.error());
                return;
            }
            stored();
        });
}

} // namespace sw::ui
