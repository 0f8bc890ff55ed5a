#include "cliutil.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cstdio>

namespace sw::admin {

namespace {

void writeLine(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// A passphrase longer than this is certainly the wrong file.
constexpr qsizetype kMaxSecretFileLine = 64 * 1024;

} // namespace

void printOut(const QString& text)
{
    writeLine(stdout, text);
}

void printError(const QString& text)
{
    writeLine(stderr, text);
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::NotADatabase:
        return ExitNotOpened;
    default:
        return ExitFailed;
    }
}

int report(const Error& error)
{
    printError(error.message.isEmpty() ? error.detail : error.message);
    return exitCodeFor(error);
}

int reportSecretError(const Error& error)
{
    printError(error.message);
    return error.code == ErrorCode::InvalidInput ? ExitUsage : ExitFailed;
}

CommandLine::CommandLine(QString command, QString summary, QStringList positionalNames)
    : m_command(std::move(command))
    , m_summary(std::move(summary))
    , m_positionalNames(std::move(positionalNames))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
}

void CommandLine::addOption(const QString& name, const QString& valueName, const QString& description,
                            bool required)
{
    m_specs.append({name, valueName, description, required});
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandLine::addFlag(const QString& name, const QString& description)
{
    m_specs.append({name, QString(), description, false});
    m_parser.addOption(QCommandLineOption(name, description));
}

int CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(helpText());
        return ExitOk;
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() > m_positionalNames.size())
        return usageError(
            AdminCli::tr("Unexpected argument \"%1\".").arg(given.at(m_positionalNames.size())));
    if (given.size() < m_positionalNames.size())
        return usageError(AdminCli::tr("Missing argument %1.").arg(m_positionalNames.at(given.size())));
    for (const Spec& spec : m_specs) {
        if (spec.valueName.isEmpty())
            continue;
        if (spec.required && !m_parser.isSet(spec.name))
            return usageError(AdminCli::tr("The option --%1 is required.").arg(spec.name));
        if (m_parser.isSet(spec.name) && m_parser.value(spec.name).isEmpty())
            return usageError(AdminCli::tr("The option --%1 needs a value.").arg(spec.name));
    }
    return -1;
}

QString CommandLine::usageLine() const
{
    QStringList parts{QStringLiteral("shopwarden-admin"), m_command};
    parts += m_positionalNames;
    for (const Spec& spec : m_specs) {
        QString part = QStringLiteral("--") + spec.name;
        if (!spec.valueName.isEmpty())
            part += QLatin1Char(' ') + spec.valueName;
        parts.append(spec.required ? part : QStringLiteral("[%1]").arg(part));
    }
    return parts.join(QLatin1Char(' '));
}

QString CommandLine::helpText() const
{
    QStringList lines;
    lines << AdminCli::tr("Usage: %1").arg(usageLine()) << QString() << m_summary << QString()
          << AdminCli::tr("Options:");
    auto entry = [](const QString& left, const QString& description) {
        return QStringLiteral("  ") + left.leftJustified(32) + QLatin1Char(' ') + description;
    };
    for (const Spec& spec : m_specs) {
        QString left = QStringLiteral("--") + spec.name;
        if (!spec.valueName.isEmpty())
            left += QLatin1Char(' ') + spec.valueName;
        lines << entry(left, spec.description);
    }
    lines << entry(QStringLiteral("-h, --help"), AdminCli::tr("Show this help."));
    lines << QString()
          << AdminCli::tr("A passphrase or password file holds the secret on its first line; \"-\" reads it "
                          "from standard input.")
          << AdminCli::tr("Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden "
                          "database, 4 any other error.");
    return lines.join(QLatin1Char('\n'));
}

int CommandLine::usageError(const QString& problem) const
{
    printError(problem);
    printError(AdminCli::tr("Usage: %1").arg(usageLine()));
    printError(AdminCli::tr("Run \"shopwarden-admin %1 --help\" for details.").arg(m_command));
    return ExitUsage;
}

