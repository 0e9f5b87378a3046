using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace Proposals.Bench;

/// <summary>CPU time taken by each side over one measured window, in seconds (Linux only).</summary>
public sealed record CpuUse(double? Api, double? Database, double Load, TimeSpan Elapsed)
{
    public double Total => (Api ?? 0) + (Database ?? 0) + Load;

    /// <summary>How busy the machine's cores were with the three sides together.</summary>
    public double Busy => Elapsed.TotalSeconds > 0 ? Total / (Elapsed.TotalSeconds * Environment.ProcessorCount) : 0;
}

/// <summary>
/// Reads from <c>/proc</c> what the API, PostgreSQL and this load generator spent of the CPU, so that a run shows
/// which side each operation costs most and what a target leaves of the cores (docs/performance.md).
/// </summary>
public static class CpuMeter
{
    private static int? s_apiPid;
    private static int? s_postmasterPid;
    private static readonly double s_ticksPerSecond = OperatingSystem.IsLinux() ? sysconf(ScClkTck) : 0;

    public static bool Enabled => OperatingSystem.IsLinux() && s_ticksPerSecond > 0;

    /// <summary>The API's process, when this run started it or was given it (--api-pid).</summary>
    public static void MeterApi(int? pid) => s_apiPid = pid;

    /// <summary>PostgreSQL's postmaster, found as the parent of a backend, when the server runs on this machine.</summary>
    public static async Task MeterDatabaseAsync(string? connectionString)
    {
        if (!Enabled || connectionString is null) return;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        // A server elsewhere has its own process ids: meter only a backend that is a local PostgreSQL process.
        if (IsPostgres(backend) && Stat(backend) is { } stat && IsPostgres(stat.ParentPid)) s_postmasterPid = stat.ParentPid;
    }

    public readonly record struct Reading(double? Api, double? Database, double Load, long Timestamp);

    public static Reading Read() => new(
        s_apiPid is { } api ? Seconds(Stat(api)?.WithChildren) : null,
        s_postmasterPid is { } postmaster ? DatabaseSeconds(postmaster) : null,
        Seconds(Stat(Environment.ProcessId)?.WithChildren) ?? 0,
        Stopwatch.GetTimestamp());

    public static CpuUse? Between(Reading before, Reading after) => !Enabled ? null : new CpuUse(
        after.Api - before.Api,
        after.Database - before.Database,
        after.Load - before.Load,
        Stopwatch.GetElapsedTime(before.Timestamp, after.Timestamp));

    // The postmaster with the children it has reaped (backends that ended), and every live child: each backend, the
    // background writer, the WAL writer, autovacuum, parallel workers.
    private static double? DatabaseSeconds(int postmaster)
    {
        if (Stat(postmaster) is not { } own) return null;
        long ticks = own.WithChildren;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } child && child.ParentPid == postmaster)
                ticks += child.Own;
        return ticks / s_ticksPerSecond;
    }

    private static bool IsPostgres(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim() is "postgres" or "postmaster";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double? Seconds(long? ticks) => ticks / s_ticksPerSecond;

    private readonly record struct ProcStat(int ParentPid, long Own, long WithChildren);

    // /proc/<pid>/stat: the fields after the command's closing parenthesis start at field 3 (state); ppid is field 4,
    // utime 14, stime 15, cutime 16 and cstime 17, in clock ticks.
    private static ProcStat? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            var own = Field(14) + Field(15);
            return new ProcStat((int)Field(4), own, own + Field(16) + Field(17));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private const int ScClkTck = 2;

    [DllImport("libc", SetLastError = true)]
    private static extern long sysconf(int name);
}
