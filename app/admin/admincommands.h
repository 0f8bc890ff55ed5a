#pragma once

// The commands of shopwarden-admin (docs/admin-guide.md). Each takes the program
// name followed by the command's own arguments and returns the process exit code.

#include <QStringList>

namespace sw::admin {

int runInit(const QStringList& arguments);    // dbcommands.cpp
int runCheck(const QStringList& arguments);   // dbcommands.cpp
int runRekey(const QStringList& arguments);   // dbcommands.cpp
int runBackup(const QStringList& arguments);  // backupcommands.cpp
int runRestore(const QStringList& arguments); // backupcommands.cpp
int runBench(const QStringList& arguments);   // benchcommand.cpp
int runSeed(const QStringList& arguments);    // seedcommand.cpp
int runBenchTickets(const QStringList& arguments); // ticketbenchcommand.cpp ("bench tickets")
int runBenchSync(const QStringList& arguments);    // syncbenchcommand.cpp ("bench sync")
int runBenchMerchants(const QStringList& arguments); // merchantbenchcommand.cpp ("bench merchants")
int runCalendar(const QStringList& arguments); // calendarcommand.cpp ("calendar list|import|export")

} // namespace sw::admin
