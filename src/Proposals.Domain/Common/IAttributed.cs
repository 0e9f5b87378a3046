namespace Proposals.Domain.Common;

/// <summary>Every event says who made the change and when.</summary>
public interface IAttributed
{
    Actor By { get; }
    DateTimeOffset At { get; }
}
