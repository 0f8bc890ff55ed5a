#include "domain/businesscalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace sw::domain {

namespace {

constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
constexpr qint64 kGiveUpDays = 20 * 366;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// ISO day of week (1 = Monday) of a day index; day 0 (1970-01-01) was a Thursday.
int dayOfWeek(qint64 dayIndex)
{
    qint64 m = (dayIndex + 3) % 7;
    if (m < 0)
        m += 7;
    return int(m) + 1;
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= 6;
}

QString typeCode(BusinessCalendar::DayType type)
{
    return type == BusinessCalendar::DayType::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday");
}

} // namespace

QString BusinessCalendar::csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString BusinessCalendar::csvUnquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))) {
        text = text.mid(1, text.size() - 2);
        text.replace(QLatin1String("\"\""), QLatin1String("\""));
    }
    return text.trimmed();
}

Status BusinessCalendar::addEntry(const Entry& entry)
{
    if (!entry.date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The calendar day has no valid date."));
    const QString date = entry.date.toString(Qt::ISODate);
    if (m_entries.contains(entry.date)) {
        return makeError(ErrorCode::InvalidInput, tr("%1 is already in the calendar.").arg(date));
    }
    if (entry.type == DayType::Holiday && isWeekend(entry.date)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 falls on a weekend, which is a day off anyway; list only holidays "
                            "that fall on weekdays.")
                             .arg(date));
    }
    if (entry.type == DayType::Workday && !isWeekend(entry.date)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is a weekday, which is a working day anyway; a make-up working day "
                            "must fall on a weekend.")
                             .arg(date));
    }
    if (entry.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The calendar day %1 has no name.").arg(date));
    m_entries.insert(entry.date, Entry{entry.date, entry.type, entry.name.trimmed()});
    return {};
}

std::optional<BusinessCalendar::Entry> BusinessCalendar::entry(QDate date) const
{
    const auto it = m_entries.constFind(date);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

bool BusinessCalendar::isWorkingDay(QDate date) const
{
    const auto it = m_entries.constFind(date);
    if (it != m_entries.constEnd())
        return it->type == DayType::Workday;
    return !isWeekend(date);
}

bool BusinessCalendar::isWorkingDayIndex(qint64 dayIndex) const
{
    return isWorkingDay(QDate::fromJulianDay(kEpochJulianDay + dayIndex));
}

QDate BusinessCalendar::localDate(const QDateTime& t) const
{
    return QDate::fromJulianDay(kEpochJulianDay + floorDiv(t.toSecsSinceEpoch() + m_utcOffsetSecs, kDaySecs));
}

qint64 BusinessCalendar::workingDaysInRange(qint64 fromDay, qint64 toDay) const
{
    if (toDay <= fromDay)
        return 0;
    const qint64 span = toDay - fromDay;
    qint64 count = (span / 7) * 5;
    for (qint64 d = fromDay + (span / 7) * 7; d < toDay; ++d) {
        if (dayOfWeek(d) <= 5)
            ++count;
    }
    // Entries are validated (holidays on weekdays, workdays on weekends), so each one in
    // range moves the plain weekday count by exactly one.
    const QDate last = QDate::fromJulianDay(kEpochJulianDay + toDay);
    for (auto it = m_entries.lowerBound(QDate::fromJulianDay(kEpochJulianDay + fromDay));
         it != m_entries.constEnd() && it.key() < last; ++it) {
        count += it->type == DayType::Workday ? 1 : -1;
    }
    return count;
}

qint64 BusinessCalendar::workingSecsBetween(qint64 fromEpochSecs, qint64 toEpochSecs) const
{
    if (toEpochSecs < fromEpochSecs)
        return -workingSecsBetween(toEpochSecs, fromEpochSecs);
    const qint64 a = fromEpochSecs + m_utcOffsetSecs;
    const qint64 b = toEpochSecs + m_utcOffsetSecs;
    const qint64 dayA = floorDiv(a, kDaySecs);
    const qint64 dayB = floorDiv(b, kDaySecs);
    if (dayA == dayB)
        return isWorkingDayIndex(dayA) ? b - a : 0;
    qint64 total = isWorkingDayIndex(dayA) ? (dayA + 1) * kDaySecs - a : 0;
    total += workingDaysInRange(dayA + 1, dayB) * kDaySecs;
    if (isWorkingDayIndex(dayB))
        total += b - dayB * kDaySecs;
    return total;
}

std::optional<qint64> BusinessCalendar::addWorkingSecs(qint64 startEpochSecs, qint64 secs) const
{
    if (secs <= 0)
        return startEpochSecs;
    qint64 cur = startEpochSecs + m_utcOffsetSecs;
    qint64 left = secs;
    const qint64 firstDay = floorDiv(cur, kDaySecs);
    for (qint64 day = firstDay; day < firstDay + kGiveUpDays + left / kDaySecs; ++day) {
        const qint64 dayEnd = (day + 1) * kDaySecs;
        if (isWorkingDayIndex(day)) {
            const qint64 available = dayEnd - cur;
            if (left <= available)
                return cur + left - m_utcOffsetSecs;
            left -= available;
        }
        cur = dayEnd;
    }
    return std::nullopt;
}

qint64 BusinessCalendar::workingTimeBetween(const QDateTime& a, const QDateTime& b) const
{
    return workingSecsBetween(a.toSecsSinceEpoch(), b.toSecsSinceEpoch());
}

QDateTime BusinessCalendar::addWorkingTime(const QDateTime& start, qint64 secs) const
{
    const qint64 startSecs = start.toSecsSinceEpoch();
    const auto end = addWorkingSecs(startSecs, secs);
    return end ? start.addSecs(*end - startSecs) : QDateTime();
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime& start, int days) const
{
    return addWorkingTime(start, qint64(days) * kDaySecs);
}

int BusinessCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (to < from)
        return -businessDaysBetween(to, from);
    const qint64 a = from.toJulianDay() - kEpochJulianDay;
    const qint64 b = to.toJulianDay() - kEpochJulianDay;
    return int(workingDaysInRange(a + 1, b + 1));
}

