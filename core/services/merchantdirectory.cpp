#include "services/merchantdirectory.h"

#include "services/sqlsupport.h"
#include "services/writetransaction.h"

#include <QSqlQuery>

namespace sw::services {

Result<QString> merchantNamed(WriteTransaction& tx, const QString& name)
{
    QSqlQuery q(tx.database());
    SW_TRY(execQuery(q, QStringLiteral("SELECT id FROM merchants WHERE name = ? AND deleted = 0 LIMIT 1"), {name}));
    if (q.next())
        return q.value(0).toString();
    q.finish();
    return tx.insert(QStringLiteral("merchants"), {{QStringLiteral("name"), name}}, QStringLiteral("merchant.create"));
}

} // namespace sw::services
