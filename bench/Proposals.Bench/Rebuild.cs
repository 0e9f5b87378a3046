using System.Diagnostics;
using JasperFx;
using Marten;
using Proposals.Api.Infrastructure;
using Npgsql;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Bench;

/// <summary>Writes a large history straight into the event store, then times the API's own rebuild command.</summary>
public static class Rebuild
{
    public static async Task<Measurement> RunAsync(string connectionString, string dll, string tenant, BenchOptions options)
    {
        var written = await SeedAsync(connectionString, tenant, options.RebuildEvents);
        // The command stops a projection still rebuilding after 5 minutes unless told otherwise: a 7,000,000-event
        // store needs more here. Allow a minute per 50,000 events.
        var timeout = $"{Math.Max(5, options.RebuildEvents / 50_000)}m";
        var info = new ProcessStartInfo("dotnet", [dll, "projections", "rebuild", "--shard-timeout", timeout]);
        ApiProcess.Configure(info, dll, connectionString);

        var measurement = new Measurement("rebuild", "events/s");
        var clock = Stopwatch.StartNew();
        // The command is this process's child: once reaped, its CPU counts in the load generator's column.
        var cpu = CpuMeter.Read();
        using var process = Process.Start(info)!;
        // Both streams at once: a full stderr pipe would stall the command.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        measurement.Elapsed = clock.Elapsed;
        measurement.Cpu = CpuMeter.Between(cpu, CpuMeter.Read());
        if (process.ExitCode == 0) measurement.Count(written);
        else
        {
            var log = Path.Combine(Path.GetTempPath(), $"proposals-rebuild-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");
            await File.WriteAllTextAsync(log, output);
            var error = output.Split('\n').FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal))?.Trim() ?? "see the log";
            measurement.Record(clock.Elapsed.TotalMilliseconds, false, $"{error} (whole output: {log})");
        }
        measurement.Note = $"{written:N0} events in the store, whole command incl. start-up";
        return measurement;
    }

    private static async Task<long> SeedAsync(string connectionString, string tenant, int events)
    {
        using var store = DocumentStore.For(opts =>
        {
            opts.UseProposalsStorage(connectionString);
            opts.AutoCreateSchemaObjects = AutoCreate.None;
        });

        var session = Guid.CreateVersion7();
        var at = DateTimeOffset.UtcNow.AddYears(-1);
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var deputy = new Actor("deputy", "代表", Role.Proposer);
        var office = new Actor("office", "代表工委", Role.Coordinator);
        var staff = new Actor("staff", "经办人", Role.Handler, "edu");
        var content = ChineseText.OfBytes(1024, 3);
        long written = 0;
        var number = 0;
        while (written < events)
        {
            await using var batch = store.LightweightSession(tenant);
            for (var i = 0; i < 500 && written < events; i++)
            {
                var id = Guid.CreateVersion7();
                number++;
                object[] life =
                [
                    new ProposalSubmitted(id, session, ProposalKind.Suggestion, ChineseText.Title(number), content, "教育", null,
                        new Proposer(deputy.Id, deputy.Name), [], DisclosureConsent.Full, false, deputy, at),
                    new ProposalRegistered(id, session, number, number.ToString(), office, at),
                    new ProposalAssigned(id, ["edu"], [], today, today.AddMonths(3), today.AddMonths(1), null, office, at),
                    new ProposerContacted(id, "edu", today, ContactMethod.Phone, "电话沟通", staff, at),
                    new ReplyIssued(id, "edu", 1, "a", content, "主任", new ReplyDisclosure(DisclosureScope.Full, null, null), [], today, staff, at),
                    new ReplyRated(id, 1, Satisfaction.Satisfied, Satisfaction.Satisfied, null, deputy, at),
                    new ProposalClosed(id, "rated", deputy, at),
                ];
                batch.Events.StartStream<Proposal>(id, life);
                written += life.Length;
            }
            await batch.SaveChangesAsync();
        }

        // A store that has lived has its planner statistics; a bulk load this size has none until autovacuum comes round.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in new[] { "mt_events", "mt_streams" })
        {
            await using var analyze = new NpgsqlCommand($"vacuum analyze proposals.{table}", connection);
            await analyze.ExecuteNonQueryAsync();
        }
        return written;
    }
}
