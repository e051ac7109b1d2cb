using InstaIntel.Api.Accounts;
using InstaIntel.Api.Archives;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Exports;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.Hosting;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Scrapes;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Security;

if (args is ["restore", var archive, .. var rest])
    return await RestoreCommand.RunAsync(archive, DataFolder.Resolve(new ConfigurationBuilder().AddCommandLine(rest).Build()), Console.Out);
if (args is ["generate-env", .. var envArgs])
{
    var envConfiguration = new ConfigurationBuilder().AddCommandLine(envArgs).Build();
    return await GenerateEnvCommand.RunAsync(envArgs, DataFolder.Resolve(envConfiguration), envConfiguration["Security:KeyFile"],
        Console.In, Console.Out, interactive: !Console.IsInputRedirected);
}

if (args is ["er-diagram"])
{
    Console.Out.Write(ErDiagram.FromModel());
    return 0;
}

// Rooted at its own folder, where appsettings.json is, wherever it is started from: scripts/start runs it from the
// repository's root, and a Windows service from System32.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddWindowsService(o => o.ServiceName = "InstaIntel"); // does nothing unless started by the Windows service manager
var dataFolder = DataFolder.Resolve(builder.Configuration);
var role = Role.From(builder.Configuration);
if (builder.Configuration["port"] is { Length: > 0 } port && builder.Configuration["urls"] is null)
    builder.WebHost.UseUrls($"http://localhost:{port}");
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddInstaIntelDatabase(dataFolder);
builder.Services.AddScoped<IngestService>();
builder.Services.AddScoped<AccountService>();
builder.Services.AddScoped<ScrapeService>();
builder.Services.AddEventBus(builder.Configuration);
builder.Services.AddInstaIntelSecurity(builder.Configuration, dataFolder);
builder.Services.AddInstagramCrawling(builder.Configuration, role.RunsJobs);
builder.Services.AddInstaIntelJobs(builder.Configuration, dataFolder, role.RunsJobs);
builder.Services.AddInstaIntelGraphQL(builder.Configuration);
builder.Services.AddExports(builder.Configuration);
builder.Services.AddBackups(builder.Configuration, dataFolder);
builder.Services.AddArchives(builder.Configuration, dataFolder);
builder.Services.AddSingleton(_ => DataFolderLock.AcquireShared(dataFolder));
builder.Services.AddHealthChecks();
builder.Services.AddStaticClient(builder.Configuration, builder.Environment);
builder.Services.AddSettingsChecks();

var app = builder.Build();
if (SettingsChecks.Problems(app.Services) is { Count: > 0 } problems)
{
    app.Logger.LogCritical("InstaIntel did not start, nothing was changed. Fix these settings: {Problems}", string.Join(" ", problems));
    await app.DisposeAsync(); // flushes the console logger's queue, or the message can be lost at exit
    return 2;
}
app.Services.GetRequiredService<DataFolderLock>(); // held until shutdown: scripts/restore refuses meanwhile
await DatabaseSetup.MigrateAsync(app.Services);
app.Services.GetRequiredService<AppSchema>().Initialize(); // build the schema now, not on the first request
app.Services.GetRequiredService<Vault>(); // open the credential vault now, so its state (or its problem) is logged at start

app.MapHealthChecks("/healthz");
if (role.ServesApi)
{
    app.UseWebSockets();
    app.UseInstaIntelSecurity();
    app.MapInstaIntelGraphQL();
    app.MapExports();
    app.MapImports();
    app.UseStaticClient();
}

app.Logger.LogInformation("InstaIntel ({Role}) data folder: {DataFolder}", role.Name, dataFolder);
app.Run();
return 0;

public partial class Program;
