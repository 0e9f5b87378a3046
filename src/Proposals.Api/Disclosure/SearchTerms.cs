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
    public static string? Of(IEnumerable<string?> texts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        foreach (var run in Runs(text))
        {
            if (!run.Han)
            {
                terms.Add(run.Text);
                continue;
            }

            for (var i = 0; i + 1 < run.Chars.Count; i++) terms.Add(run.Chars[i] + run.Chars[i + 1]);
            terms.Add(run.Chars[^1]);
        }
        return terms.Count == 0 ? null : string.Join(' ', terms);
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
            if (!run.Han) terms.Add(new QueryTerm(run.Text));
            else if (run.Chars.Count == 1) terms.Add(new QueryTerm(run.Chars[0], Prefix: true));
            else for (var i = 0; i + 1 < run.Chars.Count; i++) terms.Add(new QueryTerm(run.Chars[i] + run.Chars[i + 1]));
        }
        return terms.Distinct().ToArray();
    }

    /// <summary>The query as the text of a <c>to_tsquery('simple', …)</c>: its terms quoted and joined by AND; null when it has none.</summary>
    public static string? TsQuery(string? query)
    {
        var terms = Query(query);
        return terms.Count == 0 ? null : string.Join(" & ", terms);
    }

    private sealed record Run(bool Han, List<string> Chars)
    {
        public string Text => string.Concat(Chars);
    }

    private static IEnumerable<Run> Runs(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;

        Run? current = null;
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var kind = KindOf(rune);
            if (kind is null || (current is not null && current.Han != kind))
            {
                if (current is not null) yield return current;
                current = null;
            }
            if (kind is { } han) (current ??= new Run(han, [])).Chars.Add(han ? rune.ToString() : Rune.ToLowerInvariant(rune).ToString());
        }
        if (current is not null) yield return current;
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
