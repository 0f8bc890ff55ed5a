#include "sync/hlc.h"

#include <QRegularExpression>

namespace sw::sync {

namespace {

// 13 digits of milliseconds last until the year 2286; 6 digits of counter allow a
// million changes within one millisecond, far beyond what one node produces.
constexpr qint64 kMaxWallMs = 9999999999999LL;
constexpr quint32 kMaxCounter = 999999u;

} // namespace

QString Hlc::toString() const
{
    // Fixed-width, zero-padded numbers make plain string comparison follow clock order.
    return QString::asprintf("%013lld-%06u-", static_cast<long long>(wallMs), counter) + node;
}

bool Hlc::parse(const QString& text, Hlc* out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{13})-(\\d{6})-([0-9A-Za-z_.-]+)$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return false;
    bool okMs = false;
    bool okCounter = false;
    Hlc value;
    value.wallMs = match.captured(1).toLongLong(&okMs);
    value.counter = match.captured(2).toUInt(&okCounter);
    value.node = match.captured(3);
    if (!okMs || !okCounter)
        return false;
    if (out)
        *out = value;
    return true;
}

bool operator<(const Hlc& a, const Hlc& b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.node < b.node;
}

Hlc hlcTick(const Hlc& last, qint64 nowMs, const QString& node)
{
    nowMs = qBound<qint64>(0, nowMs, kMaxWallMs);
    Hlc next;
    next.node = node;
    if (nowMs > last.wallMs) {
        next.wallMs = nowMs;
        next.counter = 0;
    } else {
        // The physical clock stood still or went backwards: keep the logical time
        // and count up, so the clock never goes backwards.
        next.wallMs = last.wallMs;
        next.counter = last.counter + 1;
    }
    if (next.counter > kMaxCounter) {
        // Counter exhausted: borrow the next millisecond rather than overflow the text form.
        next.wallMs += 1;
        next.counter = 0;
    }
    return next;
}

Hlc hlcReceive(const Hlc& last, const Hlc& remote, qint64 nowMs, const QString& node)
{
    nowMs = qBound<qint64>(0, nowMs, kMaxWallMs);
    Hlc next;
    next.node = node;
    next.wallMs = qMax(nowMs, qMax(last.wallMs, remote.wallMs));
    if (next.wallMs == last.wallMs && next.wallMs == remote.wallMs)
        next.counter = qMax(last.counter, remote.counter) + 1;
    else if (next.wallMs == last.wallMs)
        next.counter = last.counter + 1;
    else if (next.wallMs == remote.wallMs)
        next.counter = remote.counter + 1;
    else
        next.counter = 0;
    if (next.counter > kMaxCounter) {
        next.wallMs += 1;
        next.counter = 0;
    }
    return next;
}

} // namespace sw::sync
