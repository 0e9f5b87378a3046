using System.Globalization;
using System.Text;

namespace Proposals.Api.Disclosure;

/// <summary>
/// Chinese is written without spaces, so PostgreSQL's parsers cannot find its words. We index every
/// pair of neighbouring characters (二元组) of each run of Han characters and the run's last character,
/// and whole words of other letters and digits (lowercased, "5G" → "5g"). A query asks for all the
/// pairs of its Han runs, so 产教融合 is 产教 &amp; 教融 &amp; 融合; a run of one character asks for any
/// term it begins (教:*), which finds it wherever it stands: before another character in a pair, or
/// last in its run. Every character alone would cost each new document a hundred more index entries,
/// most in the largest posting lists (docs/performance.md). Punctuation, symbols and spaces only
/// separate runs. Full-width forms are folded first (NFKC), so ５Ｇ and 5G are the same word.
/// </summary>
public static class SearchTerms
{
    public const int MaxQueryLength = 100;

    /// <summary>The distinct terms of the texts, separated by spaces, for a <c>simple</c> full-text index; null when there are none.</summary>
    /// <remarks>
    /// Runs on every published reply, and over every item in a rebuild: a Han pair is checked by its two code points
    /// and written out once, so a 1,000-character text makes one string, not one per character and pair.
    /// </remarks>
    public static string? Of(IEnumerable<string?> texts)
    {
        var hanTerms = t_hanTerms ??= [];
        hanTerms.Clear();
        var words = new HashSet<string>(StringComparer.Ordinal);
        var terms = new StringBuilder();
        foreach (var text in texts)
        foreach (var run in Runs(text))
        {
            if (!run.Han)
            {
                if (words.Add(run.Text)) Append(terms, run.Text);
                continue;
            }

            Rune? previous = null;
            foreach (var rune in run.Text.EnumerateRunes())
            {
                if (previous is { } p && hanTerms.Add(Key(p, rune))) Append(terms, p, rune);
                previous = rune;
            }
            if (hanTerms.Add(Key(previous!.Value))) Append(terms, previous.Value);
        }
        return terms.Length == 0 ? null : terms.ToString();
    }

    // Kept per thread and cleared: a document's set grows to thousands of entries, and growing it anew each time
    // was a sixth of what the terms still allocated.
    [ThreadStatic] private static HashSet<long>? t_hanTerms;

    // Code points take 21 bits; 0 is never Han, so a character alone cannot collide with a pair.
    private static long Key(Rune first, Rune second = default) => ((long)first.Value << 21) | (uint)second.Value;

    private static void Append(StringBuilder terms, string term) => (terms.Length == 0 ? terms : terms.Append(' ')).Append(term);

    private static void Append(StringBuilder terms, Rune first, Rune? second = null)
    {
        if (terms.Length > 0) terms.Append(' ');
        Span<char> utf16 = stackalloc char[4];
        var length = first.EncodeToUtf16(utf16);
        if (second is { } s) length += s.EncodeToUtf16(utf16[length..]);
        terms.Append(utf16[..length]);
    }

    /// <summary>A term a query asks for: the term itself, or (<see cref="Prefix"/>) any term it begins.</summary>
    public sealed record QueryTerm(string Text, bool Prefix = false)
    {
        public override string ToString() => Prefix ? $"'{Text}':*" : $"'{Text}'";
    }

    /// <summary>The terms a query asks for, all of which a match contains; empty when the query has no letters or digits.</summary>
    public static IReadOnlyList<QueryTerm> Query(string? query)
    {
        var terms = new List<QueryTerm>();
        foreach (var run in Runs(query))
        {
            if (!run.Han)
            {
                terms.Add(new QueryTerm(run.Text));
                continue;
            }
            var chars = run.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            if (chars.Length == 1) terms.Add(new QueryTerm(chars[0], Prefix: true));
            else for (var i = 0; i + 1 < chars.Length; i++) terms.Add(new QueryTerm(chars[i] + chars[i + 1]));
        }
        return terms.Distinct().ToArray();
    }

    /// <summary>The query as the text of a <c>to_tsquery('simple', …)</c>: its terms quoted and joined by AND; null when it has none.</summary>
    public static string? TsQuery(string? query) => new PublicReplyQuery(default, Query(query)).TsQuery;

    /// <summary>A run of Han characters as written, or a word of other letters and digits, lowercased.</summary>
    private readonly record struct Run(bool Han, string Text);

    private static IEnumerable<Run> Runs(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var (start, kind) = (0, (bool?)null);
        for (var i = 0; i <= normalized.Length;)
        {
            var rune = Rune.ReplacementChar;
            var length = 1;
            if (i < normalized.Length) Rune.DecodeFromUtf16(normalized.AsSpan(i), out rune, out length);
            var next = i < normalized.Length ? KindOf(rune) : null;
            if (kind is { } current && next != current)
            {
                yield return new Run(current, current ? normalized[start..i] : Lowercase(normalized.AsSpan(start, i - start)));
                kind = null;
            }
            if (kind is null && next is not null) (start, kind) = (i, next);
            i += length;
        }
    }

    private static string Lowercase(ReadOnlySpan<char> word)
    {
        var lower = new StringBuilder(word.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in word.EnumerateRunes()) lower.Append(utf16[..Rune.ToLowerInvariant(rune).EncodeToUtf16(utf16)]);
        return lower.ToString();
    }

    // true: a Han character; false: another letter or digit; null: a separator.
    private static bool? KindOf(Rune rune)
    {
        if (IsHan(rune.Value)) return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => false,
            _ => null,
        };
    }

    private static bool IsHan(int c) =>
        c is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x2FA1F) or (>= 0x30000 and <= 0x323AF) or 0x3007;
}
