namespace Proposals.Api.Disclosure;

/// <summary>
/// When a replied item becomes public: on the day the last of its round's answers may be (each answer carries
/// its day, <see cref="Domain.Proposals.ReplyIssued.PublishOn"/>, set by the jurisdiction's publication delay when it
/// was given), and never before the item was replied. Answers given before there was a delay are public from
/// their reply date. The delay is at most <see cref="Domain.Policy.HandlingPolicy.PublicationWorkingDays"/>, the
/// deadline for publishing.
/// </summary>
public static class Publication
{
    public static DateOnly PublishedOn(DateOnly repliedOn, IEnumerable<PublicAnswer> answers) =>
        answers.Select(a => a.PublishOn ?? a.RepliedOn).Append(repliedOn).Max();

    /// <summary>Public from its publication day on, China time.</summary>
    public static bool IsPublic(DateOnly? publishedOn, DateOnly today) => publishedOn is { } on && on <= today;
}
