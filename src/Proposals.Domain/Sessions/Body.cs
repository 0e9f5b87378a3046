namespace Proposals.Domain.Sessions;

/// <summary>The people's congress (人大) or the political consultative conference (政协).</summary>
public enum Body { Npc, Cppcc }
