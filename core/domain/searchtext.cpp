#include "domain/searchtext.h"

#include <QList>

namespace sw::domain {

namespace {

enum class CharClass { Separator, Cjk, Word };

CharClass classify(uint c)
{
    if (c < 0x80) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (c == SearchText::kRunBreak)
        return CharClass::Separator;
    if (!QChar::isLetterOrNumber(c))
        return QChar::isMark(c) ? CharClass::Word : CharClass::Separator;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return CharClass::Cjk;
    default:
        return CharClass::Word;
    }
}

using CodePoints = QList<uint>;

CodePoints codePoints(const QString& text)
{
    return SearchText::normalize(text).toUcs4();
}

void appendToken(QString& out, const uint* chars, qsizetype count)
{
    if (!out.isEmpty())
        out.append(QLatin1Char(' '));
    out.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(chars), count));
}

// Tokens of cps[from, to) (one separator-free stretch or a whole text) appended to out.
// Returns whether the last run was a word run (for the prefix rule) and its length class.
struct RunInfo
{
    CharClass lastClass = CharClass::Separator;
    qsizetype lastLength = 0;
    int runs = 0;
};

RunInfo appendTokens(QString& out, const CodePoints& cps, qsizetype from, qsizetype to)
{
    RunInfo info;
    bool pendingBreak = false;
    qsizetype i = from;
    while (i < to) {
        const CharClass cls = classify(cps[i]);
        if (cls == CharClass::Separator) {
            pendingBreak = info.runs > 0;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < to && classify(cps[j]) == cls)
            ++j;
        if (pendingBreak) {
            const uint mark = SearchText::kRunBreak;
            appendToken(out, &mark, 1);
            pendingBreak = false;
        }
        const qsizetype length = j - i;
        if (cls == CharClass::Word || length == 1) {
            appendToken(out, cps.constData() + i, length);
        } else {
            for (qsizetype k = i; k + 1 < j; ++k)
                appendToken(out, cps.constData() + k, 2);
            if (j < to && classify(cps[j]) == CharClass::Word)
                appendToken(out, cps.constData() + j - 1, 1);
        }
        info.lastClass = cls;
        info.lastLength = length;
        ++info.runs;
        i = j;
    }
    return info;
}

struct Term
{
    qsizetype begin;
    qsizetype end;
};

// Separator-free stretches of a normalised query.
QList<Term> splitTerms(const CodePoints& cps)
{
    QList<Term> terms;
    qsizetype i = 0;
    while (i < cps.size()) {
        if (classify(cps[i]) == CharClass::Separator) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < cps.size() && classify(cps[j]) != CharClass::Separator)
            ++j;
        terms.append({i, j});
        i = j;
    }
    return terms;
}

bool isLoneCjk(const CodePoints& cps, const Term& term)
{
    return term.end - term.begin == 1 && classify(cps[term.begin]) == CharClass::Cjk;
}

QString termText(const CodePoints& cps, const Term& term)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()) + term.begin,
                             term.end - term.begin);
}

bool occursAt(const CodePoints& hay, qsizetype pos, const CodePoints& needle, const Term& term)
{
    for (qsizetype k = term.begin; k < term.end; ++k) {
        if (hay[pos + (k - term.begin)] != needle[k])
            return false;
    }
    return true;
}

} // namespace

QString SearchText::normalize(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toLower();
}

QString SearchText::indexTokens(const QString& text)
{
    const CodePoints cps = codePoints(text);
    QString out;
    out.reserve(cps.size() * 3);
    appendTokens(out, cps, 0, cps.size());
    return out;
}

QString SearchText::matchExpression(const QString& userQuery, bool* ok, QString* reason)
{
    const CodePoints cps = codePoints(userQuery);
    QString expression;
    QString why;
    for (const Term& term : splitTerms(cps)) {
        if (isLoneCjk(cps, term)) {
            if (why.isEmpty()) {
                why = tr("“%1” is a single Chinese character and cannot be searched on its own; "
                         "type at least two characters.")
                          .arg(termText(cps, term));
            }
            continue;
        }
        QString phrase;
        const RunInfo info = appendTokens(phrase, cps, term.begin, term.end);
        if (info.lastClass == CharClass::Word || (info.runs > 1 && info.lastLength == 1))
            phrase.append(QLatin1Char('*'));
        if (!expression.isEmpty())
            expression.append(QLatin1Char(' '));
        expression.append(QLatin1Char('"') + phrase + QLatin1Char('"'));
    }
    if (expression.isEmpty() && why.isEmpty())
        why = tr("Type at least two Chinese characters, a word or a number to search.");
    if (ok)
        *ok = !expression.isEmpty();
    if (reason)
        *reason = why;
    return expression;
}

QStringList SearchText::searchTerms(const QString& userQuery)
{
    const CodePoints cps = codePoints(userQuery);
    QStringList terms;
    for (const Term& term : splitTerms(cps)) {
        if (!isLoneCjk(cps, term))
            terms.append(termText(cps, term));
    }
    return terms;
}

bool SearchText::containsTerm(const QString& haystack, const QString& userQuery)
{
    const CodePoints query = codePoints(userQuery);
    const CodePoints hay = codePoints(haystack);
    bool anyTerm = false;
    for (const Term& term : splitTerms(query)) {
        if (isLoneCjk(query, term))
            continue;
        anyTerm = true;
        const bool wordStart = classify(query[term.begin]) == CharClass::Word;
        const qsizetype length = term.end - term.begin;
        bool found = false;
        for (qsizetype pos = 0; pos + length <= hay.size() && !found; ++pos) {
            if (wordStart && pos > 0 && classify(hay[pos - 1]) == CharClass::Word)
                continue;
            found = occursAt(hay, pos, query, term);
        }
        if (!found)
            return false;
    }
    return anyTerm;
}

} // namespace sw::domain
