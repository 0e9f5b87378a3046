using System.Diagnostics;
using System.Globalization;

namespace Proposals.Api.Infrastructure.LocalPostgres;

/// <summary>
/// Locates the PostgreSQL server binaries and runs them. initdb, pg_ctl and postgres refuse to run as root,
/// so when this process is root every tool runs as the <c>postgres</c> OS user through <c>runuser</c>.
/// </summary>
internal sealed class PostgresBinaries
{
    private const string ServiceUser = "postgres";
    private const string NotFoundMessage =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin: " +
        "install PostgreSQL 15+ (Debian: apt-get install postgresql) or set ConnectionStrings:Proposals.";

    private readonly string _binDirectory;
    private readonly string? _runuser;

    private PostgresBinaries(string binDirectory, string? runuser)
    {
        _binDirectory = binDirectory;
        _runuser = runuser;
    }

    public static bool Available() => FindBinDirectory() is not null;

    public static PostgresBinaries Locate()
    {
        var binDirectory = FindBinDirectory() ?? throw new InvalidOperationException(NotFoundMessage);
        if (Environment.UserName != "root")
            return new PostgresBinaries(binDirectory, runuser: null);

        // runuser (util-linux) is su for root: no PAM password prompt and it takes an argv, so nothing needs shell quoting.
        var runuser = FindExecutable("runuser", ["/usr/sbin", "/sbin"]) ?? throw new InvalidOperationException(
            "This process runs as root, so PostgreSQL must run as the postgres OS user, but runuser was not found: install util-linux.");
        return new PostgresBinaries(binDirectory, runuser);
    }

    /// <summary>Gives the directory to the postgres OS user (when running as root) and checks that user can write to it.</summary>
    public async Task PrepareDirectoryAsync(string directory, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        if (_runuser is null)
            return;

        (await RunProcessAsync("chown", ["-R", $"{ServiceUser}:", directory], directory, ct)).EnsureSuccess("chown");
        var access = await RunProcessAsync(_runuser, ["-u", ServiceUser, "--", "test", "-w", directory], directory, ct);
        if (access.ExitCode != 0)
            throw new InvalidOperationException(
                $"The postgres OS user cannot reach '{directory}': make every parent directory traversable (chmod o+x) or choose another location.");
    }

    /// <summary>Runs initdb or pg_ctl (as the postgres OS user when this process is root).</summary>
    public Task<ProcessResult> RunAsync(string tool, IEnumerable<string> arguments, string workingDirectory, CancellationToken ct)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return _runuser is null
            ? RunProcessAsync(executable, arguments, workingDirectory, ct)
            : RunProcessAsync(_runuser, ["-u", ServiceUser, "--", executable, .. arguments], workingDirectory, ct);
    }

    private static string? FindBinDirectory()
    {
        const string debianRoot = "/usr/lib/postgresql";
        var versioned = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot).OrderByDescending(MajorVersion).Select(d => Path.Combine(d, "bin"))
            : [];
        return PathDirectories().Concat(versioned)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static double MajorVersion(string directory) =>
        double.TryParse(Path.GetFileName(directory), NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : -1;

    private static string? FindExecutable(string name, IEnumerable<string> extraDirectories) =>
        PathDirectories().Concat(extraDirectories).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static IEnumerable<string> PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    private static async Task<ProcessResult> RunProcessAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{fileName}'.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = string.Join(Environment.NewLine, new[] { await stdout, await stderr }.Where(s => s.Length > 0));
        return new ProcessResult(process.ExitCode, output.Trim());
    }
}

internal readonly record struct ProcessResult(int ExitCode, string Output)
{
    public void EnsureSuccess(string step, string? details = null)
    {
        if (ExitCode == 0)
            return;
        var message = $"{step} failed with exit code {ExitCode}.{Environment.NewLine}{Output}";
        throw new InvalidOperationException(details is null ? message : message + Environment.NewLine + details);
    }
}
