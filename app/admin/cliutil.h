#pragma once

// Shared plumbing of shopwarden-admin: exit codes, option parsing with our own
// usage text, printing, and reading passphrase files into Secrets.

#include "result.h"
#include "storage/secret.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw::admin {

// The exit codes are part of the interface (docs/admin-guide.md); scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,     // bad arguments, empty passphrase, unacceptable password
    ExitNotOpened = 3, // wrong passphrase, or not a Shopwarden database
    ExitFailed = 4,    // anything else: I/O, damaged data, broken audit chain, …
};

// Translation context of every message of the tool: AdminCli::tr("…").
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
};

void printOut(const QString& text);   // stdout, a newline is added
void printError(const QString& text); // stderr, a newline is added

// Maps an error from the libraries to an exit code and prints its message.
int exitCodeFor(const Error& error);
int report(const Error& error);

// One command's options, parsed with QCommandLineParser but with a usage text that
// names the command ("shopwarden-admin init --db FILE …").
class CommandLine
{
public:
    CommandLine(QString command, QString summary, QStringList positionalNames = {});

    void addOption(const QString& name, const QString& valueName, const QString& description, bool required);
    void addFlag(const QString& name, const QString& description);

    // Returns -1 when the command should run; otherwise the exit code to return
    // (ExitOk after printing --help, ExitUsage after printing the problem and usage).
    int parse(const QStringList& arguments);

    QString value(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    QString usageLine() const;
    QString helpText() const;
    int usageError(const QString& problem) const; // prints problem + usage, returns ExitUsage

private:
    struct Spec
    {
        QString name;
        QString valueName;
        QString description;
        bool required = false;
    };
    QString m_command;
    QString m_summary;
    QStringList m_positionalNames;
    QList<Spec> m_specs;
    QCommandLineParser m_parser;
};

// Reads passphrase / password files: the first line, trailing "\r\n" stripped; "-"
// means standard input (at most once per invocation). Buffers are wiped.
class SecretReader
{
public:
    // `what` names the option for messages, e.g. "--passphrase-file".
    // Errors: InvalidInput (empty, "-" twice) → exit 2; Io (missing, unreadable) → exit 4.
    Result<storage::Secret> read(const QString& fileArgument, const QString& what);

private:
    bool m_stdinUsed = false;
};

// Exit code for a SecretReader failure, after printing its message.
int reportSecretError(const Error& error);

// Plain checks on a --db argument before the library touches the path, so that
// SQLite never creates an empty file where none existed.
Status requireExistingFile(const QString& path);
Status requireNewFile(const QString& path);

} // namespace sw::admin
