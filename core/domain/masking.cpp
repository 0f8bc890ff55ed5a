#include "domain/masking.h"

#include <QList>

namespace sw::domain {

namespace {

bool isPhoneSeparator(char32_t c)
{
    return c == U' ' || c == U'-' || c == U'.' || c == U'(' || c == U')' || c == U'\t' || c == 0x3000 ||
           c == 0xFF0D || c == 0xFF08 || c == 0xFF09;
}

QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}

QString fromUcs4(const QList<uint>& chars, qsizetype from, qsizetype count)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()) + from, count);
}

// 010 and 020–029 are the only 3-digit area codes in China; all others have 4 digits.
int areaCodeLength(const QString& digits)
{
    if (digits.size() < 3 || digits.at(0) != QLatin1Char('0'))
        return 0;
    if (digits.startsWith(QLatin1String("010")) || digits.at(1) == QLatin1Char('2'))
        return 3;
    return 4;
}

bool allDigits(const QString& s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

QString maskOther(const QString& compact)
{
    const QList<uint> chars = compact.toUcs4();
    if (chars.size() < 5)
        return stars(chars.size());
    return stars(chars.size() - 2) + fromUcs4(chars, chars.size() - 2, 2);
}

} // namespace

QString maskPhone(const QString& phone)
{
    const QString trimmed = phone.normalized(QString::NormalizationForm_KC).trimmed();
    if (trimmed.isEmpty())
        return {};

    QString compact;
    compact.reserve(trimmed.size());
    bool hadSeparator = false;
    qsizetype firstSeparatorAt = -1;
    for (QChar c : trimmed) {
        if (isPhoneSeparator(c.unicode())) {
            hadSeparator = true;
            if (firstSeparatorAt < 0)
                firstSeparatorAt = compact.size();
        } else {
            compact.append(c);
        }
    }

    // Country code: +86, 0086, or a bare 86 before a 13-digit mobile.
    QString prefix;
    QString national = compact;
    if (national.startsWith(QLatin1String("+86"))) {
        national = national.mid(3);
        prefix = QStringLiteral("+86 ");
    } else if (national.startsWith(QLatin1String("0086"))) {
        national = national.mid(4);
        prefix = QStringLiteral("+86 ");
    } else if (national.size() == 13 && national.startsWith(QLatin1String("861"))) {
        national = national.mid(2);
        prefix = QStringLiteral("+86 ");
    }

    if (!allDigits(national))
        return maskOther(compact);

    if (national.size() == 11 && national.at(0) == QLatin1Char('1'))
        return prefix + national.left(3) + stars(4) + national.right(4);

    if (national.at(0) == QLatin1Char('0')) {
        // With a separator right after the area code ("0755-…", "(021) …") trust it;
        // otherwise apply the area-code rules. The subscriber number has 7 or 8 digits.
        int codeLength = areaCodeLength(national);
        if (prefix.isEmpty() && hadSeparator && (firstSeparatorAt == 3 || firstSeparatorAt == 4) &&
            !trimmed.startsWith(QLatin1Char('(')))
            codeLength = int(firstSeparatorAt);
        const qsizetype subscriber = national.size() - codeLength;
        if (codeLength > 0 && subscriber >= 7 && subscriber <= 8) {
            return prefix + national.left(codeLength) + QLatin1Char('-') + stars(subscriber - 4) +
                   national.right(4);
        }
    }
    return maskOther(compact);
}

QString maskName(const QString& name)
{
    const QList<uint> chars = name.trimmed().toUcs4();
    switch (chars.size()) {
    case 0:
        return {};
    case 1:
        return stars(1);
    case 2:
        return fromUcs4(chars, 0, 1) + stars(1);
    default:
        return fromUcs4(chars, 0, 1) + stars(chars.size() - 2) + fromUcs4(chars, chars.size() - 1, 1);
    }
}

QString maskAddress(const QString& address)
{
    const QList<uint> chars = address.trimmed().toUcs4();
    if (chars.isEmpty())
        return {};
    const qsizetype keep = chars.size() > 6 ? 6 : chars.size() / 2;
    return fromUcs4(chars, 0, keep) + stars(4);
}

} // namespace sw::domain
