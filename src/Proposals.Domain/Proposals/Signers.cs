namespace Proposals.Domain.Proposals;

/// <summary>The lead proposer (领衔): a deputy, a member, or a party group such as 民进天津市委会.</summary>
public sealed record Proposer(string Id, string Name);

/// <summary>A co-signer (联名/附议). <paramref name="Id"/> is their user id where they have an account.</summary>
public sealed record CoSigner(string? Id, string Name);

/// <summary>The proposer's consent to publishing the item and its reply.</summary>
public enum DisclosureConsent { Full, TitleOnly, None }
