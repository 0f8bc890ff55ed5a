// Child process for tst_syncfaults: a workstation that signs in and syncs once with
// the real SyncClient, so the test can SIGKILL it at any moment (between push and
// acknowledgement, in the middle of a pull) and check that nothing is lost or doubled.
//
// usage: sw_helper_syncpusher DB LOGIN   (stdin: the database passphrase, then the
//        server password, one per line). Exit 0 after a successful sync.

#include "storage/database.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: sw_helper_syncpusher DB LOGIN\n");
        return 2;
    }
    QTextStream in(stdin);
    const QString passphrase = in.readLine();
    QString password = in.readLine();
    auto db = sw::storage::Database::open(args[1], sw::storage::Secret::fromUtf8(passphrase));
    if (!db) {
        std::fprintf(stderr, "syncpusher: %s\n", qPrintable(db.message()));
        return 3;
    }
    int rc = 4;
    {
        sw::sync::SyncClient client(**db);
        QObject::connect(&client, &sw::sync::SyncClient::syncFinished, &app, [&](bool ok, const QString& message) {
            if (!ok)
                std::fprintf(stderr, "syncpusher: %s\n", qPrintable(message));
            rc = ok ? 0 : 5;
            app.quit();
        });
        QObject::connect(&client, &sw::sync::SyncClient::signInFailed, &app, [&](const QString& message) {
            std::fprintf(stderr, "syncpusher: %s\n", qPrintable(message));
            rc = 6;
            app.quit();
        });
        client.signIn(args[2], password);
        password.fill(QChar(u'\0'));
        app.exec();
    }
    return rc;
}
