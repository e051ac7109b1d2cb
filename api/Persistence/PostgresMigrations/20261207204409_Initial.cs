using System;
using InstaIntel.Api.Followers;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InstaIntel.Api.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    pk = table.Column<long>(type: "bigint", nullable: true),
                    username = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "text", nullable: false),
                    profile_pic_url = table.Column<string>(type: "text", nullable: true),
                    is_verified = table.Column<bool>(type: "boolean", nullable: false),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    follower_count = table.Column<int>(type: "integer", nullable: true),
                    following_count = table.Column<int>(type: "integer", nullable: true),
                    bookmarked = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_crawled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    tracking_level = table.Column<string>(type: "text", nullable: false),
                    post_count = table.Column<int>(type: "integer", nullable: true),
                    biography = table.Column<string>(type: "text", nullable: true),
                    external_url = table.Column<string>(type: "text", nullable: true),
                    check_lost_reasons = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "alert_channels",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    mode = table.Column<string>(type: "text", nullable: false),
                    url = table.Column<string>(type: "text", nullable: true),
                    preset = table.Column<string>(type: "text", nullable: true),
                    smtp_host = table.Column<string>(type: "text", nullable: true),
                    smtp_port = table.Column<int>(type: "integer", nullable: true),
                    smtp_security = table.Column<string>(type: "text", nullable: true),
                    smtp_username = table.Column<string>(type: "text", nullable: true),
                    email_from = table.Column<string>(type: "text", nullable: true),
                    email_to = table.Column<string>(type: "text", nullable: true),
                    telegram_chat_id = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_channels", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "alert_global_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    session_problems = table.Column<bool>(type: "boolean", nullable: false),
                    backup_failed = table.Column<bool>(type: "boolean", nullable: false),
                    disk_low_mi_b = table.Column<int>(type: "integer", nullable: true),
                    digest_hour_utc = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_global_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "alert_outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "text", nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: true),
                    crawl_id = table.Column<long>(type: "bigint", nullable: true),
                    detail = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    title = table.Column<string>(type: "text", nullable: true),
                    body = table.Column<string>(type: "text", nullable: true),
                    link = table.Column<string>(type: "text", nullable: true),
                    notified = table.Column<bool>(type: "boolean", nullable: false),
                    read_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    scopes = table.Column<string>(type: "text", nullable: false),
                    secret_hash = table.Column<string>(type: "text", nullable: false),
                    secret_end = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_used_from = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instagram_sessions",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    label = table.Column<string>(type: "text", nullable: true),
                    proxy_host = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<long>(type: "bigint", nullable: true),
                    username = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    problem = table.Column<string>(type: "text", nullable: true),
                    last_checked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    blocked_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    crawls = table.Column<long>(type: "bigint", nullable: false),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    requests_per_minute = table.Column<int>(type: "integer", nullable: true),
                    requests_per_hour = table.Column<int>(type: "integer", nullable: true),
                    daily_cap = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instagram_sessions", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    name = table.Column<string>(type: "text", nullable: false),
                    last_run_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_runs", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "profiles",
                columns: table => new
                {
                    pk = table.Column<long>(type: "bigint", nullable: false),
                    username = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "text", nullable: false),
                    profile_pic_url = table.Column<string>(type: "text", nullable: true),
                    is_verified = table.Column<bool>(type: "boolean", nullable: false),
                    is_private = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profiles", x => x.pk);
                });

            migrationBuilder.CreateTable(
                name: "request_ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    session_key = table.Column<string>(type: "text", nullable: false),
                    surface = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_ledger", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "alert_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: true),
                    unfollows = table.Column<bool>(type: "boolean", nullable: false),
                    new_followers_at_least = table.Column<int>(type: "integer", nullable: true),
                    follower_change_percent = table.Column<double>(type: "double precision", nullable: true),
                    crawl_problems = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_rules", x => x.id);
                    table.ForeignKey(
                        name: "FK_alert_rules_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "count_points",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    followers = table.Column<int>(type: "integer", nullable: true),
                    following = table.Column<int>(type: "integer", nullable: true),
                    posts = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_count_points", x => x.id);
                    table.ForeignKey(
                        name: "FK_count_points_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crawls",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    lists = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    followers_fetched = table.Column<int>(type: "integer", nullable: false),
                    following_fetched = table.Column<int>(type: "integer", nullable: false),
                    followers_expected = table.Column<int>(type: "integer", nullable: true),
                    following_expected = table.Column<int>(type: "integer", nullable: true),
                    followers_checkpoint = table.Column<string>(type: "text", nullable: true),
                    following_checkpoint = table.Column<string>(type: "text", nullable: true),
                    followers_total = table.Column<int>(type: "integer", nullable: true),
                    followers_new = table.Column<int>(type: "integer", nullable: true),
                    followers_lost = table.Column<int>(type: "integer", nullable: true),
                    following_total = table.Column<int>(type: "integer", nullable: true),
                    following_new = table.Column<int>(type: "integer", nullable: true),
                    following_lost = table.Column<int>(type: "integer", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    resumes_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    force_refresh = table.Column<bool>(type: "boolean", nullable: false),
                    followers_method = table.Column<string>(type: "text", nullable: true),
                    following_method = table.Column<string>(type: "text", nullable: true),
                    completeness = table.Column<double>(type: "double precision", nullable: true),
                    claimed_by = table.Column<string>(type: "text", nullable: true),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crawls", x => x.id);
                    table.ForeignKey(
                        name: "FK_crawls_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ignored_profiles",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    profile_pk = table.Column<long>(type: "bigint", nullable: false),
                    ignored_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ignored_profiles", x => new { x.account_id, x.profile_pk });
                    table.ForeignKey(
                        name: "FK_ignored_profiles_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_profile_events_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "alert_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<long>(type: "bigint", nullable: true),
                    channel_id = table.Column<long>(type: "bigint", nullable: false),
                    idempotency_key = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    link = table.Column<string>(type: "text", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    digest_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alert_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_alert_deliveries_alert_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "alert_channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_alert_deliveries_alert_outbox_event_id",
                        column: x => x.event_id,
                        principalTable: "alert_outbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follower_edges",
                columns: table => new
                {
                    target_id = table.Column<long>(type: "bigint", nullable: false),
                    profile_pk = table.Column<long>(type: "bigint", nullable: false),
                    first_seen_crawl_id = table.Column<long>(type: "bigint", nullable: false),
                    last_seen_crawl_id = table.Column<long>(type: "bigint", nullable: false),
                    previous_seen_crawl_id = table.Column<long>(type: "bigint", nullable: true),
                    lost_in_crawl_id = table.Column<long>(type: "bigint", nullable: true),
                    followed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follower_edges", x => new { x.target_id, x.profile_pk });
                    table.ForeignKey(
                        name: "FK_follower_edges_accounts_target_id",
                        column: x => x.target_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_follower_edges_profiles_profile_pk",
                        column: x => x.profile_pk,
                        principalTable: "profiles",
                        principalColumn: "pk",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "following_edges",
                columns: table => new
                {
                    target_id = table.Column<long>(type: "bigint", nullable: false),
                    profile_pk = table.Column<long>(type: "bigint", nullable: false),
                    first_seen_crawl_id = table.Column<long>(type: "bigint", nullable: false),
                    last_seen_crawl_id = table.Column<long>(type: "bigint", nullable: false),
                    previous_seen_crawl_id = table.Column<long>(type: "bigint", nullable: true),
                    lost_in_crawl_id = table.Column<long>(type: "bigint", nullable: true),
                    followed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_following_edges", x => new { x.target_id, x.profile_pk });
                    table.ForeignKey(
                        name: "FK_following_edges_accounts_target_id",
                        column: x => x.target_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_following_edges_profiles_profile_pk",
                        column: x => x.profile_pk,
                        principalTable: "profiles",
                        principalColumn: "pk",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    target_id = table.Column<long>(type: "bigint", nullable: false),
                    list = table.Column<int>(type: "integer", nullable: false),
                    profile_pk = table.Column<long>(type: "bigint", nullable: false),
                    crawl_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    reviewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    lost_reason = table.Column<string>(type: "text", nullable: true),
                    lost_reason_checked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_changes", x => x.id);
                    table.ForeignKey(
                        name: "FK_follow_changes_accounts_target_id",
                        column: x => x.target_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_follow_changes_crawls_crawl_id",
                        column: x => x.crawl_id,
                        principalTable: "crawls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staged_profiles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    crawl_id = table.Column<long>(type: "bigint", nullable: false),
                    list = table.Column<int>(type: "integer", nullable: false),
                    profile_pk = table.Column<long>(type: "bigint", nullable: false),
                    username = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "text", nullable: false),
                    profile_pic_url = table.Column<string>(type: "text", nullable: true),
                    is_verified = table.Column<bool>(type: "boolean", nullable: false),
                    is_private = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staged_profiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_staged_profiles_crawls_crawl_id",
                        column: x => x.crawl_id,
                        principalTable: "crawls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_pk",
                table: "accounts",
                column: "pk",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_username",
                table: "accounts",
                column: "username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_alert_deliveries_channel_id",
                table: "alert_deliveries",
                column: "channel_id");

            migrationBuilder.CreateIndex(
                name: "IX_alert_deliveries_event_id",
                table: "alert_deliveries",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_alert_deliveries_idempotency_key",
                table: "alert_deliveries",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_alert_deliveries_status_channel_id",
                table: "alert_deliveries",
                columns: new[] { "status", "channel_id" });

            migrationBuilder.CreateIndex(
                name: "IX_alert_outbox_notified_read_at",
                table: "alert_outbox",
                columns: new[] { "notified", "read_at" });

            migrationBuilder.CreateIndex(
                name: "IX_alert_outbox_processed_at",
                table: "alert_outbox",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "IX_alert_rules_account_id",
                table: "alert_rules",
                column: "account_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_secret_hash",
                table: "api_tokens",
                column: "secret_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_count_points_account_id_at_followers_following_posts",
                table: "count_points",
                columns: new[] { "account_id", "at", "followers", "following", "posts" });

            migrationBuilder.CreateIndex(
                name: "IX_crawls_account_id_status",
                table: "crawls",
                columns: new[] { "account_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_crawls_status",
                table: "crawls",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_crawl_id",
                table: "follow_changes",
                column: "crawl_id");

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_profile_pk",
                table: "follow_changes",
                column: "profile_pk");

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_target_id_list_crawl_id",
                table: "follow_changes",
                columns: new[] { "target_id", "list", "crawl_id" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_changes_target_id_list_profile_pk_crawl_id",
                table: "follow_changes",
                columns: new[] { "target_id", "list", "profile_pk", "crawl_id" });

            migrationBuilder.CreateIndex(
                name: "IX_follower_edges_profile_pk",
                table: "follower_edges",
                column: "profile_pk");

            migrationBuilder.CreateIndex(
                name: "IX_following_edges_profile_pk",
                table: "following_edges",
                column: "profile_pk");

            migrationBuilder.CreateIndex(
                name: "IX_profile_events_account_id_at",
                table: "profile_events",
                columns: new[] { "account_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_profiles_full_name_trgm",
                table: "profiles",
                column: "full_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_profiles_username",
                table: "profiles",
                column: "username");

            migrationBuilder.CreateIndex(
                name: "IX_profiles_username_trgm",
                table: "profiles",
                column: "username")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_request_ledger_at",
                table: "request_ledger",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_request_ledger_session_key_at",
                table: "request_ledger",
                columns: new[] { "session_key", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_staged_profiles_crawl_id",
                table: "staged_profiles",
                column: "crawl_id");

            migrationBuilder.Sql(EdgeTables.CreateViewsSql); // readers' views of the edge tables (Followers/EdgeTables.cs)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW followers; DROP VIEW following;");

            migrationBuilder.DropTable(
                name: "alert_deliveries");

            migrationBuilder.DropTable(
                name: "alert_global_rules");

            migrationBuilder.DropTable(
                name: "alert_rules");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "count_points");

            migrationBuilder.DropTable(
                name: "follow_changes");

            migrationBuilder.DropTable(
                name: "follower_edges");

            migrationBuilder.DropTable(
                name: "following_edges");

            migrationBuilder.DropTable(
                name: "ignored_profiles");

            migrationBuilder.DropTable(
                name: "instagram_sessions");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "profile_events");

            migrationBuilder.DropTable(
                name: "request_ledger");

            migrationBuilder.DropTable(
                name: "staged_profiles");

            migrationBuilder.DropTable(
                name: "alert_channels");

            migrationBuilder.DropTable(
                name: "alert_outbox");

            migrationBuilder.DropTable(
                name: "profiles");

            migrationBuilder.DropTable(
                name: "crawls");

            migrationBuilder.DropTable(
                name: "accounts");
        }
    }
}
