namespace Proposals.Api.Disclosure;

/// <summary>
/// When a reply becomes public. <see cref="Domain.Policy.HandlingPolicy.PublicationWorkingDays"/> is the
/// deadline: a jurisdiction publishes its replies within that many working days of the reply. We publish
/// at once, on the day the item is replied (every lead unit answered the round), which always meets it.
/// </summary>
public static class Publication
{
    public static DateOnly PublishedOn(DateOnly repliedOn) => repliedOn;

    /// <summary>Public from its publication day on, China time.</summary>
    public static bool IsPublic(DateOnly? publishedOn, DateOnly today) => publishedOn is { } on && on <= today;
}
