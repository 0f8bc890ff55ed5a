#pragma once

// Chinese-capable full-text search on SQLite FTS4, whose tokenizers do not split Chinese
// (SQLite 3.15 under SQLCipher: no FTS5, no ICU). We tokenize ourselves and store the
// tokens, space-separated, in an FTS4 table with the default "simple" tokenizer:
//
//   indexTokens(text) → the column value;  matchExpression(query) → the MATCH argument.
//
// Text is normalised (NFKC: full-width letters, digits and spaces become ASCII; then
// lower case) and split into runs of one character class:
// - CJK (Han, kana, hangul): a run becomes its overlapping bigrams ("服务态度" → 服务 务态
//   态度); a one-character run becomes that character.
// - word (letters and digits of other scripts): a run becomes one token, "iphone15".
// - anything else separates runs and is not indexed.
//
// Term semantics (containsTerm() is the reference, the FTS query must agree exactly):
// a term is a maximal stretch of the query without separators; all terms must match
// (AND). A term matches when its normalised text occurs in the normalised document and,
// if it begins with a letter or digit, the occurrence begins at a word start (word-prefix
// search for Latin words and numbers, substring search for Chinese). One lone CJK
// character is not searchable (its bigrams do not exist); it is dropped with a reason.
//
// Why the query is exact (no missed, no false matches):
// - A CJK term of n ≥ 2 characters is the phrase of its n − 1 bigrams; consecutive
//   bigrams overlap by one character, so the phrase matches exactly where the string
//   occurs inside one run.
// - FTS phrases match consecutive token positions, and positions do not know where runs
//   end: "甲乙，乙丙" gives 甲乙 乙丙, which would falsely match the phrase for "甲乙丙". So
//   wherever separator characters stand between runs we emit a break token (U+E000, a
//   private-use character: never produced by a query, because the query side treats it
//   as a separator). Runs that touch directly ("iPhone15手机壳") get no break, so a mixed
//   term can be a phrase across them: iphone15 手机 机壳.
// - A mixed term that begins with CJK needs "the run ends with these characters"; bigrams
//   cannot say that for the last character, so a CJK run of two or more characters that
//   is directly followed by a word run also emits its last character as one extra token
//   ("炒股abc" → 炒股 股 abc). The same rule applies to the query, so "股abc" is the phrase
//   股 abc*. The extra token stands only at the end of a run, so it never breaks a
//   bigram phrase; and it is one character long, so no bigram equals it.
// - The last token of a term is a prefix token ("abc*") when the term ends in a word run,
//   or in a one-character CJK run after a word ("iphone手" → iphone 手*).
// - Every term is a double-quoted phrase of our own tokens, which contain only letters,
//   digits and CJK characters: user input can never inject FTS syntax (OR, NOT, NEAR,
//   "-", "*", quotes, brackets are separators or plain lower-case words).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sw::domain {

class SearchText
{
    Q_DECLARE_TR_FUNCTIONS(sw::domain::SearchText)

public:
    static constexpr char16_t kRunBreak = 0xE000;

    // NFKC, then lower case.
    static QString normalize(const QString& text);
    static QString indexTokens(const QString& text);
    // The FTS4 MATCH argument, or an empty string with *ok = false when nothing in the
    // query is searchable; *reason (optional) then says why, translated. Terms that are a
    // single CJK character are dropped, with a reason even when ok is true.
    static QString matchExpression(const QString& userQuery, bool* ok, QString* reason = nullptr);
    // The searchable terms, normalised (e.g. for highlighting hits).
    static QStringList searchTerms(const QString& userQuery);
    // Reference semantics: true when the document matches every searchable term of the
    // query; false when the query has none.
    static bool containsTerm(const QString& haystack, const QString& userQuery);
};

} // namespace sw::domain
