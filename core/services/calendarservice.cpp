#include "services/calendarservice.h"

#include "services/merchantservice.h"
#include "services/sqlsupport.h"
#include "services/ticketservice.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace sw::services {

namespace {

using domain::BusinessCalendar;

const QString kTable = QStringLiteral("calendar_days");
const QString kImportAction = QStringLiteral("calendar.import");
// The namespace of the name-based row ids; never change it, ids are shared by every
// workstation and the server.
const QUuid kRowIdNamespace(QStringLiteral("b6c1e0d2-4f3a-4e8b-9d27-5a1c3f7e2b90"));
constexpr qsizetype kMaxCsvBytes = 1024 * 1024;

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= 6;
}

std::optional<BusinessCalendar::DayType> domainType(CalendarDayType type)
{
    switch (type) {
    case CalendarDayType::Holiday:
        return BusinessCalendar::DayType::Holiday;
    case CalendarDayType::Workday:
        return BusinessCalendar::DayType::Workday;
    case CalendarDayType::Normal:
        break;
    }
    return std::nullopt;
}

CalendarDayType fromDomain(BusinessCalendar::DayType type)
{
    return type == BusinessCalendar::DayType::Workday ? CalendarDayType::Workday : CalendarDayType::Holiday;
}

// The compiled-in calendar, parsed once per process (it never changes while running).
const Result<BusinessCalendar>& builtInCalendar()
{
    static const Result<BusinessCalendar> calendar = BusinessCalendar::chinaDefault();
    return calendar;
}

// Live custom rows with day in [from, to], by date. Rows with a date or type this
// release does not understand (a newer workstation's) are skipped.
Result<QMap<QDate, CalendarDay>> loadCustom(QSqlDatabase db, QDate from, QDate to)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT day, type, name FROM calendar_days WHERE deleted = 0 AND day >= ? "
                                    "AND day <= ? ORDER BY day"),
                     {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}));
    QMap<QDate, CalendarDay> out;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const auto type = CalendarService::typeFromCode(q.value(1).toString());
        if (!date.isValid() || !type)
            continue;
        CalendarDay day;
        day.date = date;
        day.type = *type;
        day.name = q.value(2).toString();
        day.custom = true;
        out.insert(date, day);
    }
    return out;
}

} // namespace

CalendarService::CalendarService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

QString CalendarService::typeCode(CalendarDayType type)
{
    switch (type) {
    case CalendarDayType::Holiday:
        return QStringLiteral("holiday");
    case CalendarDayType::Workday:
        return QStringLiteral("workday");
    case CalendarDayType::Normal:
        break;
    }
    return QStringLiteral("normal");
}

std::optional<CalendarDayType> CalendarService::typeFromCode(const QString& code)
{
    for (CalendarDayType t : {CalendarDayType::Holiday, CalendarDayType::Workday, CalendarDayType::Normal}) {
        if (code.trimmed().compare(typeCode(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString CalendarService::typeDisplayName(CalendarDayType type)
{
    switch (type) {
    case CalendarDayType::Holiday:
        return tr("Public holiday");
    case CalendarDayType::Workday:
        return tr("Make-up working day");
    case CalendarDayType::Normal:
        break;
    }
    return tr("Ordinary day");
}

QString CalendarService::rowId(QDate date)
{
    return QUuid::createUuidV5(kRowIdNamespace, QStringLiteral("calendar_days:") + date.toString(Qt::ISODate))
        .toString(QUuid::WithoutBraces);
}

Status CalendarService::checkYear(int year)
{
    if (year < kMinYear || year > kMaxYear) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The calendar covers the years %1 to %2; %3 is outside them.")
                             .arg(kMinYear)
                             .arg(kMaxYear)
                             .arg(year));
    }
    return {};
}

Status CalendarService::validate(QDate date, CalendarDayType type, const QString& name)
{
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The calendar day has no valid date."));
    const QString iso = date.toString(Qt::ISODate);
    if (date.year() < kMinYear || date.year() > kMaxYear) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is outside the years %2 to %3 that the calendar covers.")
                             .arg(iso)
                             .arg(kMinYear)
                             .arg(kMaxYear));
    }
    if (type == CalendarDayType::Holiday && isWeekend(date)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 falls on a weekend, which is a day off anyway; list only holidays "
                            "that fall on weekdays.")
                             .arg(iso));
    }
    if (type == CalendarDayType::Workday && !isWeekend(date)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is a weekday, which is a working day anyway; a make-up working day "
                            "must fall on a weekend.")
                             .arg(iso));
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() && type != CalendarDayType::Normal)
        return makeError(ErrorCode::InvalidInput, tr("The calendar day %1 has no name.").arg(iso));
    if (trimmed.size() > kMaxNameLength) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The name of %1 is longer than %2 characters.").arg(iso).arg(kMaxNameLength));
    }
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The name of %1 must be one line of text without tabs or line breaks.")
                                 .arg(iso));
        }
    }
    return {};
}

