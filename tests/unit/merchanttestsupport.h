#pragma once

// A merchant-review world for tests: the ticket world's people plus a second auditor, and
// valid identity values and scans to build applications from.

#include "domain/creditcode.h"
#include "domain/merchantidentity.h"
#include "services/merchantservice.h"
#include "tickettestsupport.h"

#include <QBuffer>
#include <QImage>

namespace swtest {

class MerchantWorld : public TicketWorld
{
public:
    sw::services::Actor auditor2;

    bool setUp(QString* why)
    {
        if (!TicketWorld::setUp(why))
            return false;
        auditor2 = addUser(QStringLiteral("auditor2"), QStringLiteral("复核员"), {sw::domain::Role::Auditor}, {});
        return true;
    }

    sw::services::MerchantService merchants(const sw::services::Actor& actor)
    {
        return sw::services::MerchantService(fx.db(), actor, &clock);
    }

    // A valid credit code: "91" + division 110105 + a 9-character organisation code from n.
    static QString creditCode(int n)
    {
        const QString first17 = QStringLiteral("91110105") + QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0')) +
                                QLatin1Char('A');
        return first17 + sw::domain::CreditCode::checkCharacter(first17);
    }

    // A valid resident ID number born 1985-06-15, sequence from n.
    static QString residentId(int n)
    {
        const QString first17 = QStringLiteral("11010519850615") + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
        return first17 + sw::domain::MerchantIdentity::residentIdCheckCharacter(first17);
    }

    static QByteArray png()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    static QByteArray pdf() { return QByteArrayLiteral("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"); }

    // A complete application for a general merchandise store (licence, tax registration,
    // legal representative's ID), documents valid until `validUntil`.
    static sw::services::MerchantApplicationDraft draft(int n, QDate validUntil = QDate(2030, 12, 31))
    {
        using sw::domain::DocumentKind;
        sw::services::MerchantApplicationDraft d;
        d.legalName = QStringLiteral("杭州好物商贸有限公司%1").arg(n);
        d.creditCode = creditCode(n);
        d.legalRep = QStringLiteral("陈立");
        d.legalRepId = residentId(n);
        d.contactName = QStringLiteral("王敏");
        d.contactPhone = QStringLiteral("1380013%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
        d.bankAccount = QStringLiteral("62220210%1").arg(n, 8, 10, QLatin1Char('0'));
        d.categories = {QStringLiteral("general")};
        d.brand = QStringLiteral("好物");
        d.documents = {
            {DocumentKind::BusinessLicence, QStringLiteral("BL-%1").arg(n), validUntil, QStringLiteral("licence.png"), png()},
            {DocumentKind::TaxRegistration, QStringLiteral("TX-%1").arg(n), QDate(), QStringLiteral("tax.pdf"), pdf()},
            {DocumentKind::LegalRepId, residentId(n), validUntil, QStringLiteral("id.png"), png()},
        };
        return d;
    }

    QList<qint64> merchantCounts()
    {
        QList<qint64> out;
        for (const char* table : {"merchant_reviews", "merchant_documents", "merchant_review_events", "merchants",
                                  "credit_events", "credit_actions", "sync_outbox", "audit_log"})
            out << fx.count(QString::fromLatin1(table));
        return out;
    }
};

} // namespace swtest
