namespace Proposals.Domain.Policy;

/// <summary>
/// A category a reply is filed under (答复类别), e.g. "a" for 所提问题已经解决或采纳. A reply in a category
/// that <paramref name="NeedsCommitment"/> must say what the unit commits to and by when.
/// </summary>
public sealed record ReplyCategory(string Code, string Label, bool NeedsCommitment);
