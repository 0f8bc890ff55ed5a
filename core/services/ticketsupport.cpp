#include "services/ticketsupport.h"

namespace sw::services {

QString phoneDigits(const QString& phone)
{
    QString out;
    out.reserve(phone.size());
    for (QChar c : phone) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    }
    return out;
}

QString ticketSearchText(const QString& number, const QString& subject, const QString& body,
                         const QString& customerName, const QString& customerPhone, const QString& orderNo,
                         const QString& merchantName, const QStringList& messageTexts)
{
    QStringList parts{number, subject, body, customerName, phoneDigits(customerPhone), orderNo, merchantName};
    parts += messageTexts;
    return parts.join(QLatin1Char('\n'));
}

} // namespace sw::services
