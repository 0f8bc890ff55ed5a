#pragma once

// Public helpers of the ticket area that code outside TicketService needs to agree with
// it: the text a ticket is indexed under (the seeder fills ticket_search with exactly
// this, and the search tests use it as the reference document).

#include <QString>
#include <QStringList>

namespace sw::services {

// The document of one ticket in ticket_search, before SearchText::indexTokens():
// number, subject, body, customer name, the digits of the phone, order no., merchant,
// then the text of every customer message, reply and internal note — one per line, so
// nothing runs together across fields.
QString ticketSearchText(const QString& number, const QString& subject, const QString& body,
                         const QString& customerName, const QString& customerPhone, const QString& orderNo,
                         const QString& merchantName, const QStringList& messageTexts);

// Only the digits of a phone number ("+86 138-1234-5678" → "8613812345678").
QString phoneDigits(const QString& phone);

} // namespace sw::services