Result<BusinessCalendar> BusinessCalendar::importCsv(const QByteArray& utf8)
{
    return importCsv(QString::fromUtf8(utf8));
}

Result<BusinessCalendar> BusinessCalendar::importCsv(const QString& text)
{
    BusinessCalendar calendar;
    QMap<QDate, int> lineOf;
    bool headerSeen = false;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        const QString line = lines.at(i).trimmed(); // also drops a "\r"
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!headerSeen) {
            QString header = line;
            header.remove(QLatin1Char(' '));
            if (header.compare(QLatin1String("date,type,name"), Qt::CaseInsensitive) != 0) {
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("Line %1: the first line must be the header “date,type,name”.").arg(lineNo));
            }
            headerSeen = true;
            continue;
        }
        const qsizetype firstComma = line.indexOf(QLatin1Char(','));
        const qsizetype secondComma = firstComma < 0 ? -1 : line.indexOf(QLatin1Char(','), firstComma + 1);
        if (secondComma < 0) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: expected three fields: date, type and name.").arg(lineNo));
        }
        const QString dateText = line.left(firstComma).trimmed();
        const QString typeText = line.mid(firstComma + 1, secondComma - firstComma - 1).trimmed();
        const QString name = csvUnquote(line.mid(secondComma + 1));
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        // Strictly YYYY-MM-DD: Qt's ISO parser also takes other separators.
        const bool isoShape =
            dateText.size() == 10 && dateText.at(4) == QLatin1Char('-') && dateText.at(7) == QLatin1Char('-');
        if (!date.isValid() || !isoShape) {
            return makeError(
                ErrorCode::InvalidInput,
                tr("Line %1: “%2” is not a date in the form YYYY-MM-DD.").arg(lineNo).arg(dateText));
        }
        DayType type;
        if (typeText.compare(QLatin1String("holiday"), Qt::CaseInsensitive) == 0) {
            type = DayType::Holiday;
        } else if (typeText.compare(QLatin1String("workday"), Qt::CaseInsensitive) == 0) {
            type = DayType::Workday;
        } else {
            return makeError(
                ErrorCode::InvalidInput,
                tr("Line %1: unknown day type “%2”; use “holiday” or “workday”.").arg(lineNo).arg(typeText));
        }
        if (lineOf.contains(date)) {
            return makeError(ErrorCode::InvalidInput, tr("Line %1: %2 is already listed on line %3.")
                                                          .arg(lineNo)
                                                          .arg(dateText)
                                                          .arg(lineOf.value(date)));
        }
        if (type == DayType::Holiday && isWeekend(date)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: %2 falls on a weekend, which is a day off anyway; list only "
                                "holidays that fall on weekdays.")
                                 .arg(lineNo)
                                 .arg(dateText));
        }
        if (type == DayType::Workday && !isWeekend(date)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: %2 is a weekday, which is a working day anyway; a make-up "
                                "working day must fall on a weekend.")
                                 .arg(lineNo)
                                 .arg(dateText));
        }
        if (name.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1: the day %2 has no name.").arg(lineNo).arg(dateText));
        }
        const Status added = calendar.addEntry(Entry{date, type, name});
        if (!added.ok())
            return added.error(); // not reached: every rule was checked above with the line
        lineOf.insert(date, lineNo);
    }
    if (!headerSeen) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The calendar file is empty; it needs at least the header line "
                            "“date,type,name”."));
    }
    return calendar;
}

QByteArray BusinessCalendar::exportCsv() const
{
    QString out = QStringLiteral("date,type,name\n");
    for (const Entry& e : m_entries) {
        out += e.date.toString(Qt::ISODate) + QLatin1Char(',') + typeCode(e.type) + QLatin1Char(',') +
               csvField(e.name) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Result<BusinessCalendar> BusinessCalendar::chinaDefault()
{
    QFile file(QStringLiteral(":/calendars/cn-holidays.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Internal, tr("The built-in holiday calendar is missing."),
                         file.errorString());
    }
    return importCsv(file.readAll());
}

} // namespace sw::domain
