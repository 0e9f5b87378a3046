using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Review;
using Proposals.Domain.Sessions;

namespace Proposals.Api.Tests.Review;

public sealed class RegistrationTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Chen = User.Proposer();
    private static readonly User Office = User.Coordinator();

    [Fact]
    public async Task registration_numbers_items_from_one_in_their_session()
    {
        var session = await OpenSession();
        var other = await OpenSession(body: "cppcc", name: "区政协十五届三次会议");
        var first = await Submit(Chen, session);
        var second = await Submit(Chen, session);
        var elsewhere = await Submit(Chen, other);

        var result = await Step(first, "registration", Office, 200);
        await Step(second, "registration", Office, 200);
        await Step(elsewhere, "registration", Office, 200);

        var body = ReadJson(result);
        Assert.Equal(("registered", 1, 2), (body.GetProperty("status").GetString(), body.GetProperty("number").GetInt32(), body.GetProperty("version").GetInt32()));
        Assert.Equal("\"2\"", result.Context.Response.Headers.ETag.ToString());
        Assert.Equal(2, ReadJson(await Get($"/api/jiangjin/proposals/{second}", Chen)).GetProperty("number").GetInt32());
        Assert.Equal(1, ReadJson(await Get($"/api/jiangjin/proposals/{elsewhere}", Chen)).GetProperty("number").GetInt32());

        var registered = Assert.IsType<ProposalRegistered>((await EventsOf(first))[1]);
        Assert.Equal((Office.Id, Role.Coordinator), (registered.By.Id, registered.By.Role));
    }

    [Fact]
    public async Task fifty_registrations_at_once_get_numbers_one_to_fifty()
    {
        var session = await OpenSession();
        var ids = new List<Guid>();
        for (var i = 0; i < 50; i++) ids.Add(await Submit(Chen, session, $"建议{i}"));

        var numbers = new ConcurrentBag<int>();
        await Task.WhenAll(ids.Select(async id =>
            numbers.Add(ReadJson(await Step(id, "registration", Office, 200)).GetProperty("number").GetInt32())));

        Assert.Equal(Enumerable.Range(1, 50), numbers.Order());
        await using var query = Store.QuerySession("jiangjin");
        var stored = await query.Query<global::Proposals.Api.Reading.ProposalView>().ToListAsync();
        Assert.Equal(Enumerable.Range(1, 50), stored.Select(p => p.Number!.Value).Order());
        Assert.Equal(50, ReadJson(await Get($"/api/jiangjin/sessions/{session}", Office)).GetProperty("registered").GetInt32());
    }

    [Fact]
    public async Task numbers_are_padded_as_the_session_prints_them()
    {
        var party = User.Proposer("minjin-tianjin", "民进天津市委会", "tianjin");
        var session = await OpenSession("tianjin", "cppcc", "市政协十五届二次会议", numberDigits: 4);
        var id = await Submit(party, session);

        await Step(id, "registration", User.Coordinator("tianjin"), 200, tenant: "tianjin");

        var read = ReadJson(await Get($"/api/tianjin/proposals/{id}", party));
        Assert.Equal((1, "0001"), (read.GetProperty("number").GetInt32(), read.GetProperty("displayNumber").GetString()));
    }

    [Fact]
    public async Task after_an_imported_number_registration_continues_after_the_highest()
    {
        var session = await OpenSession();
        await ImportRegistered(session, 92);

        var id = await Submit(Chen, session);
        var result = await Step(id, "registration", Office, 200);

        Assert.Equal(93, ReadJson(result).GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await Submit(Chen, await OpenSession());

        await Step(id, "registration", Office, 412, ifMatch: "\"7\"");
        Assert.Single(await EventsOf(id));

        await Step(id, "registration", Office, 200, ifMatch: "\"1\"");
    }

    [Fact]
    public async Task registering_twice_is_409()
    {
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "registration", Office, 200);

        await Step(id, "registration", Office, 409);
        Assert.Equal(2, (await EventsOf(id)).Count);
    }

    [Fact]
    public async Task only_coordinators_register()
    {
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "registration", null, 401);
        await Step(id, "registration", Chen, 403);
        await Step(id, "registration", User.Handler(), 403);
        await Step(id, "registration", User.Coordinator("tianjin"), 403);
    }

    [Fact]
    public async Task an_unknown_item_is_404_even_with_if_match()
    {
        await OpenSession();
        await Step(Guid.NewGuid(), "registration", Office, 404);
        await Step(Guid.NewGuid(), "registration", Office, 404, ifMatch: "\"1\"");
    }

    [Fact]
    public async Task an_item_of_another_jurisdiction_is_404()
    {
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "registration", User.Coordinator("tianjin"), 404, tenant: "tianjin");
    }

    [Fact]
    public async Task a_register_stored_as_a_list_of_numbers_is_read_and_then_stored_as_runs()
    {
        var session = await OpenSession();
        var id = await Submit(Chen, session);
        // How registers were stored before they kept runs: every number handed out.
        Assert.Equal(1, await Sql("update proposals.mt_doc_sessionregister set data = jsonb_set(data, '{allotted}', '[1, 2, 3, 7]') where id = @id", ("id", session)));

        Assert.Equal(8, ReadJson(await Step(id, "registration", Office, 200)).GetProperty("number").GetInt32());
        Assert.Equal("[[1, 3], [7, 8]]", await SqlScalar("select data ->> 'allotted' from proposals.mt_doc_sessionregister where id = @id", ("id", session)));
    }

    private async Task ImportRegistered(Guid sessionId, int number)
    {
        var importer = new Actor("import", "导入", Role.Coordinator);
        var at = DateTimeOffset.UtcNow;
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession("jiangjin");
        var register = await session.Events.FetchForWriting<SessionRegister>(sessionId);
        var submitted = new ProposalSubmitted(Guid.CreateVersion7(), sessionId, ProposalKind.Suggestion, "历史建议", "内容", null, null,
            new Proposer("chen-meizhi", "陈美志"), [], DisclosureConsent.Full, false, new Actor("chen-meizhi", "陈美志", Role.Proposer), at);
        var decision = Registration.Decide(Proposal.StartWith(submitted), register.Aggregate!, importer, at, number);

        session.Events.StartStream<Proposal>(submitted.ProposalId, [submitted, .. decision.Events.OfType<ProposalRegistered>()]);
        register.AppendMany(decision.Events.OfType<NumberAllotted>());
        await session.SaveChangesAsync();
    }
}
