#include "services/uuid.h"

#include <QUuid>

namespace sw::services {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace sw::services
