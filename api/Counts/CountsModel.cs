using InstaIntel.Api.Accounts;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Counts;

/// <summary>The counts feature's tables and the tracking level column, mapped from <see cref="Persistence.InstaIntelDb"/>.</summary>
public static class CountsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Account>().Property(x => x.TrackingLevel).HasConversion<string>();

        model.Entity<CountPoint>(p =>
        {
            p.ToTable("count_points");
            p.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            p.Property(x => x.Source).HasConversion<string>();
            // Covering: a curve and the rankings' seeks (the reading at or before a day) never touch the table itself.
            p.HasIndex(x => new { x.AccountId, x.At, x.Followers, x.Following, x.Posts });
        });

        model.Entity<ProfileEvent>(e =>
        {
            e.ToTable("profile_events");
            e.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Kind).HasConversion<string>();
            e.HasIndex(x => new { x.AccountId, x.At });
        });
    }
}
