using System.Diagnostics;

namespace Proposals.Bench;

/// <summary>The API under test as a child process, started from its Release build.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, string url, TimeSpan coldStart) => (_process, Url, ColdStart) = (process, url, coldStart);

    public string Url { get; }
    public TimeSpan ColdStart { get; }

    public static async Task<ApiProcess> StartAsync(string connectionString, int port)
    {
        var dll = Path.Combine(RepositoryRoot(), "src", "Proposals.Api", "bin", Configuration(), "net10.0", "Proposals.Api.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the API first ({dll} is missing).");
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // for /api/dev/tokens
        info.Environment["ConnectionStrings__Proposals"] = connectionString;
        info.Environment["Proposals__DemoData"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";

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
