#pragma once

// Open and Save As… for files kept encrypted inside the database (ticket attachments,
// after-sales evidence). The bytes are read and written off the GUI thread (files go up
// to the attachment size limit). "Open" has to hand a plaintext file to another program:
// it asks first, writes the copy into a temporary folder in the app's cache and removes
// that folder when this object goes (at sign-out or exit).

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;
class QWidget;

namespace sw::storage {
class Database;
}

namespace sw::ui {

class StoredFileActions : public QObject
{
    Q_OBJECT
public:
    // Reads one file's verified bytes; runs on a pool thread (its connection is released
    // afterwards), so it must only capture values.
    using Fetch = std::function<Result<QByteArray>(storage::Database& db)>;

    StoredFileActions(storage::Database& db, QWidget* parent);
    ~StoredFileActions() override;

    // Stores one file's bytes (a service's add method); runs on a pool thread like Fetch.
    using Store = std::function<Status(storage::Database& db, const QString& fileName, const QByteArray& content)>;

    // `id` keeps two files with the same name apart in the temporary folder.
    void open(const QString& id, const QString& fileName, Fetch fetch);
    void saveAs(const QString& fileName, Fetch fetch);
    // Reads the file at `path` and stores it off the GUI thread; a failure is shown under
    // `title`, success runs `stored` on the GUI thread.
    void addFile(const QString& path, const QString& title, Store store, std::function<void()> stored);

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusMessage(const QString& text);

private:
    storage::Database& m_db;
    QWidget* m_parent;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

} // namespace sw::ui
