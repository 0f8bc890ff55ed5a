#pragma once

// The desktop app's flow from start to sign-out: first run (create the database and
// its administrator) or unlock → sign in → main window; Sign Out goes back to the
// sign-in dialog. Every step is a non-blocking window, so the event loop keeps running
// while the key derivations happen off the GUI thread. Owns the open Database, which
// outlives every window that uses it.

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;

namespace sw::storage {
class Database;
}
namespace sw::sync {
class SyncClient;
}

namespace sw::ui {

class LoginDialog;
class MainWindow;

class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    // The default database file: <AppDataLocation>/shopwarden.db.
    static QString defaultDatabasePath();

    // First-run dialog if `databasePath` does not exist, otherwise the unlock dialog.
    void start(const QString& databasePath);
    // A throwaway database in a temporary folder, filled with demo users; prints its
    // passphrase and logins to stdout and goes straight to the sign-in dialog.
    void startDemo();
    // Continues with an already open database (sign-in dialog next).
    void startWithDatabase(std::unique_ptr<storage::Database> db);

    storage::Database* database() const { return m_db.get(); }
    // Created when a user signs in, gone after sign-out (and always before the database).
    sync::SyncClient* syncClient() const { return m_sync.get(); }
    MainWindow* mainWindow() const;
    LoginDialog* loginDialog() const;

private:
    void showLogin();
    void showMainWindow();
    void signOut();
    void startSync();
    // Sign-out: the client signs out of the server and is deleted once it has (or after
    // kSignOutGraceMs); deleteRetiredSync() deletes what is left at once.
    void retireSync();
    void deleteRetiredSync();

    static constexpr int kSignOutGraceMs = 5000;

    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<storage::Database> m_db;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
    std::unique_ptr<sync::SyncClient> m_sync;
    QList<QPointer<sync::SyncClient>> m_retiredSync;
};

} // namespace sw::ui
