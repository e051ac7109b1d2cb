using InstaIntel.Api.Accounts;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Profiles;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Persistence;

/// <summary>The app's database on SQLite, whose migrations are Persistence/Migrations; <see cref="PostgresInstaIntelDb"/> is the same model on PostgreSQL.</summary>
public class InstaIntelDb : DbContext
{
    public InstaIntelDb(DbContextOptions<InstaIntelDb> options) : base(options) { }

    /// <summary>For a provider's own context type, which has its own migration set.</summary>
    protected InstaIntelDb(DbContextOptions options) : base(options) { }

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Profile> Profiles => Set<Profile>();
    public DbSet<Crawl> Crawls => Set<Crawl>();
    public DbSet<FollowerEdge> Followers => Set<FollowerEdge>();
    public DbSet<FollowingEdge> Following => Set<FollowingEdge>();
    public DbSet<StagedProfile> StagedProfiles => Set<StagedProfile>();
    public DbSet<FollowChange> FollowChanges => Set<FollowChange>();
    public DbSet<IgnoredProfile> IgnoredProfiles => Set<IgnoredProfile>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<SessionState> InstagramSessions => Set<SessionState>();
    public DbSet<LedgerEntry> RequestLedger => Set<LedgerEntry>();
    public DbSet<Tokens.ApiToken> ApiTokens => Set<Tokens.ApiToken>();
    public DbSet<AlertChannel> AlertChannels => Set<AlertChannel>();
    public DbSet<AccountAlertRules> AlertRules => Set<AccountAlertRules>();
    public DbSet<GlobalAlertRules> GlobalAlertRules => Set<GlobalAlertRules>();
    public DbSet<AlertEvent> AlertOutbox => Set<AlertEvent>();
    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();
    public DbSet<Counts.CountPoint> CountPoints => Set<Counts.CountPoint>();
    public DbSet<Counts.ProfileEvent> ProfileEvents => Set<Counts.ProfileEvent>();

    /// <summary>The edges of one list, typed as their common base so queries can serve both tables.</summary>
    public IQueryable<Edge> Edges(FollowList list) =>
        list == FollowList.Followers ? Followers : Following;

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Account>(a =>
        {
            a.ToTable("accounts");
            a.HasIndex(x => x.Username).IsUnique();
            a.HasIndex(x => x.Pk).IsUnique();
        });

        model.Entity<Profile>(p =>
        {
            p.ToTable("profiles");
            p.HasKey(x => x.Pk);
            p.Property(x => x.Pk).ValueGeneratedNever();
            p.HasIndex(x => x.Username);
        });

        model.Entity<Crawl>(s =>
        {
            s.ToTable("crawls");
            s.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            s.HasIndex(x => new { x.AccountId, x.Status });
            s.HasIndex(x => x.Status); // crawl workers claim by status (Crawling/CrawlClaims.cs)
            s.Property(x => x.Status).HasConversion<string>();
            s.Property(x => x.Source).HasConversion<string>();
            s.Property(x => x.FollowersMethod).HasConversion<string>();
            s.Property(x => x.FollowingMethod).HasConversion<string>();
            s.Ignore(x => x.Method);
        });

        MapEdges<FollowerEdge>(model, FollowList.Followers);
        MapEdges<FollowingEdge>(model, FollowList.Following);

        model.Entity<FollowChange>(c =>
        {
            c.ToTable("follow_changes");
            c.HasOne<Account>().WithMany().HasForeignKey(x => x.TargetId).OnDelete(DeleteBehavior.Cascade);
            c.HasOne<Crawl>().WithMany().HasForeignKey(x => x.CrawlId).OnDelete(DeleteBehavior.Cascade);
            c.Property(x => x.Kind).HasConversion<string>();
            c.Property(x => x.LostReason).HasConversion<string>();
            c.HasIndex(x => new { x.TargetId, x.List, x.CrawlId }); // history pages, newest crawl first
            c.HasIndex(x => new { x.TargetId, x.List, x.ProfilePk, x.CrawlId }); // state at a crawl, for comparisons
            c.HasIndex(x => x.ProfilePk); // one person's story
        });

        model.Entity<IgnoredProfile>(i =>
        {
            i.ToTable("ignored_profiles");
            i.HasKey(x => new { x.AccountId, x.ProfilePk });
            i.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<StagedProfile>(s =>
        {
            s.ToTable("staged_profiles");
            s.HasOne<Crawl>().WithMany().HasForeignKey(x => x.CrawlId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<SessionState>(s =>
        {
            s.ToTable("instagram_sessions");
            s.HasKey(x => x.Key);
            s.Property(x => x.Status).HasConversion<string>();
        });

        model.Entity<LedgerEntry>(r =>
        {
            r.ToTable("request_ledger");
            r.Property(x => x.Surface).HasConversion<string>();
            r.HasIndex(x => new { x.SessionKey, x.At }); // a session's recent requests, read at every reservation
            r.HasIndex(x => x.At); // pruning
        });

        model.Entity<JobRun>(r =>
        {
            r.ToTable("job_runs");
            r.HasKey(x => x.Name);
        });

        model.Entity<Tokens.ApiToken>(t =>
        {
            t.ToTable("api_tokens");
            t.HasIndex(x => x.SecretHash).IsUnique();
        });
        AlertsModel.Configure(model);
        Counts.CountsModel.Configure(model);

        foreach (var entity in model.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
    }

    /// <summary>Queries read the list's view, which shows only what succeeded crawls wrote; writes go to its table (<see cref="EdgeTables"/>).</summary>
    private static void MapEdges<TEdge>(ModelBuilder model, FollowList list) where TEdge : Edge =>
        model.Entity<TEdge>(e =>
        {
            e.ToTable(EdgeTables.Of(list));
            e.ToView(EdgeTables.ViewOf(list));
            e.HasKey(x => new { x.TargetId, x.ProfilePk });
            e.HasOne<Account>().WithMany().HasForeignKey(x => x.TargetId).OnDelete(DeleteBehavior.Cascade);
            // Profiles outlive edges: deleting an account removes its edges, then orphaned profiles explicitly.
            e.HasOne<Profile>().WithMany().HasForeignKey(x => x.ProfilePk).OnDelete(DeleteBehavior.Restrict);
        });

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
