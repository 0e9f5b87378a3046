using Proposals.Domain.Common;
using Proposals.Domain.Policy;

namespace Proposals.Domain.Tests.Policy;

public class HandlingPolicyTests
{
    private static string[] Fields(HandlingPolicy policy) => [.. policy.Validate().Select(f => f.Field)];

    [Fact]
    public void the_default_policy_has_the_usual_deadlines()
    {
        var policy = HandlingPolicy.Default;

        Assert.Equal(3, policy.ReplyMonths);
        Assert.Equal(3, policy.ExtensionCapMonths);
        Assert.Equal(6, policy.TotalCapMonths);
        Assert.Equal(7, policy.ReassignmentWindowWorkingDays);
        Assert.Equal(1, policy.OpinionDueMonths);
        Assert.Equal(20, policy.RatingWindowWorkingDays);
        Assert.Equal(1, policy.RehandlingMonths);
        Assert.True(policy.ContactRequiredBeforeReply);
        Assert.Equal(7, policy.ReminderDaysBefore);
        Assert.Equal(20, policy.PublicationWorkingDays);
        Assert.Equal(0, policy.PublicationDelayWorkingDays);
        Assert.Empty(policy.Validate());
    }

    [Fact]
    public void the_default_categories_are_a_to_d_and_only_b_needs_a_commitment()
    {
        var categories = HandlingPolicy.Default.Categories;

        Assert.Same(HandlingPolicy.DefaultCategories, categories);
        Assert.Equal(["a", "b", "c", "d"], categories.Select(c => c.Code));
        Assert.Equal(["b"], categories.Where(c => c.NeedsCommitment).Select(c => c.Code));
        Assert.Equal("A类：所提问题已经解决或采纳", categories[0].Label);
        Assert.Equal("B类：正在解决或已列入计划解决", categories[1].Label);
        Assert.Equal("C类：因条件限制暂时不能解决，已作解释说明", categories[2].Label);
        Assert.Equal("D类：留作参考", categories[3].Label);
        Assert.Same(HandlingPolicy.DefaultCategories, new HandlingPolicy().Categories);
    }

