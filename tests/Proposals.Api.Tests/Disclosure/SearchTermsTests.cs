using Proposals.Api.Disclosure;

namespace Proposals.Api.Tests.Disclosure;

public sealed class SearchTermsTests
{
    [Fact]
    public void a_text_is_indexed_by_its_neighbouring_pairs_the_last_character_of_each_run_and_its_other_words()
    {
        Assert.Equal(Sorted("产教", "教融", "融合", "合", "5g", "实训", "训"), Sorted(SearchTerms.Of(["产教融合，5G实训"])!.Split(' ')));
        Assert.Equal(Sorted("江江", "江津", "津", "abc", "的"), Sorted(SearchTerms.Of(["江江津", "ABC abc", "的"])!.Split(' ')));
        Assert.Equal(Sorted("𠀀𠀁", "𠀁教", "教", "ab"), Sorted(SearchTerms.Of(["𠀀𠀁教，ＡＢ"])!.Split(' ')));
        Assert.Equal("产教 教融 融合 合 职业 业教 教育 育", SearchTerms.Of(["产教融合", "职业教育，产教融合"]));
        Assert.Null(SearchTerms.Of(["，。！ ", null]));
    }

    [Fact]
    public void each_text_gets_all_its_terms_whatever_was_indexed_before()
    {
        var first = SearchTerms.Of(["江津区职业教育"]);
        Assert.Equal(first, SearchTerms.Of(["江津区职业教育"]));
        Assert.Equal("江津 津区 区", SearchTerms.Of(["江津区"]));
    }

    [Fact]
    public void a_query_asks_for_the_pairs_of_its_han_runs_any_term_a_lone_character_begins_and_its_other_words()
    {
        Assert.Equal(["'职业'", "'业教'", "'教育'"], SearchTerms.Query("职业教育").Select(t => t.ToString()));
        Assert.Equal(["'江津'"], SearchTerms.Query("“江津”").Select(t => t.ToString()));
        Assert.Equal(["'教':*"], SearchTerms.Query(" 教 ").Select(t => t.ToString()));
        Assert.Equal(["'5g'", "'网络'", "'abc'", "'a'"], SearchTerms.Query("５Ｇ网络 ABC a").Select(t => t.ToString()));
        Assert.Equal("'产教' & '教融' & '融合'", SearchTerms.TsQuery("产教融合"));
        Assert.Equal("'江':* & '津':*", SearchTerms.TsQuery("江 津"));
        Assert.Null(SearchTerms.TsQuery("！？ ，'&|"));
    }

    [Fact]
    public void publication_is_on_the_last_answers_day_and_public_from_that_day()
    {
        var replied = new DateOnly(2024, 4, 26);
        Assert.Equal(replied, Publication.PublishedOn(replied, [Answer(new DateOnly(2024, 4, 20), null), Answer(replied, null)]));
        Assert.Equal(new DateOnly(2024, 5, 10), Publication.PublishedOn(replied,
            [Answer(new DateOnly(2024, 4, 20), new DateOnly(2024, 5, 10)), Answer(replied, new DateOnly(2024, 5, 6))]));
        Assert.True(Publication.IsPublic(replied, replied));
        Assert.False(Publication.IsPublic(replied, replied.AddDays(-1)));
        Assert.False(Publication.IsPublic(null, replied));
    }

    private static PublicAnswer Answer(DateOnly repliedOn, DateOnly? publishOn) =>
        new("unit", 1, "a", repliedOn, Domain.Proposals.DisclosureScope.Full, "答复", publishOn);

    private static string[] Sorted(params string[] terms) => terms.Order(StringComparer.Ordinal).ToArray();
}
