using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class OpinionTests(AppFixture fixture) : HandlingTest(fixture)
{
    private static readonly object Opinion = new { content = "建议结合产业园区用工需求设置实训项目" };

    [Fact]
    public async Task a_co_organizer_sends_its_opinion_to_the_lead_unit()
    {
        var id = await AssignedToEdu(EconUnit);

        var result = await Step(id, "opinions", Econ, 200, new { content = "  建议结合产业园区用工需求设置实训项目  " });

        Assert.Equal("assigned", Status(ReadJson(result)));
        var opinion = Assert.Single(Items(await Read(id, Edu), "opinions"));
        Assert.Equal(EconUnit, opinion.GetProperty("unit").GetString());
        Assert.Equal(1, opinion.GetProperty("round").GetInt32());
        Assert.Equal("建议结合产业园区用工需求设置实训项目", opinion.GetProperty("content").GetString());
        Assert.Equal("co-organizer-opinion-given", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task the_lead_unit_and_the_office_read_every_opinion_a_co_organizer_only_its_own_and_the_proposer_no_content()
    {
        var id = await AssignedToEdu(EconUnit, HrssUnit);
        await Step(id, "opinions", Econ, 200, new { content = "经信委意见" });
        await Step(id, "opinions", Hrss, 200, new { content = "人社局意见" });

        string[] Contents(JsonElement item) => Items(item, "opinions").Select(o => o.GetProperty("content").GetString()!).ToArray();
        Assert.Equal(["经信委意见", "人社局意见"], Contents(await Read(id, Edu)));
        Assert.Equal(["经信委意见", "人社局意见"], Contents(await Read(id, Office)));
        Assert.Equal(["经信委意见"], Contents(await Read(id, Econ)));
        Assert.Equal(["人社局意见"], Contents(await Read(id, Hrss)));

        var seenByProposer = Items(await Read(id, Chen), "opinions");
        Assert.Equal([EconUnit, HrssUnit], seenByProposer.Select(o => o.GetProperty("unit").GetString()));
        Assert.All(seenByProposer, o => Assert.Equal(JsonValueKind.Null, o.GetProperty("content").ValueKind));
    }

    [Fact]
    public async Task a_lead_unit_gives_no_opinion()
    {
        var id = await AssignedToEdu(EconUnit);

        await Step(id, "opinions", Edu, 403, Opinion);

        Assert.Empty(Items(await Read(id, Office), "opinions"));
    }

    [Fact]
    public async Task only_a_handler_of_a_co_organizing_unit_gives_an_opinion()
    {
        var id = await AssignedToEdu(EconUnit);

        await Step(id, "opinions", null, 401, Opinion);
        await Step(id, "opinions", Office, 403, Opinion);
        await Step(id, "opinions", Chen, 403, Opinion);
        await Step(id, "opinions", Hrss, 403, Opinion);
        await Step(id, "opinions", TianjinHandler, 403, Opinion);

        Assert.Empty(Items(await Read(id, Office), "opinions"));
    }

    [Theory]
    [InlineData("left out")]
    [InlineData("blank")]
    [InlineData("too long")]
    public async Task a_missing_or_overlong_opinion_is_400(string @case)
    {
        var id = await AssignedToEdu(EconUnit);
        object body = @case switch
        {
            "left out" => new { },
            "blank" => new { content = "\n " },
            "too long" => new { content = Chars(20_001) },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "opinions", Econ, 400, body);

        Assert.Equal(["content"], ErrorFields(result));
        Assert.Empty(Items(await Read(id, Office), "opinions"));
    }

    [Fact]
    public async Task a_co_organizer_gives_one_opinion_per_round()
    {
        var id = await AssignedToEdu(EconUnit);
        await Step(id, "opinions", Econ, 200, Opinion);

        await Step(id, "opinions", Econ, 409, new { content = "补充意见" });

        Assert.Single(Items(await Read(id, Office), "opinions"));
    }

    [Fact]
    public async Task an_opinion_after_the_reply_is_409()
    {
        var id = await Replied(coUnits: [EconUnit]);

        await Step(id, "opinions", Econ, 409, Opinion);
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "opinions", Econ, 404, Opinion);
    }
}
