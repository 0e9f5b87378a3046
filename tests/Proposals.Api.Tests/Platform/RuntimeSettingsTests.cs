using System.Text.Json.Nodes;

namespace Proposals.Api.Tests.Platform;

/// <summary>
/// The runtime settings the API's project file chooses (docs/performance.md) reach the runtimeconfig.json it runs with.
/// A misspelt MSBuild property is silently ignored, and the API then ran the server GC while the report said otherwise.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", false)]
    [InlineData("System.Runtime.TieredPGO", false)]
    public void the_api_runs_with_the_settings_its_project_chooses(string setting, bool expected)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Proposals.Api.runtimeconfig.json");
        var config = JsonNode.Parse(File.ReadAllText(path))!;

        Assert.Equal(expected, config["runtimeOptions"]!["configProperties"]![setting]!.GetValue<bool>());
    }
}
