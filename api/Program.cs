using InstaIntel.Api.Accounts;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Archives;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Companion;
using InstaIntel.Api.Counts;
using InstaIntel.Api.Crawling;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Exports;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.Hosting;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Security;
using InstaIntel.Api.Tokens;

if (await CliCommands.TryRunAsync(args) is { } exitCode) return exitCode;

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
builder.Services.AddPersistence(builder.Configuration, dataFolder);
builder.Services.AddAccounts();
builder.Services.AddCrawls();
builder.Services.AddIngest(builder.Configuration);
builder.Services.AddRealtime(builder.Configuration);
builder.Services.AddSecurity(builder.Configuration, dataFolder);
builder.Services.AddInstagram(builder.Configuration);
builder.Services.AddCrawling(role.RunsJobs);
builder.Services.AddJobs(builder.Configuration, dataFolder, role.RunsJobs);
builder.Services.AddCounts(builder.Configuration);
builder.Services.AddGraphQLApi(builder.Configuration);
builder.Services.AddExports(builder.Configuration);
builder.Services.AddBackups(builder.Configuration, dataFolder);
builder.Services.AddArchives(builder.Configuration, dataFolder);
builder.Services.AddAlerts(builder.Configuration, dataFolder, role.RunsJobs);
builder.Services.AddSingleton(_ => DataFolderLock.AcquireShared(dataFolder));
builder.Services.AddHealthChecks();
builder.Services.AddStaticClient(builder.Configuration, builder.Environment);
builder.Services.AddSettingsChecks();
builder.Services.AddTokens(builder.Configuration);
builder.Services.AddCompanion();

var app = builder.Build();
if (SettingsChecks.Problems(app.Services) is { Count: > 0 } problems)
{
    app.Logger.LogCritical("InstaIntel did not start, nothing was changed. Fix these settings: {Problems}", string.Join(" ", problems));
    await app.DisposeAsync(); // flushes the console logger's queue, or the message can be lost at exit
    return 2;
}
await PendingRestore.ApplyAsync(dataFolder, app.Logger); // a restore chosen in Settings, before the database is opened
app.Services.GetRequiredService<DataFolderLock>(); // held until shutdown: scripts/restore refuses meanwhile
await DatabaseSetup.MigrateAsync(app.Services);
app.Services.GetRequiredService<AppSchema>().Initialize(); // build the schema now, not on the first request
await SecuritySetup.OpenVaultAsync(app.Services, dataFolder);
await ChannelUrlMove.RunAsync(app.Services);

app.MapHealthChecks("/healthz");
if (role.ServesApi)
{
    app.UseWebSockets();
    app.UseSecurity();
    app.MapGraphQL();
    app.MapExports();
    app.MapCountExports();
    app.MapImports();
    app.MapBackupDownloads();
    app.MapCompanion();
    app.UseStaticClient();
}

app.Logger.LogInformation("InstaIntel ({Role}) data folder: {DataFolder}", role.Name, dataFolder);
app.Run();
return 0;

public partial class Program;
