namespace Proposals.Domain.Sessions;

/// <summary>
/// The register of one session: it hands out item numbers. Its stream is locked while a number is
/// taken, so numbers are unique and gapless however many registrations run at once.
/// </summary>
public sealed record SessionRegister(Guid Id, Body Body, string Name, int NumberDigits, AllottedNumbers Allotted)
{
    public static SessionRegister StartWith(SessionOpened e) => new(e.SessionId, e.Body, e.Name, e.NumberDigits, AllottedNumbers.None);

    public SessionRegister Evolve(object @event) =>
        @event is NumberAllotted e ? this with { Allotted = Allotted.Add(e.Number) } : this;

    public int NextNumber => Allotted.Max + 1;

    public string Format(int number) => number.ToString().PadLeft(NumberDigits, '0');
}
