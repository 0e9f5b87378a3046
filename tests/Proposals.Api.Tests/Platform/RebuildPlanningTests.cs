using Npgsql;
using Proposals.Api.Infrastructure;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

/// <summary>The rebuild command's connections plan every statement for its values (MartenSetup.PlannedPerStatement).</summary>
public sealed class RebuildPlanningTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task the_projections_commands_connect_with_a_plan_for_each_statement()
    {
        var connectionString = MartenSetup.ForCommandLine(Fixture.ConnectionString, ["projections", "rebuild", "-p", "ProposalView"]);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand("show plan_cache_mode", connection);
        Assert.Equal("force_custom_plan", await show.ExecuteScalarAsync());
    }

    [Fact]
    public void other_runs_keep_the_connection_string_and_options_already_given_are_kept()
    {
        Assert.Equal(Fixture.ConnectionString, MartenSetup.ForCommandLine(Fixture.ConnectionString, []));
        Assert.Equal(Fixture.ConnectionString, MartenSetup.ForCommandLine(Fixture.ConnectionString, ["codegen", "write"]));

        var withOptions = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString) { Options = "-c work_mem=64MB" }.ConnectionString;
        var options = new NpgsqlConnectionStringBuilder(MartenSetup.ForCommandLine(withOptions, ["projections", "rebuild"])).Options;
        Assert.Equal("-c work_mem=64MB -c plan_cache_mode=force_custom_plan", options);
    }
}
