using System.Diagnostics;

namespace Proposals.Bench;

/// <summary>The API under test as a child process, started from its Release build.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, string url, TimeSpan coldStart) => (_process, Url, ColdStart) = (process, url, coldStart);

    public string Url { get; }
    public TimeSpan ColdStart { get; }
    public int Pid => _process.Id;

    /// <summary>
    /// The API as it is deployed: published by deploy/publish.sh, with its handler code generated ahead of time
    /// (run-time compilation alone would add some 170 MB of compiler to the process). --dynamic measures the plain build.
    /// </summary>
    private const string PublishedFolder = "published-api";

    public static async Task<string> PublishAsync(bool dynamic, bool quick)
    {
        if (dynamic)
        {
            var built = Path.Combine(RepositoryRoot(), "src", "Proposals.Api", "bin", Configuration(), "net10.0", "Proposals.Api.dll");
            return File.Exists(built) ? built : throw new FileNotFoundException($"Build the API first ({built} is missing).");
        }
        // --quick skips ReadyToRun to stay under two minutes on a fresh clone; its figures then include more JIT warm-up.
        var output = Path.Combine(AppContext.BaseDirectory, quick ? PublishedFolder + "-quick" : PublishedFolder);
        if (UpToDate(Path.Combine(output, "Proposals.Api.dll"))) return Path.Combine(output, "Proposals.Api.dll");
        var info = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "deploy", "publish.sh"), output])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["READY_TO_RUN"] = quick ? "false" : "true";
        using var publish = Process.Start(info)!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0) throw new InvalidOperationException($"deploy/publish.sh failed:\n{await log}\n{errors}");
        return Path.Combine(output, "Proposals.Api.dll");
    }

    // A publish with ReadyToRun takes a minute and more: reuse the last one while no source is newer.
    private static bool UpToDate(string published)
    {
        if (!File.Exists(published)) return false;
        var root = RepositoryRoot();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Concat(Directory.EnumerateFiles(root, "Directory.*.props"))
            .Append(Path.Combine(root, "deploy", "publish.sh"));
        var built = File.GetLastWriteTimeUtc(published);
        return sources.All(f => File.GetLastWriteTimeUtc(f) < built);
    }

    /// <summary>What the API needs in its environment here; <paramref name="dll"/> from <see cref="PublishAsync"/>.</summary>
    public static void Configure(ProcessStartInfo info, string dll, string connectionString)
    {
        info.WorkingDirectory = Path.GetDirectoryName(dll)!;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // for /api/dev/tokens
        info.Environment["ConnectionStrings__Proposals"] = connectionString;
        info.Environment["Proposals__DemoData"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        if (Path.GetFileName(Path.GetDirectoryName(dll))!.StartsWith(PublishedFolder, StringComparison.Ordinal)) info.Environment["Proposals__GeneratedCode"] = "Static";
    }

    public static async Task<ApiProcess> StartAsync(string dll, string connectionString, int port)
    {
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", url]);
        Configure(info, dll, connectionString);

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  api: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with code {process.ExitCode} while starting.");
            try
            {
                if ((await http.GetAsync($"{url}/health")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException)
            {
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("The API did not become healthy within 2 minutes.");
            await Task.Delay(20);
        }
        return new ApiProcess(process, url, clock.Elapsed);
    }

    /// <summary>The API's peak resident memory so far (VmHWM).</summary>
    public long? PeakMemoryBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:"));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Proposals.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    private static string Configuration() => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
}
