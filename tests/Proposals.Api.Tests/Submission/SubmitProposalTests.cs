using Proposals.Api.Tests.Support;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Submission;

public sealed class SubmitProposalTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Chen = User.Proposer();

    [Fact]
    public async Task a_deputy_submits_a_suggestion_and_gets_201_with_location_status_and_version()
    {
        var session = await OpenSession();

        var result = await Post("/api/jiangjin/proposals", new
        {
            sessionId = session,
            title = "关于加强江津区职业院校产教融合的建议",
            content = "建议内容",
            category = "教育",
            delegation = "第一代表团",
            coSigners = new object[] { new { id = "li-ming", name = "李明" }, new { name = "王芳" } },
            disclosureConsent = "title-only",
        }, Chen, 201);

        var body = ReadJson(result);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/jiangjin/proposals/{id}", result.Context.Response.Headers.Location.ToString());
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("\"1\"", result.Context.Response.Headers.ETag.ToString());

        var submitted = Assert.IsType<ProposalSubmitted>(Assert.Single(await EventsOf(id)));
        Assert.Equal(ProposalKind.Suggestion, submitted.Kind);
        Assert.Equal(DisclosureConsent.TitleOnly, submitted.DisclosureConsent);
        Assert.Equal([new CoSigner("li-ming", "李明"), new CoSigner(null, "王芳")], submitted.CoSigners);
        Assert.Equal(("chen-meizhi", "陈美志"), (submitted.By.Id, submitted.By.Name));

        var read = ReadJson(await Get($"/api/jiangjin/proposals/{id}", Chen));
        Assert.Equal("suggestion", read.GetProperty("kind").GetString());
        Assert.Equal("title-only", read.GetProperty("disclosureConsent").GetString());
        Assert.Equal("陈美志", read.GetProperty("proposer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task an_item_in_a_cppcc_session_is_a_proposal_and_consent_defaults_to_full()
    {
        var party = User.Proposer("minjin-tianjin", "民进天津市委会", "tianjin");
        var session = await OpenSession("tianjin", "cppcc", "市政协十五届二次会议", 4);

        var id = await Submit(party, session, "关于创新机制促进职业教育高质量发展的提案");

        var read = ReadJson(await Get($"/api/tianjin/proposals/{id}", party));
        Assert.Equal("proposal", read.GetProperty("kind").GetString());
        Assert.Equal("full", read.GetProperty("disclosureConsent").GetString());
    }

    private static (object Body, string Field)[] InvalidBodies(Guid session) =>
    [
        (new { sessionId = session, title = "", content = "x" }, "title"),
        (new { sessionId = session, title = "   ", content = "x" }, "title"),
        (new { sessionId = session, title = new string('题', 201), content = "x" }, "title"),
        (new { sessionId = session, title = "t" }, "content"),
        (new { sessionId = session, title = "t", content = new string('文', 50_001) }, "content"),
        (new { sessionId = session, title = "t", content = "x", category = new string('c', 101) }, "category"),
        (new { sessionId = session, title = "t", content = "x", delegation = new string('d', 101) }, "delegation"),
        (new { sessionId = session, title = "t", content = "x", coSigners = new[] { new { name = "" } } }, "coSigners[0].name"),
        (new { sessionId = session, title = "t", content = "x", coSigners = new object?[] { new { name = "李明" }, null } }, "coSigners[1].name"),
        (new { sessionId = session, title = "t", content = "x", coSigners = new[] { new { id = "chen-meizhi", name = "陈美志" } } }, "coSigners[0].id"),
        (new { sessionId = session, title = "t", content = "x", coSigners = new[] { new { id = "li", name = "李" }, new { id = "li", name = "李" } } }, "coSigners"),
        (new { sessionId = Guid.NewGuid(), title = "t", content = "x" }, "sessionId"),
        (new { title = "t", content = "x" }, "sessionId"),
    ];

    [Fact]
    public async Task each_invalid_field_is_a_400_naming_it_and_stores_nothing()
    {
        var session = await OpenSession();
        var before = await StreamCount();

        foreach (var (body, field) in InvalidBodies(session))
        {
            var result = await Post("/api/jiangjin/proposals", body, Chen, 400);
            Assert.Contains(field, ErrorFields(result));
        }

        Assert.Equal(before, await StreamCount());
    }

    [Fact]
    public async Task the_longest_title_and_content_are_accepted()
    {
        var session = await OpenSession();
        await Post("/api/jiangjin/proposals", new { sessionId = session, title = new string('题', 200), content = new string('文', 50_000) }, Chen, 201);
    }

    [Fact]
    public async Task several_errors_are_reported_together()
    {
        var result = await Post("/api/jiangjin/proposals", new { }, Chen, 400);
        Assert.Equal(["content", "sessionId", "title"], ErrorFields(result).Order());
    }

    [Theory]
    [InlineData("{\"title\":")]
    [InlineData("not json")]
    [InlineData("{\"disclosureConsent\":\"perhaps\"}")]
    [InlineData("{\"coSigners\":\"nobody\"}")]
    [InlineData("")]
    [InlineData("null")]
    public async Task unreadable_bodies_are_400_problems(string body)
    {
        await PostRaw("/api/jiangjin/proposals", body, Chen, 400);
        Assert.Equal(0, await StreamCount());
    }

    [Fact]
    public async Task a_body_naming_a_field_twice_is_a_400_and_stores_nothing()
    {
        var session = await OpenSession();
        var body = $$"""{"sessionId":"{{session}}","title":"甲","title":"乙","content":"内容"}""";

        await PostRaw("/api/jiangjin/proposals", body, Chen, 400);

        Assert.Equal(1, await StreamCount()); // only the session's register
    }

    [Fact]
    public async Task a_body_over_one_megabyte_is_413()
    {
        var session = await OpenSession();
        await Post("/api/jiangjin/proposals", new { sessionId = session, title = "t", content = new string('a', 1_100_000) }, Chen, 413);
        Assert.Equal(1, await StreamCount()); // only the session's register
    }

    [Fact]
    public async Task only_proposers_submit()
    {
        var session = await OpenSession();
        var body = new { sessionId = session, title = "t", content = "x" };
        await Post("/api/jiangjin/proposals", body, null, 401);
        await Post("/api/jiangjin/proposals", body, User.Coordinator(), 403);
        await Post("/api/jiangjin/proposals", body, User.Handler(), 403);
    }

    [Fact]
    public async Task a_session_of_another_jurisdiction_is_unknown_here()
    {
        var tianjinSession = await OpenSession("tianjin", "cppcc");
        var result = await Post("/api/jiangjin/proposals", new { sessionId = tianjinSession, title = "t", content = "x" }, Chen, 400);
        Assert.Equal(["sessionId"], ErrorFields(result));
    }

    [Fact]
    public async Task a_token_for_another_jurisdiction_is_403()
    {
        var session = await OpenSession("tianjin", "cppcc");
        await Post("/api/tianjin/proposals", new { sessionId = session, title = "t", content = "x" }, Chen, 403);
    }
}
