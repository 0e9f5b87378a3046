using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Proposals.Api.Infrastructure.LocalPostgres;

/// <summary>
/// A PostgreSQL cluster run from the machine's own server binaries, for development and tests.
/// It owns one directory holding the cluster (<c>data/</c>) and the server log (<c>postgres.log</c>),
/// listens on 127.0.0.1 only and trusts every local connection. Not thread-safe.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string Host = "127.0.0.1";
    private const string Superuser = "postgres";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly bool _throwaway;
    private readonly int _preferredPort;
    private readonly ILogger _logger;
    private PostgresBinaries? _binaries;
    private bool _startedByThisInstance;

    private LocalPostgresCluster(string rootDirectory, int preferredPort, bool throwaway, ILogger? logger)
    {
        RootDirectory = Path.GetFullPath(rootDirectory);
        _preferredPort = preferredPort;
        _throwaway = throwaway;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The directory holding the cluster's data and log.</summary>
    public string RootDirectory { get; }

    /// <summary>The TCP port on 127.0.0.1, once started.</summary>
    public int? Port { get; private set; }

    private string DataDirectory => Path.Combine(RootDirectory, "data");
    private string LogFile => Path.Combine(RootDirectory, "postgres.log");
    private string AutoConfFile => Path.Combine(DataDirectory, "postgresql.auto.conf");
    private bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>
    /// A cluster that keeps its data in <paramref name="directory"/> between runs. A server already running there
    /// is reused (and left running on stop); otherwise it listens on <paramref name="preferredPort"/>, or on the next
    /// free port if that one is taken, and keeps using that port on later starts.
    /// </summary>
    public static LocalPostgresCluster Persistent(string directory, int preferredPort, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(preferredPort);
        return new LocalPostgresCluster(directory, preferredPort, throwaway: false, logger);
    }

    /// <summary>
    /// A cluster for tests: a new directory under the temp path, a free random port, durability switched off,
    /// and the directory deleted on <see cref="StopAsync"/>.
    /// </summary>
    public static LocalPostgresCluster Throwaway(ILogger? logger = null) =>
        new(Path.Combine(Path.GetTempPath(), $"proposals-pg-{Guid.NewGuid():N}"), preferredPort: 0, throwaway: true, logger);

    /// <summary>True when initdb and pg_ctl are on PATH or in /usr/lib/postgresql/*/bin.</summary>
    public static bool BinariesAvailable() => PostgresBinaries.Available();

    /// <summary>
    /// Starts the cluster (or reuses the running one), creates <paramref name="databaseName"/> if it is missing
    /// and returns an Npgsql connection string for it.
    /// </summary>
    public async Task<string> StartAsync(string databaseName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseName);
        Port ??= await StartServerAsync(ct);
        await EnsureDatabaseAsync(databaseName, ct);
        return ConnectionString(databaseName, pooling: true);
    }

    /// <summary>
    /// Stops the server if this instance started it (<c>pg_ctl stop -m fast</c>);
    /// a throwaway cluster also deletes its directory.
    /// </summary>
    public async Task StopAsync()
    {
        if (_startedByThisInstance && _binaries is not null && await IsRunningAsync(_binaries, CancellationToken.None))
        {
            var stop = await _binaries.RunAsync(
                "pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w"], RootDirectory, CancellationToken.None);
            stop.EnsureSuccess("pg_ctl stop", LogTail());
            _logger.LogInformation("Stopped the PostgreSQL cluster at {Directory}", RootDirectory);
        }

        _startedByThisInstance = false;
        Port = null;
        if (_throwaway && Directory.Exists(RootDirectory))
            Directory.Delete(RootDirectory, recursive: true);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<int> StartServerAsync(CancellationToken ct)
    {
        var binaries = _binaries ??= PostgresBinaries.Locate();
        await binaries.PrepareDirectoryAsync(RootDirectory, ct);

        if (IsInitialized && await IsRunningAsync(binaries, ct))
        {
            var runningPort = ReadRunningPort();
            _logger.LogInformation(
                "Reusing the PostgreSQL cluster already running at {Directory} on {Host}:{Port}", RootDirectory, Host, runningPort);
            await WaitUntilAcceptingConnectionsAsync(runningPort, ct);
            return runningPort;
        }

        if (!IsInitialized)
            await InitializeAsync(binaries, ct);
        var port = ChoosePort();

        var start = await binaries.RunAsync(
            "pg_ctl", ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60"], RootDirectory, ct);
        start.EnsureSuccess("pg_ctl start", LogTail());
        _startedByThisInstance = true;
        _logger.LogInformation(
            "Started the PostgreSQL cluster at {Directory} on {Host}:{Port} (log: {LogFile})", RootDirectory, Host, port, LogFile);

        await WaitUntilAcceptingConnectionsAsync(port, ct);
        return port;
    }

    private async Task InitializeAsync(PostgresBinaries binaries, CancellationToken ct)
    {
        _logger.LogInformation("Creating a PostgreSQL cluster in {Directory}", RootDirectory);
        List<string> arguments =
            ["-D", DataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"];
        if (_throwaway)
            arguments.Add("--no-sync");
        (await binaries.RunAsync("initdb", arguments, RootDirectory, ct)).EnsureSuccess("initdb");

        // postgresql.auto.conf rather than pg_ctl -o, so a plain `pg_ctl start` later (by hand, too) uses the same settings.
        var settings = new Dictionary<string, string>
        {
            ["listen_addresses"] = $"'{Host}'",
            ["unix_socket_directories"] = "''", // TCP only: no socket-path length limits, nothing outside the directory
            ["port"] = (_throwaway ? FreeRandomPort() : NextFreePort(_preferredPort)).ToString(CultureInfo.InvariantCulture),
            ["max_connections"] = "200",
        };
        if (_throwaway)
        {
            settings["fsync"] = "off";
            settings["synchronous_commit"] = "off";
            settings["full_page_writes"] = "off";
        }
        WriteSettings(settings);
    }

    /// <summary>The configured port, moved to the next free one (and recorded) if something else took it.</summary>
    private int ChoosePort()
    {
        var configured = ReadConfiguredPort() ?? _preferredPort;
        if (IsPortFree(configured))
            return configured;

        var port = _throwaway ? FreeRandomPort() : NextFreePort(configured + 1);
        WriteSettings(new Dictionary<string, string> { ["port"] = port.ToString(CultureInfo.InvariantCulture) });
        _logger.LogWarning(
            "Port {ConfiguredPort} is taken; the PostgreSQL cluster at {Directory} now uses port {Port}", configured, RootDirectory, port);
        return port;
    }

    private async Task<bool> IsRunningAsync(PostgresBinaries binaries, CancellationToken ct) =>
        (await binaries.RunAsync("pg_ctl", ["status", "-D", DataDirectory], RootDirectory, ct)).ExitCode == 0;

    // postmaster.pid line 4 is the port the running server listens on.
    private int ReadRunningPort() =>
        int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).ElementAt(3), CultureInfo.InvariantCulture);

    private int? ReadConfiguredPort()
    {
        var value = ReadSettingLines().Select(ParseSetting).LastOrDefault(s => s?.Key == "port")?.Value;
        return int.TryParse(value, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    /// <summary>Sets the given keys in postgresql.auto.conf, keeping every other line.</summary>
    private void WriteSettings(IReadOnlyDictionary<string, string> settings)
    {
        var kept = ReadSettingLines().Where(line => ParseSetting(line) is not { } s || !settings.ContainsKey(s.Key));
        var added = settings.Select(s => $"{s.Key} = {s.Value}");
        // Rewriting in place keeps the file's owner (the postgres user) when this process is root.
        File.WriteAllLines(AutoConfFile, kept.Concat(added));
    }

    private string[] ReadSettingLines() => File.Exists(AutoConfFile) ? File.ReadAllLines(AutoConfFile) : [];

    private static KeyValuePair<string, string>? ParseSetting(string line)
    {
        var trimmed = line.Trim();
        var equals = trimmed.IndexOf('=');
        return trimmed.StartsWith('#') || equals <= 0
            ? null
            : new KeyValuePair<string, string>(trimmed[..equals].Trim(), trimmed[(equals + 1)..].Trim().Trim('\''));
    }

    private async Task WaitUntilAcceptingConnectionsAsync(int port, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        var connectionString = ConnectionString("postgres", pooling: false, port);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException e) when (DateTime.UtcNow < deadline)
            {
                _logger.LogDebug(e, "PostgreSQL on port {Port} is not accepting connections yet", port);
            }
            catch (NpgsqlException e)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL at {RootDirectory} did not accept connections on {Host}:{port} within {ReadyTimeout.TotalSeconds:0} s.{Environment.NewLine}{LogTail()}", e);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }

    private async Task EnsureDatabaseAsync(string databaseName, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", pooling: false));
        await connection.OpenAsync(ct);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = databaseName });
        if (await exists.ExecuteScalarAsync(ct) is not null)
            return;

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName.Replace("\"", "\"\"")}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
            _logger.LogInformation("Created database {Database} in the PostgreSQL cluster at {Directory}", databaseName, RootDirectory);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Someone else created it between the check and the CREATE: that is what we wanted.
        }
    }

    private string ConnectionString(string databaseName, bool pooling, int? port = null) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = port ?? Port ?? throw new InvalidOperationException("The cluster is not started."),
            Username = Superuser,
            Database = databaseName,
            Pooling = pooling,
            MaxPoolSize = 100,
        }.ConnectionString;

    private string LogTail()
    {
        if (!File.Exists(LogFile))
            return $"(no server log at {LogFile})";
        var lines = File.ReadLines(LogFile).TakeLast(20);
        return $"Last lines of {LogFile}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }

    private static int FreeRandomPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int NextFreePort(int from)
    {
        for (var port = from; port <= Math.Min(from + 100, IPEndPoint.MaxPort); port++)
        {
            if (IsPortFree(port))
                return port;
        }
        throw new InvalidOperationException($"No free TCP port on {Host} between {from} and {from + 100}.");
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
