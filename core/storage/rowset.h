#pragma once

// A set of row numbers that SQL on this thread can test with sw_in_rowset(n).
//
// Why: a full-text term such as 退款 matches a quarter of a million tickets. Asking
// SQLite for "n IN (SELECT docid FROM ticket_search WHERE …)" makes it copy every hit
// into a temporary b-tree before the first row comes out (about 100 ms at 1,000,000
// tickets); a bitmap filled from the same doclist costs a few milliseconds, and the
// queue's ordered index scan then tests each row with one C call. See
// docs/performance.md, "Tickets".
//
// The function is registered on every connection of a Database (registerFunction) and
// reads the set bound to the calling thread by a RowSet::Scope. Connections belong to
// one thread (Database::connection()), so a statement always runs on the thread that
// bound the set. Outside a scope the function fails the statement.

#include "result.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <QtGlobal>

#include <vector>

struct sqlite3;

namespace sw::storage {

class RowSet
{
public:
    void insert(qint64 n);
    bool contains(qint64 n) const;
    qint64 size() const { return m_size; }

    // Binds `set` to this thread for sw_in_rowset() until the scope ends. Finish the
    // statements that use it inside the scope.
    class Scope
    {
    public:
        explicit Scope(const RowSet& set);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        const RowSet* m_previous;
    };

    static Status registerFunction(sqlite3* handle);

    // The integers in the first column of a query (`sql` is the caller's own text; the
    // values are bound). Read straight from SQLite: a quarter of a million hits through
    // QSqlQuery cost four times the FTS lookup itself. The last result of each thread is
    // kept while the database is unchanged (no commit on any connection, no change on
    // this one), so that a count and the page after it read the index once.
    static Result<RowSet> select(QSqlDatabase db, const QString& sql, const QVariantList& values);

private:
    std::vector<quint64> m_bits;
    qint64 m_size = 0;
};

} // namespace sw::storage
