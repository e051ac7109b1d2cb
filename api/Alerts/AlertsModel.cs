using InstaIntel.Api.Accounts;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Alerts;

/// <summary>The alert tables: channels, rules, the outbox and the delivery log.</summary>
public static class AlertsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<AlertChannel>(c =>
        {
            c.ToTable("alert_channels");
            c.Property(x => x.Kind).HasConversion<string>();
            c.Property(x => x.Mode).HasConversion<string>();
            c.Property(x => x.Preset).HasConversion<string>();
            c.Property(x => x.SmtpSecurity).HasConversion<string>();
        });
        model.Entity<AccountAlertRules>(r =>
        {
            r.ToTable("alert_rules");
            r.HasIndex(x => x.AccountId).IsUnique();
            r.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<GlobalAlertRules>(r =>
        {
            r.ToTable("alert_global_rules");
            r.Property(x => x.Id).ValueGeneratedNever();
        });
        model.Entity<AlertEvent>(e =>
        {
            e.ToTable("alert_outbox");
            e.Property(x => x.Kind).HasConversion<string>();
            e.HasIndex(x => x.ProcessedAt); // the worker's queue
            e.HasIndex(x => new { x.Notified, x.ReadAt }); // the in-app list and its unread count
        });
        model.Entity<AlertDelivery>(d =>
        {
            d.ToTable("alert_deliveries");
            d.Property(x => x.Status).HasConversion<string>();
            d.HasIndex(x => x.IdempotencyKey).IsUnique();
            d.HasIndex(x => new { x.Status, x.ChannelId });
            d.HasOne<AlertChannel>().WithMany().HasForeignKey(x => x.ChannelId).OnDelete(DeleteBehavior.Cascade);
            d.HasOne<AlertEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
