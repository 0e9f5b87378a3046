using Proposals.Domain.Common;

namespace Proposals.Domain.Sessions;

/// <summary>A session (届次会议) starts taking items. <paramref name="NumberDigits"/> pads printed numbers (0447).</summary>
public sealed record SessionOpened(Guid SessionId, Body Body, string Name, int NumberDigits, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>The session's register gave a number to a registered item.</summary>
public sealed record NumberAllotted(Guid SessionId, Guid ProposalId, int Number, Actor By, DateTimeOffset At) : IAttributed;
