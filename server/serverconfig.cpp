#include "serverconfig.h"

#include <QFile>

namespace sw::server {

namespace {

bool toInt(const QString& text, qint64 min, qint64 max, qint64* out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

bool ServerConfig::load(const QString& path, ServerConfig* out, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString());
        return false;
    }
    ServerConfig c;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *why = QStringLiteral("%1:%2: expected key = value").arg(path).arg(lineNo);
            return false;
        }
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        qint64 n = 0;
        bool ok = true;
        if (key == QLatin1String("listen_address"))
            c.listenAddress = value;
        else if (key == QLatin1String("port"))
            ok = toInt(value, 0, 65535, &n) && ((c.port = int(n)), true);
        else if (key == QLatin1String("tls_cert"))
            c.tlsCert = value;
        else if (key == QLatin1String("tls_key"))
            c.tlsKey = value;
        else if (key == QLatin1String("plain_http"))
            ok = (value == QLatin1String("true") || value == QLatin1String("false"))
                 && ((c.plainHttp = value == QLatin1String("true")), true);
        else if (key == QLatin1String("db_host"))
            c.dbHost = value;
        else if (key == QLatin1String("db_port"))
            ok = toInt(value, 1, 65535, &n) && ((c.dbPort = int(n)), true);
        else if (key == QLatin1String("db_name"))
            c.dbName = value;
        else if (key == QLatin1String("db_user"))
            c.dbUser = value;
        else if (key == QLatin1String("db_password_file"))
            c.dbPasswordFile = value;
        else if (key == QLatin1String("threads"))
            ok = toInt(value, 1, 256, &n) && ((c.threads = int(n)), true);
        else if (key == QLatin1String("body_limit"))
            ok = toInt(value, 1024, qint64(1) << 32, &n) && ((c.bodyLimit = n), true);
        else if (key == QLatin1String("blob_limit"))
            ok = toInt(value, 1024, qint64(1) << 32, &n) && ((c.blobLimit = n), true);
        else if (key == QLatin1String("read_timeout_s"))
            ok = toInt(value, 1, 3600, &n) && ((c.readTimeoutSecs = int(n)), true);
        else if (key == QLatin1String("write_timeout_s"))
            ok = toInt(value, 1, 3600, &n) && ((c.writeTimeoutSecs = int(n)), true);
        else if (key == QLatin1String("token_ttl_seconds"))
            ok = toInt(value, 1, 365LL * 24 * 3600, &n) && ((c.tokenTtlSecs = n), true);
        else {
            *why = QStringLiteral("%1:%2: unknown key '%3'").arg(path).arg(lineNo).arg(key);
            return false;
        }
        if (!ok) {
            *why = QStringLiteral("%1:%2: bad value for '%3'").arg(path).arg(lineNo).arg(key);
            return false;
        }
    }
    *out = c;
    return true;
}

QString ServerConfig::dbPassword() const
{
    if (dbPasswordFile.isEmpty())
        return {};
    QFile file(dbPasswordFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace sw::server
