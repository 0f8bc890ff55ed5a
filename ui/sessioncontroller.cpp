#include "sessioncontroller.h"

#include "firstrundialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "offthread.h"
#include "services/demodata.h"
#include "services/ticketseeder.h"
#include "storage/database.h"
#include "sync/syncclient.h"
#include "unlockdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace sw::ui {

namespace {

// Demo databases are throwaway, but their passphrase is still random: a demo file left
// in /tmp should not open with a guessable one.
QString randomDemoPassphrase()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString out;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            out += QLatin1Char('-');
        for (int i = 0; i < 5; ++i)
            out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return out;
}

} // namespace

SessionController::SessionController(QObject* parent)
    : QObject(parent)
{}

SessionController::~SessionController()
{
    // Windows first: they hold references to the database. A sign-in check may still
    // be running on the pool with a pointer to it, so let that finish before the
    // database goes.
    delete m_mainWindow.data();
    delete m_login.data();
    // Sync clients stop their worker threads (which use the database) when deleted.
    m_sync.reset();
    deleteRetiredSync();
    QThreadPool::globalInstance()->waitForDone();
    m_db.reset();
}

MainWindow* SessionController::mainWindow() const
{
    return m_mainWindow.data();
}

LoginDialog* SessionController::loginDialog() const
{
    return m_login.data();
}

QString SessionController::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/shopwarden.db");
}

void SessionController::start(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath)) {
        auto* dialog = new FirstRunDialog(databasePath);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { startWithDatabase(dialog->takeDatabase()); });
        connect(dialog, &QDialog::rejected, qApp, &QCoreApplication::quit);
        dialog->show();
        return;
    }
    auto* dialog = new UnlockDialog(databasePath);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startWithDatabase(dialog->takeDatabase()); });
    connect(dialog, &QDialog::rejected, qApp, &QCoreApplication::quit);
    dialog->show();
}

void SessionController::startDemo()
{
    m_demoDir = std::make_unique<QTemporaryDir>();
    if (!m_demoDir->isValid()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("No temporary folder is available for the demo database.")));
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(4); }, Qt::QueuedConnection);
        return;
    }
    const QString path = m_demoDir->filePath(QStringLiteral("shopwarden-demo.db"));
    const QString passphrase = randomDemoPassphrase();

    auto* progress = new QProgressDialog(tr("Preparing the demo database…"), QString(), 0, 0);
    progress->setWindowTitle(tr("Shopwarden demo"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->show();

    using Created = std::pair<std::unique_ptr<storage::Database>, services::DemoCredentials>;
    runOffThread(
        this,
        [path, passphrase]() -> Result<Created> {
            auto created = storage::Database::create(path, storage::Secret::fromUtf8(passphrase));
            if (!created.ok())
                return created.error();
            std::unique_ptr<storage::Database> db = std::move(created).value();
            auto demo = withThreadConnection(*db, [&] { return services::createDemoData(*db); });
            if (!demo.ok())
                return demo.error();
            // 20,000 tickets across every status and SLA state, so the queue looks lived-in.
            auto seeded = withThreadConnection(
                *db, [&] { return services::seedTickets(*db, services::SeedOptions{}); });
            if (!seeded.ok())
                return seeded.error();
            // After-sales requests in every status, linked to the demo agents' tickets.
            auto requests = withThreadConnection(*db, [&] { return services::createDemoAfterSales(*db); });
            if (!requests.ok())
                return requests.error();
            // Disputes in every status, about those requests and tickets.
            auto disputes = withThreadConnection(*db, [&] { return services::createDemoDisputes(*db); });
            if (!disputes.ok())
                return disputes.error();
            // Merchant reviews in every status, with a credit file and re-reviews.
            auto merchants = withThreadConnection(*db, [&] { return services::createDemoMerchants(*db); });
            if (!merchants.ok())
                return merchants.error();
            services::DemoCredentials credentials = demo.value();
            credentials.passphrase = passphrase;
            return Created{std::move(db), credentials};
        },
        [this, progress, path](Result<Created> result) {
            progress->close();
            if (!result.ok()) {
                std::fprintf(stderr, "%s\n%s\n", qPrintable(result.message()),
                             qPrintable(result.error().detail));
                QCoreApplication::exit(4);
                return;
            }
            Created created = std::move(result).value();
            // The user asked for this (--demo): a throwaway database's passphrase and
            // logins are printed so they can be typed in.
            QTextStream out(stdout);
            out << tr("Demo database: %1").arg(QDir::toNativeSeparators(path)) << '\n'
                << tr("Passphrase: %1").arg(created.second.passphrase) << '\n'
                << tr("Logins (login / password):") << '\n';
            for (const auto& [login, password] : created.second.logins)
                out << "  " << login << " / " << password << '\n';
            out.flush();
            startWithDatabase(std::move(created.first));
        });
}

void SessionController::startWithDatabase(std::unique_ptr<storage::Database> db)
{
    Q_ASSERT(db);
    m_db = std::move(db);
    showLogin();
}

void SessionController::showLogin()
{
    auto* dialog = new LoginDialog(*m_db);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_login = dialog;
    connect(dialog, &QDialog::accepted, this, &SessionController::showMainWindow);
    connect(dialog, &QDialog::rejected, qApp, &QCoreApplication::quit);
    dialog->show();
}

void SessionController::showMainWindow()
{
    Q_ASSERT(m_login);
    startSync();
    auto* window = new MainWindow(*m_db, m_login->actor(), nullptr, m_sync.get());
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_mainWindow = window;
    connect(window, &MainWindow::signOutRequested, this, &SessionController::signOut);
    window->show();
}

void SessionController::startSync()
{
    // A client of the previous session that is still signing out goes first: one worker
    // per database.
    deleteRetiredSync();
    // The client reads its settings itself (one row of local_state, no key derivation).
    m_sync = std::make_unique<sync::SyncClient>(*m_db);
    QString password = m_login->takePassword();
    // The same account signs in to the server when one is set up; signIn() only queues
    // the request for the client's worker thread.
    const sync::SyncClient::Settings settings = sync::SyncClient::loadSettings(*m_db);
    if (!settings.serverUrl.isEmpty() && !password.isEmpty())
        m_sync->signIn(m_login->actor().login, password);
    password.fill(QChar(0)); // best effort; the client keeps its copy for one request
}

void SessionController::retireSync()
{
    if (!m_sync)
        return;
    // Signing out of the server is one request on the worker thread; give it a moment
    // before the client (and its thread) goes, without waiting for it here.
    sync::SyncClient* client = m_sync.release();
    m_retiredSync.append(client);
    using State = sync::SyncClient::State;
    const State state = client->state();
    if (state == State::NotConfigured || state == State::SignedOut) {
        client->deleteLater();
        return;
    }
    connect(client, &sync::SyncClient::stateChanged, client, [client](State now) {
        if (now == State::SignedOut || now == State::NotConfigured)
            client->deleteLater();
    });
    QTimer::singleShot(kSignOutGraceMs, client, &QObject::deleteLater);
    client->signOut();
}

void SessionController::deleteRetiredSync()
{
    for (const QPointer<sync::SyncClient>& client : std::as_const(m_retiredSync))
        delete client.data();
    m_retiredSync.clear();
}

void SessionController::signOut()
{
    MainWindow* window = m_mainWindow;
    // Leave the sync server too. The window still points at the client until it is
    // deleted, through QPointers.
    retireSync();
    // The sign-in dialog is shown before the window goes, so the application never
    // sees "last window closed" in between.
    showLogin();
    if (window) {
        window->hide();
        window->deleteLater();
    }
}

} // namespace sw::ui
