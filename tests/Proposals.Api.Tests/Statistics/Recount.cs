using JasperFx.Events;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Statistics;

/// <summary>The statistics recounted the slow, obvious way: replay every stream of events here and count.</summary>
public static class Recount
{
    public sealed record Figures(
        int Items,
        SortedDictionary<string, int> ByStatus,
        SortedDictionary<string, int> ByKind,
        SortedDictionary<string, int> ByReplyCategory,
        Dictionary<string, (int Numerator, int Denominator)> Rates);

    public sealed class Item
    {
        public Guid Id, Session;
        public string Kind = "", Status = "submitted";
        public string? Category;
        public string[] Leads = [], Cos = [];
        public bool Assigned;
        public DateOnly? Due;
        public (DateOnly On, DateOnly Due)? FirstFullReply;
        public readonly HashSet<string> RepliedThisRound = [];
        public readonly Dictionary<string, (DateOnly On, DateOnly Due)> FirstReplyOf = [];
        public readonly Dictionary<string, string> LatestCategoryOf = [];
        public readonly HashSet<string> ContactedBy = [];
        public readonly SortedDictionary<int, (Satisfaction Attitude, Satisfaction Result)> RatingOfRound = [];
    }

    public static List<Item> Items(IEnumerable<IEvent> events)
    {
        var items = new Dictionary<Guid, Item>();
        foreach (var e in events)
        {
            if (e.Data is ProposalSubmitted submitted)
            {
                items[e.StreamId] = new Item
                {
                    Id = e.StreamId, Session = submitted.SessionId, Category = submitted.Category, Kind = submitted.Kind.ToString().ToLowerInvariant(),
                };
                continue;
            }
            if (!items.TryGetValue(e.StreamId, out var item)) continue;

            switch (e.Data)
            {
                case ProposalRegistered: item.Status = "registered"; break;
                case ProposalDeclined: item.Status = "declined"; break;
                case ProposalConverted: item.Status = "converted"; break;
                case ProposalMerged: item.Status = "merged"; break;
                case ProposalWithdrawn: item.Status = "withdrawn"; break;
                case ProposalAssigned a:
                    item.RepliedThisRound.IntersectWith(a.LeadUnits);
                    if (item.Assigned && a.LeadUnits.All(item.RepliedThisRound.Contains))
                    {
                        // a transfer to lead units that have all answered this round
                        item.Status = "replied";
                        item.FirstFullReply ??= (a.AssignedOn, item.Due!.Value);
                    }
                    else if (item.Status != "rehandling") item.Status = "assigned";
                    item.Assigned = true;
                    item.Leads = [.. a.LeadUnits];
                    item.Cos = [.. a.CoUnits];
                    item.Due = a.DueOn;
                    break;
                case AssignmentAcknowledged:
                    if (item.Status == "assigned") item.Status = "in-progress";
                    break;
                case ProposerContacted c: item.ContactedBy.Add(c.Unit); break;
                case DeadlineExtended x: item.Due = x.DueOn; break;
                case ReplyIssued r:
                    item.RepliedThisRound.Add(r.Unit);
                    item.FirstReplyOf.TryAdd(r.Unit, (r.RepliedOn, item.Due!.Value));
                    item.LatestCategoryOf[r.Unit] = r.Category;
                    if (item.Leads.All(item.RepliedThisRound.Contains))
                    {
                        item.Status = "replied";
                        item.FirstFullReply ??= (r.RepliedOn, item.Due!.Value);
                    }
                    break;
                case ReplyRated rated: item.RatingOfRound[rated.Round] = (rated.Attitude, rated.Result); break;
                case RehandlingStarted again:
                    item.Status = "rehandling";
                    item.Due = again.DueOn;
                    item.RepliedThisRound.Clear();
                    break;
                case ProposalClosed: item.Status = "closed"; break;
            }
        }
        return [.. items.Values];
    }

    /// <summary>Each item as a whole: replied once every lead unit has, the categories of the lead units' latest replies.</summary>
    public static Figures Overall(IEnumerable<Item> items) =>
        Count(items.ToList(), item => (
            item.FirstFullReply is not null,
            item.FirstFullReply is { } reply && reply.On <= reply.Due,
            item.ContactedBy.Count > 0,
            item.Leads.Where(item.LatestCategoryOf.ContainsKey).Select(unit => item.LatestCategoryOf[unit]).ToArray()));

    /// <summary>The items the unit leads, with its own reply and contacts.</summary>
    public static Figures ForUnit(IEnumerable<Item> items, string unit) =>
        Count(items.Where(i => i.Leads.Contains(unit)).ToList(), item => (
            item.FirstReplyOf.ContainsKey(unit),
            item.FirstReplyOf.TryGetValue(unit, out var reply) && reply.On <= reply.Due,
            item.ContactedBy.Contains(unit),
            item.LatestCategoryOf.TryGetValue(unit, out var category) ? [category] : []));

    public static int CoOrganized(IEnumerable<Item> items, string unit) => items.Count(i => i.Cos.Contains(unit) && !i.Leads.Contains(unit));

    private static Figures Count(List<Item> items, Func<Item, (bool Replied, bool OnTime, bool Contacted, string[] Categories)> part)
    {
        var assigned = items.Where(i => i.Assigned).ToList();
        var parts = assigned.Select(part).ToList();
        var rated = assigned.Where(i => i.RatingOfRound.Count > 0).Select(i => i.RatingOfRound.Last().Value).ToList();
        var firstRound = assigned.Where(i => i.RatingOfRound.ContainsKey(1)).Select(i => i.RatingOfRound[1]).ToList();
        var categories = parts.SelectMany(p => p.Categories).ToList();
        static bool Satisfied(Satisfaction s) => s != Satisfaction.Unsatisfied;

        return new Figures(
            items.Count,
            Tally(items.Select(i => i.Status)),
            Tally(items.Select(i => i.Kind)),
            Tally(categories),
            new()
            {
                ["reply"] = (parts.Count(p => p.Replied), assigned.Count),
                ["onTimeReply"] = (parts.Count(p => p.OnTime), parts.Count(p => p.Replied)),
                ["completion"] = (assigned.Count(i => i.Status == "closed"), assigned.Count),
                ["resultSatisfaction"] = (rated.Count(r => Satisfied(r.Result)), rated.Count),
                ["attitudeSatisfaction"] = (rated.Count(r => Satisfied(r.Attitude)), rated.Count),
                ["firstRoundSatisfaction"] = (firstRound.Count(r => Satisfied(r.Result)), firstRound.Count),
                ["contact"] = (parts.Count(p => p.Contacted), assigned.Count),
                ["categoryAShare"] = (categories.Count(c => c == "a"), categories.Count),
            });
    }

    private static SortedDictionary<string, int> Tally(IEnumerable<string> values) =>
        new(values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
