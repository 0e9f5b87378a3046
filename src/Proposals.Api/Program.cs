using JasperFx;
using JasperFx.CodeGeneration;
using Proposals.Api.Auth;
using Proposals.Api.DemoData;
using Proposals.Api.Disclosure;
using Proposals.Api.Infrastructure;
using Proposals.Api.Tenants;
using Wolverine;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestSizeLimit.MaxBodyBytes);

var connectionString = MartenSetup.ForCommandLine(builder.ResolveConnectionString(), args);
builder.Services.AddProposalsMarten(connectionString);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<TenantDirectory>();
builder.Services.AddSingleton<PlannerStatistics>();
builder.Services.AddHostedService(services => services.GetRequiredService<PlannerStatistics>());
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.ConfigureSystemTextJsonForWolverineOrMinimalApi(o => Json.Configure(o.SerializerOptions));
builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: "database");
builder.Services.AddProposalsOpenApi();
builder.Services.AddDemoData(builder.Configuration);
builder.Services.AddPublicCache();
// A command (projections, db-apply, …) serves no requests: only the API itself keeps a search index.
builder.Services.AddPublicSearch(serving: args is [] or ["run", ..] || args[0].StartsWith('-'));
builder.AddProposalsAuthentication();

builder.Host.UseWolverine(opts =>
{
    opts.ApplicationAssembly = typeof(Program).Assembly; // also under a test host, whose entry assembly is the runner
    opts.Policies.AutoApplyTransactions();
    // Deadline checks are scheduled messages: durable, so they outlive a restart of the API.
    opts.Policies.UseDurableLocalQueues();
    opts.Durability.ScheduledJobPollingTime = builder.Configuration.GetValue("Proposals:ScheduledJobPolling", TimeSpan.FromSeconds(5));
    // Dynamic compiles handlers at start-up; deploy/publish.sh pre-generates them and sets Static (README, "Deploying").
    opts.CodeGeneration.TypeLoadMode = builder.Configuration.GetValue("Proposals:GeneratedCode", TypeLoadMode.Dynamic);
});
builder.Services.AddWolverineHttp();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestSizeLimit>();
app.UseMiddleware<QueryWithoutNul>();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<TenantGate>();
app.UseOutputCache();

app.UseSwagger();
app.UseSwaggerUI(ui => ui.DocumentTitle = "Proposals API");
app.MapHealthChecks("/health");
app.MapWolverineEndpoints(opts =>
{
    opts.TenantId.IsRouteArgumentNamed("tenant");
    opts.RejectUnparseableQueryValues = true;
    // Every write: the default filter (transactional chains) matched none of ours, so a lost race was a 500.
    // Steps on an item answer such a race themselves (ProposalSteps); this covers any other write.
    opts.MapConcurrencyFailuresToConflict(chain => !chain.HttpMethods.Contains("GET"));
    opts.AddPolicy<RequiredBody>();
});

return await app.RunJasperFxCommands(args);

public partial class Program;
