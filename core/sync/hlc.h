#pragma once

// Hybrid logical clock (SYNC.md "Identity and clocks"): wall-clock ms, a counter
// and the node id. The text form sorts in clock order:
//   "<13-digit ms>-<6-digit counter>-<node>"  e.g. "1764300000000-000000-9f3a1c2b4d5e6f70"

#include <QString>
#include <QtGlobal>

namespace sw::sync {

struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    QString toString() const;
    static bool parse(const QString& text, Hlc* out);
    bool isNull() const { return wallMs == 0 && counter == 0 && node.isEmpty(); }

    friend bool operator<(const Hlc& a, const Hlc& b);
    friend bool operator==(const Hlc& a, const Hlc& b) = default;
};

// The next local clock value after `last`, given the physical time now.
Hlc hlcTick(const Hlc& last, qint64 nowMs, const QString& node);
// The clock after receiving a remote value (for pulls).
Hlc hlcReceive(const Hlc& last, const Hlc& remote, qint64 nowMs, const QString& node);

} // namespace sw::sync
