using System.Text.Json;
using Marten;
using Marten.Events;
using Proposals.Api.Reading;
using Proposals.Api.Statistics;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Statistics;

public sealed class StatisticsFiguresTests(AppFixture fixture) : StatisticsTest(fixture)
{
    [Fact]
    public async Task the_figures_are_those_recounted_from_the_events_overall_and_per_unit()
    {
        await Given();
        var items = Recount.Items(await AllEvents());
        await using (var query = Store.QuerySession("jiangjin"))
        {
            var views = await query.Query<ProposalView>().ToListAsync();
            Assert.Equal(views.ToDictionary(v => v.Id, v => v.Status.Describe()), items.ToDictionary(i => i.Id, i => i.Status));
        }

        var report = await Stats(Office);

        AssertFigures(Recount.Overall(items), report.GetProperty("overall"));
        Assert.Equal([Econ, Edu, Hrss], report.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        foreach (var unit in new[] { Edu, Econ, Hrss })
        {
            var row = UnitRow(report, unit);
            AssertFigures(Recount.ForUnit(items, unit), row.GetProperty("figures"));
            Assert.Equal(Recount.CoOrganized(items, unit), row.GetProperty("coOrganized").GetInt32());
        }
    }

    [Fact]
    public async Task hand_checked_figures()
    {
        await Given();
        var report = await Stats(Office);
        var overall = report.GetProperty("overall");

        Assert.Equal(10, overall.GetProperty("items").GetInt32()); // tianjin's item is not among them
        Assert.Equal((0.7143, 5, 7), Rate(overall, "reply"));
        Assert.Equal((0.8, 4, 5), Rate(overall, "onTimeReply")); // the late one; the extended one was on time
        Assert.Equal((0.5714, 4, 7), Rate(overall, "completion"));
        Assert.Equal((1.0, 3, 3), Rate(overall, "resultSatisfaction")); // the second round's satisfied rating counts, not the first
        Assert.Equal((0.6667, 2, 3), Rate(overall, "attitudeSatisfaction"));
        Assert.Equal((0.6667, 2, 3), Rate(overall, "firstRoundSatisfaction"));
        Assert.Equal((0.4286, 3, 7), Rate(overall, "contact"));
        Assert.Equal((0.5, 3, 6), Rate(overall, "categoryAShare")); // a, c, b, a (round 2), a + d (two lead units)
        Assert.Equal(new Dictionary<string, int> { ["a"] = 3, ["b"] = 1, ["c"] = 1, ["d"] = 1 }, Counts(overall, "byReplyCategory"));
        Assert.Equal(new Dictionary<string, int> { ["suggestion"] = 8, ["proposal"] = 2 }, Counts(overall, "byKind"));
        Assert.Equal(
            new Dictionary<string, int> { ["submitted"] = 1, ["registered"] = 1, ["declined"] = 1, ["assigned"] = 1, ["in-progress"] = 1, ["replied"] = 1, ["closed"] = 4 },
            Counts(overall, "byStatus"));

        var edu = UnitRow(report, Edu);
        Assert.Equal("区教委", edu.GetProperty("name").GetString());
        Assert.Equal((0.8, 4, 5), Rate(edu.GetProperty("figures"), "reply"));
        Assert.Equal((0.4, 2, 5), Rate(edu.GetProperty("figures"), "contact"));
        Assert.Equal((0.75, 3, 4), Rate(edu.GetProperty("figures"), "categoryAShare"));

        var hrss = UnitRow(report, Hrss).GetProperty("figures"); // late, two lead units, transferred to it
        Assert.Equal((0.6667, 2, 3), Rate(hrss, "reply"));
        Assert.Equal((0.5, 1, 2), Rate(hrss, "onTimeReply"));
        Assert.Equal((0.3333, 1, 3), Rate(hrss, "completion"));
        Assert.Equal((null, 0, 0), Rate(hrss, "resultSatisfaction"));
        Assert.Equal((0.0, 0, 2), Rate(hrss, "categoryAShare"));

        var econ = UnitRow(report, Econ);
        Assert.Equal(2, econ.GetProperty("coOrganized").GetInt32());
        Assert.Equal((null, 0, 0), Rate(econ.GetProperty("figures"), "reply")); // the item it led went to hrss
    }

    [Fact]
    public async Task a_transfer_that_leaves_only_units_which_answered_makes_the_item_replied()
    {
        await CreateUnits();
        var id = await Assigned([Edu, Hrss]);
        await Step(id, "contacts", EduHandler, 200, ContactBody(Today));
        await Step(id, "replies", EduHandler, 200, ReplyBody("a"));
        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { Edu }, coUnits = Array.Empty<string>(), reason = "区人力社保局职能调整" });
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(15));

        var report = await Stats(Office);
        var items = Recount.Items(await AllEvents());
        AssertFigures(Recount.Overall(items), report.GetProperty("overall"));
        foreach (var unit in new[] { Edu, Hrss }) AssertFigures(Recount.ForUnit(items, unit), UnitRow(report, unit).GetProperty("figures"));
        Assert.Equal((1.0, 1, 1), Rate(report.GetProperty("overall"), "reply"));
        Assert.Equal((1.0, 1, 1), Rate(report.GetProperty("overall"), "onTimeReply"));
        Assert.Equal(1, report.GetProperty("overall").GetProperty("byStatus").GetProperty("replied").GetInt32());
        Assert.Equal(0, UnitRow(report, Hrss).GetProperty("figures").GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task an_empty_jurisdiction_has_no_rates_but_lists_its_units()
    {
        await CreateUnits();
        var report = await Stats(Office);

        Assert.Equal(0, report.GetProperty("overall").GetProperty("items").GetInt32());
        Assert.All(report.GetProperty("overall").GetProperty("rates").EnumerateObject(),
            rate => Assert.Equal(JsonValueKind.Null, rate.Value.GetProperty("rate").ValueKind));
        Assert.Equal(3, report.GetProperty("units").GetArrayLength());
        Assert.Equal(["a", "b", "c", "d"], report.GetProperty("overall").GetProperty("byReplyCategory").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task the_facts_rebuilt_from_the_events_give_the_same_report()
    {
        await Given();
        var before = (await Stats(Office)).GetRawText();

        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<ItemFactsProjection>(TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(before, (await Stats(Office)).GetRawText());
    }

    private static Dictionary<string, int> Counts(JsonElement figures, string property) =>
        figures.GetProperty(property).EnumerateObject().Where(p => p.Value.GetInt32() != 0).ToDictionary(p => p.Name, p => p.Value.GetInt32());
}