Result<storage::Secret> SecretReader::read(const QString& fileArgument, const QString& what)
{
    QFile file;
    QString shownName = fileArgument;
    if (fileArgument == QLatin1String("-")) {
        if (m_stdinUsed) {
            return makeError(
                ErrorCode::InvalidInput,
                AdminCli::tr("Only one passphrase or password can be read from standard input (\"-\")."));
        }
        m_stdinUsed = true;
        shownName = AdminCli::tr("standard input");
        if (!file.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
            return makeError(ErrorCode::Io, AdminCli::tr("Standard input cannot be read."),
                             file.errorString());
    } else {
        const QFileInfo info(fileArgument);
        if (!info.exists())
            return makeError(ErrorCode::Io,
                             AdminCli::tr("The file %1 (%2) does not exist.").arg(fileArgument, what));
        if (info.isDir())
            return makeError(ErrorCode::Io,
                             AdminCli::tr("%1 (%2) is a folder, not a file.").arg(fileArgument, what));
        file.setFileName(fileArgument);
        // Unbuffered: no copy of the secret is left in a QIODevice buffer.
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return makeError(ErrorCode::Io, AdminCli::tr("The file %1 (%2) cannot be read: %3")
                                                .arg(fileArgument, what, file.errorString()));
        }
    }

    // One fixed buffer, never reallocated, wiped before it is freed.
    QByteArray buffer(kMaxSecretFileLine, '\0');
    qsizetype length = 0;
    qsizetype lineEnd = -1;
    while (length < buffer.size()) {
        const qint64 got = file.read(buffer.data() + length, buffer.size() - length);
        if (got < 0) {
            sodium_memzero(buffer.data(), std::size_t(buffer.size()));
            return makeError(ErrorCode::Io, AdminCli::tr("%1 (%2) cannot be read.").arg(shownName, what),
                             file.errorString());
        }
        if (got == 0)
            break;
        const qsizetype from = length;
        length += qsizetype(got);
        for (qsizetype i = from; i < length; ++i) {
            if (buffer.at(i) == '\n') {
                lineEnd = i;
                break;
            }
        }
        if (lineEnd >= 0)
            break;
    }
    if (lineEnd < 0) {
        if (length == buffer.size()) {
            sodium_memzero(buffer.data(), std::size_t(buffer.size()));
            return makeError(ErrorCode::InvalidInput,
                             AdminCli::tr("The first line of %1 (%2) is too long.").arg(shownName, what));
        }
        lineEnd = length;
    }
    if (lineEnd > 0 && buffer.at(lineEnd - 1) == '\r')
        --lineEnd;
    if (lineEnd == 0) {
        sodium_memzero(buffer.data(), std::size_t(buffer.size()));
        return makeError(
            ErrorCode::InvalidInput,
            AdminCli::tr("The first line of %1 (%2) is empty; an empty passphrase or password is not "
                         "allowed.")
                .arg(shownName, what));
    }
    storage::Secret secret = storage::Secret::fromBytes(buffer.constData(), std::size_t(lineEnd));
    sodium_memzero(buffer.data(), std::size_t(buffer.size()));
    return secret;
}

Status requireExistingFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, AdminCli::tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return makeError(ErrorCode::Io, AdminCli::tr("%1 is a folder, not a database file.").arg(path));
    if (!info.isReadable())
        return makeError(ErrorCode::Io,
                         AdminCli::tr("The file %1 cannot be read (permission denied).").arg(path));
    return {};
}

Status requireNewFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        return makeError(
            ErrorCode::Io,
            AdminCli::tr("%1 already exists; shopwarden-admin never overwrites it and has changed nothing.")
                .arg(path));
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return makeError(ErrorCode::Io,
                         AdminCli::tr("The folder %1 does not exist.").arg(info.absolutePath()));
    return {};
}

} // namespace sw::admin