Status CalendarService::requireReader() const
{
    if (m_actor.userId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Sign in to see the business-day calendar."));
    return {};
}

Result<BusinessCalendar> CalendarService::effectiveCalendar(QSqlDatabase db)
{
    const Result<BusinessCalendar>& builtIn = builtInCalendar();
    if (!builtIn)
        return builtIn.error();
    BusinessCalendar calendar = *builtIn;
    auto custom = loadCustom(db, QDate(kMinYear, 1, 1), QDate(kMaxYear, 12, 31));
    if (!custom)
        return custom.error();
    for (const CalendarDay& day : *custom) {
        const auto previous = calendar.entry(day.date);
        calendar.removeEntry(day.date);
        const auto type = domainType(day.type);
        if (!type)
            continue; // "normal": the regular week applies
        const Status added = calendar.addEntry({day.date, *type, day.name});
        // A row the rules refuse (only a faulty sync can bring one) changes nothing.
        if (!added && previous)
            (void)calendar.addEntry(*previous);
    }
    return calendar;
}

Result<QList<CalendarDay>> CalendarService::days(int year) const
{
    SW_TRY(requireReader());
    SW_TRY(checkYear(year));
    const Result<BusinessCalendar>& builtIn = builtInCalendar();
    if (!builtIn)
        return builtIn.error();
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    auto custom = loadCustom(m_db.connection(), first, last);
    if (!custom)
        return custom.error();
    QMap<QDate, CalendarDay> merged = *custom;
    for (const BusinessCalendar::Entry& e : builtIn->entries()) {
        if (e.date < first || e.date > last)
            continue;
        auto it = merged.find(e.date);
        if (it == merged.end())
            it = merged.insert(e.date, CalendarDay{e.date, fromDomain(e.type), e.name, false, std::nullopt});
        it->builtIn = e;
    }
    return merged.values();
}

Status CalendarService::setDay(QDate date, CalendarDayType type, const QString& name)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    SW_TRY(validate(date, type, name));
    auto done = applyChanges({Change{date, type, name.trimmed()}}, QStringLiteral("calendar.set"));
    if (!done)
        return done.error();
    return {};
}

Status CalendarService::removeDay(QDate date)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The calendar day has no valid date."));
    auto done = applyChanges({Change{date, std::nullopt, QString()}}, QStringLiteral("calendar.remove"));
    if (!done)
        return done.error();
    return {};
}

Result<QList<CalendarDay>> CalendarService::parseCsv(const QByteArray& utf8)
{
    if (utf8.size() > kMaxCsvBytes) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The calendar file is larger than 1 MB; it cannot be a calendar file."));
    }
    QString body = QString::fromUtf8(utf8);
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    auto lineError = [](int lineNo, const QString& problem) {
        return makeError(ErrorCode::InvalidInput, tr("Line %1: %2").arg(lineNo).arg(problem));
    };
    QList<CalendarDay> out;
    QMap<QDate, int> lineOf;
    bool headerSeen = false;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        const QString line = lines.at(i).trimmed(); // also drops a "\r"
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!headerSeen) {
            QString header = line;
            header.remove(QLatin1Char(' '));
            if (header.compare(QLatin1String("date,type,name"), Qt::CaseInsensitive) != 0)
                return lineError(lineNo, tr("The first line must be the header “date,type,name”."));
            headerSeen = true;
            continue;
        }
        const qsizetype firstComma = line.indexOf(QLatin1Char(','));
        const qsizetype secondComma = firstComma < 0 ? -1 : line.indexOf(QLatin1Char(','), firstComma + 1);
        if (secondComma < 0)
            return lineError(lineNo, tr("Expected three fields: date, type and name."));
        const QString dateText = line.left(firstComma).trimmed();
        const QString typeText = line.mid(firstComma + 1, secondComma - firstComma - 1).trimmed();
        const QString name = domain::BusinessCalendar::csvUnquote(line.mid(secondComma + 1));
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        // Strictly YYYY-MM-DD: Qt's ISO parser also takes other separators.
        const bool isoShape =
            dateText.size() == 10 && dateText.at(4) == QLatin1Char('-') && dateText.at(7) == QLatin1Char('-');
        if (!date.isValid() || !isoShape)
            return lineError(lineNo, tr("“%1” is not a date in the form YYYY-MM-DD.").arg(dateText));
        const auto type = typeFromCode(typeText);
        if (!type) {
            return lineError(lineNo,
                             tr("Unknown day type “%1”; use “holiday”, “workday” or “normal”.").arg(typeText));
        }
        if (lineOf.contains(date)) {
            return lineError(lineNo,
                             tr("%1 is already listed on line %2.").arg(dateText).arg(lineOf.value(date)));
        }
        if (const Status valid = validate(date, *type, name); !valid)
            return lineError(lineNo, valid.message());
        lineOf.insert(date, lineNo);
        out.append(CalendarDay{date, *type, name, true, std::nullopt});
    }
    if (!headerSeen) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The calendar file is empty; it needs at least the header line "
                            "“date,type,name”."));
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The calendar file lists no days; nothing was imported."));
    return out;
}