    [Theory]
    [InlineData("b", "b")]
    [InlineData("B", "b")]
    [InlineData(" c ", "c")]
    [InlineData("e", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void a_category_is_found_by_its_code_in_any_case(string? code, string? expected)
    {
        Assert.Equal(expected, HandlingPolicy.Default.Category(code)?.Code);
    }

    [Fact]
    public void a_jurisdiction_may_use_its_own_categories()
    {
        var policy = HandlingPolicy.Default with { Categories = [new("solved", "已解决", false), new("plan-2", "列入计划", true)] };

        Assert.True(policy.Category("PLAN-2")!.NeedsCommitment);
        Assert.Null(policy.Category("a"));
        Assert.Empty(policy.Validate());
    }

    [Theory]
    [InlineData("replyMonths", 0)]
    [InlineData("replyMonths", 25)]
    [InlineData("extensionCapMonths", -1)]
    [InlineData("extensionCapMonths", 25)]
    [InlineData("totalCapMonths", 0)]
    [InlineData("totalCapMonths", 25)]
    [InlineData("reassignmentWindowWorkingDays", 0)]
    [InlineData("reassignmentWindowWorkingDays", 121)]
    [InlineData("opinionDueMonths", 0)]
    [InlineData("opinionDueMonths", 25)]
    [InlineData("ratingWindowWorkingDays", 0)]
    [InlineData("ratingWindowWorkingDays", 121)]
    [InlineData("rehandlingMonths", 0)]
    [InlineData("rehandlingMonths", 25)]
    [InlineData("reminderDaysBefore", -1)]
    [InlineData("reminderDaysBefore", 61)]
    [InlineData("publicationWorkingDays", 0)]
    [InlineData("publicationWorkingDays", 121)]
    [InlineData("publicationDelayWorkingDays", -1)]
    [InlineData("publicationDelayWorkingDays", 21)]
    public void a_number_out_of_its_range_is_named(string field, int value)
    {
        Assert.Equal([field], Fields(With(field, value)));
    }

    [Theory]
    [InlineData("replyMonths", 1)]
    [InlineData("replyMonths", 6)]
    [InlineData("extensionCapMonths", 0)]
    [InlineData("extensionCapMonths", 24)]
    [InlineData("totalCapMonths", 24)]
    [InlineData("reassignmentWindowWorkingDays", 1)]
    [InlineData("reassignmentWindowWorkingDays", 120)]
    [InlineData("opinionDueMonths", 24)]
    [InlineData("ratingWindowWorkingDays", 120)]
    [InlineData("rehandlingMonths", 24)]
    [InlineData("reminderDaysBefore", 0)]
    [InlineData("reminderDaysBefore", 60)]
    [InlineData("publicationWorkingDays", 120)]
    [InlineData("publicationDelayWorkingDays", 0)]
    [InlineData("publicationDelayWorkingDays", 20)]
    public void a_number_at_the_edge_of_its_range_is_accepted(string field, int value)
    {
        Assert.Empty(With(field, value).Validate());
    }

    [Fact]
    public void the_total_cap_may_not_be_shorter_than_the_reply_deadline()
    {
        Assert.Equal(["totalCapMonths"], Fields(HandlingPolicy.Default with { ReplyMonths = 4, TotalCapMonths = 3 }));
        Assert.Empty((HandlingPolicy.Default with { ReplyMonths = 4, TotalCapMonths = 4 }).Validate());
    }

    [Fact]
    public void every_bad_field_is_named_at_once()
    {
        var policy = HandlingPolicy.Default with { ReplyMonths = 0, ReminderDaysBefore = 90, Categories = [] };

        Assert.Equal(["replyMonths", "reminderDaysBefore", "categories"], Fields(policy));
    }

    [Fact]
    public void there_must_be_a_category()
    {
        Assert.Equal(["categories"], Fields(HandlingPolicy.Default with { Categories = [] }));
        Assert.Equal(["categories"], Fields(HandlingPolicy.Default with { Categories = null! }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("b类")]
    [InlineData("a b")]
    [InlineData("a_b")]
    [InlineData("abcdefghi")]
    [InlineData(null)]
    public void a_code_is_one_to_eight_lowercase_letters_digits_or_dashes(string? code)
    {
        var policy = HandlingPolicy.Default with { Categories = [new("a", "A类", false), new(code!, "其他", false)] };

        var error = Assert.Single(policy.Validate());
        Assert.Equal("categories[1].code", error.Field);
    }

    [Theory]
    [InlineData("z")]
    [InlineData("abcdefgh")]
    [InlineData("b-2")]
    [InlineData("9")]
    public void a_well_formed_code_is_accepted(string code)
    {
        Assert.Empty((HandlingPolicy.Default with { Categories = [new(code, "其他", false)] }).Validate());
    }

    [Fact]
    public void codes_are_unique()
    {
        var policy = HandlingPolicy.Default with { Categories = [new("a", "A类", false), new("b", "B类", true), new("a", "又一个A类", false)] };

        Assert.Equal(["categories[2].code"], Fields(policy));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void a_label_is_required(string? label)
    {
        var policy = HandlingPolicy.Default with { Categories = [new("a", label!, false)] };

        Assert.Equal(["categories[0].label"], Fields(policy));
    }

    [Fact]
    public void a_label_has_at_most_100_characters()
    {
        Assert.Empty((HandlingPolicy.Default with { Categories = [new("a", new string('解', 100), false)] }).Validate());
        Assert.Equal(["categories[0].label"], Fields(HandlingPolicy.Default with { Categories = [new("a", new string('解', 101), false)] }));
    }

    [Fact]
    public void a_missing_category_is_named_by_its_index()
    {
        var policy = HandlingPolicy.Default with { Categories = [new("a", "A类", false), null!] };

        Assert.Equal(["categories[1]"], Fields(policy));
    }

    [Fact]
    public void the_errors_are_invalid_fields_with_a_message()
    {
        var error = Assert.Single((HandlingPolicy.Default with { ReplyMonths = 30, TotalCapMonths = 30 }).Validate(), e => e.Field == "replyMonths");

        Assert.IsType<InvalidField>(error);
        Assert.Contains("1-24", error.Message);
    }

    private static HandlingPolicy With(string field, int value) => field switch
    {
        "replyMonths" => HandlingPolicy.Default with { ReplyMonths = value },
        "extensionCapMonths" => HandlingPolicy.Default with { ExtensionCapMonths = value },
        "totalCapMonths" => HandlingPolicy.Default with { TotalCapMonths = value, ReplyMonths = Math.Clamp(value, 1, 3) },
        "reassignmentWindowWorkingDays" => HandlingPolicy.Default with { ReassignmentWindowWorkingDays = value },
        "opinionDueMonths" => HandlingPolicy.Default with { OpinionDueMonths = value },
        "ratingWindowWorkingDays" => HandlingPolicy.Default with { RatingWindowWorkingDays = value },
        "rehandlingMonths" => HandlingPolicy.Default with { RehandlingMonths = value },
        "reminderDaysBefore" => HandlingPolicy.Default with { ReminderDaysBefore = value },
        "publicationWorkingDays" => HandlingPolicy.Default with { PublicationWorkingDays = value },
        "publicationDelayWorkingDays" => HandlingPolicy.Default with { PublicationDelayWorkingDays = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