Result<CalendarImportSummary> CalendarService::importCsv(const QByteArray& utf8)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    auto parsed = parseCsv(utf8);
    if (!parsed)
        return parsed.error();
    QList<Change> changes;
    changes.reserve(parsed->size());
    for (const CalendarDay& day : *parsed)
        changes.append(Change{day.date, day.type, day.name});
    return applyChanges(changes, kImportAction);
}

Result<QByteArray> CalendarService::exportCsv(int year) const
{
    auto list = days(year);
    if (!list)
        return list.error();
    QString out = QStringLiteral("date,type,name\n");
    for (const CalendarDay& day : *list) {
        // An ordinary day matters only where it cancels a built-in entry.
        if (day.type == CalendarDayType::Normal && !day.builtIn)
            continue;
        out += day.date.toString(Qt::ISODate) + QLatin1Char(',') + typeCode(day.type) + QLatin1Char(',') +
               domain::BusinessCalendar::csvField(day.name) + QLatin1Char('\n');
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Result<CalendarImportSummary> CalendarService::applyChanges(const QList<Change>& changes, const QString& action)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    TicketService::declareTables(); // calendar_days is declared with the ticket tables
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();

    CalendarImportSummary summary;
    summary.entries = int(changes.size());
    for (const Change& change : changes) {
        const QString id = rowId(change.date);
        const QString day = change.date.toString(Qt::ISODate);
        // The live row of the day (normally the one with the derived id; a row written
        // before ids were derived has another) and whether the derived id is taken.
        QString liveId;
        QString liveType;
        QString liveName;
        bool idExists = false;
        {
            QSqlQuery q(db);
            SW_TRY(execQuery(q,
                             QStringLiteral("SELECT id, deleted, type, name FROM calendar_days WHERE id = ? OR "
                                            "(day = ? AND deleted = 0)"),
                             {id, day}));
            while (q.next()) {
                if (q.value(0).toString() == id)
                    idExists = true;
                if (q.value(1).toLongLong() == 0) {
                    liveId = q.value(0).toString();
                    liveType = q.value(2).toString();
                    liveName = q.value(3).toString();
                }
            }
        }
        if (!change.type) {
            if (liveId.isEmpty()) {
                return makeError(ErrorCode::NotFound,
                                 tr("%1 has no custom entry; it already follows the built-in calendar.")
                                     .arg(day));
            }
            SW_TRY(tx->remove(kTable, liveId, action));
            ++summary.changed;
            continue;
        }
        const QString type = typeCode(*change.type);
        if (!liveId.isEmpty()) {
            if (liveType == type && liveName == change.name) {
                ++summary.unchanged;
                continue;
            }
            SW_TRY(tx->update(kTable, liveId,
                              {{QStringLiteral("type"), type}, {QStringLiteral("name"), change.name}}, action));
            ++summary.changed;
        } else if (idExists) {
            SW_TRY(tx->restore(kTable, id,
                               {{QStringLiteral("day"), day},
                                {QStringLiteral("type"), type},
                                {QStringLiteral("name"), change.name}},
                               action));
            ++summary.added;
        } else {
            auto inserted = tx->insert(kTable,
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("day"), day},
                                        {QStringLiteral("type"), type},
                                        {QStringLiteral("name"), change.name}},
                                       action);
            if (!inserted)
                return inserted.error();
            ++summary.added;
        }
    }
    if (action == kImportAction) {
        SW_TRY(tx->audit(kImportAction, kTable, QString(), {},
                         {{QStringLiteral("entries"), summary.entries},
                          {QStringLiteral("added"), summary.added},
                          {QStringLiteral("changed"), summary.changed},
                          {QStringLiteral("unchanged"), summary.unchanged}}));
    }
    SW_TRY(afterCalendarChange(*tx));
    SW_TRY(tx->commit());
    return summary;
}

Status CalendarService::afterCalendarChange(WriteTransaction& tx)
{
    // Open merchant reviews are due by business days whatever the SLA mode: their local
    // due times follow the new calendar in the same transaction.
    SW_TRY(MerchantService::refreshDueTimes(tx.database()));
    // Tickets whose SLA counts working days get due times from the new calendar at once,
    // in the same transaction (the queue's "breaching within 2 h" must mean the calendar
    // in force). Under calendar hours the calendar does not matter.
    const domain::SlaPolicy policy = TicketService(m_db, m_actor, m_clock).slaPolicy();
    if (policy.calendarMode() != domain::SlaPolicy::CalendarMode::BusinessDays)
        return {};
    QSqlDatabase db = tx.database();
    auto clock = TicketStore::slaClock(db, policy); // reads the rows just written
    if (!clock)
        return clock.error();
    auto changed = TicketStore::recomputeAllSla(db, *clock, TicketStore::now(m_clock));
    if (!changed)
        return changed.error();
    return tx.audit(QStringLiteral("tickets.sla_recompute"), TicketStore::kTickets, QString(), {},
                    {{QStringLiteral("ticketsUpdated"), *changed}});
}

} // namespace sw::services
