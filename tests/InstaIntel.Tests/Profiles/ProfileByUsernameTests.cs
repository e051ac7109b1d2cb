using InstaIntel.Api.Archives;
using InstaIntel.Tests.Archives;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Profiles;

/// <summary>`profile(username:)`: the page of someone an archive brought in, who has no Instagram id until a crawl lists them.</summary>
[Trait("Database", "RunDefault")]
public sealed class ProfileByUsernameTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Query = """
        query($username: String) {
          profile(username: $username) {
            pk username
            relations { account { username } followsAccount followedByAccount followsAccountSince followedByAccountSince }
          }
        }
        """;

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..24];

    private Task ImportAsync(string owner, string[] followers, string[] following) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<ArchiveImport>().ImportAsync(new Archive("ignored", new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), ArchiveFormat.Json,
            new Dictionary<ArchiveList, IReadOnlyList<ArchivedPerson>>
            {
                [ArchiveList.Followers] = [.. followers.Select((u, i) => new ArchivedPerson(u, ArchiveFixtures.Since.AddDays(i)))],
                [ArchiveList.Following] = [.. following.Select((u, i) => new ArchivedPerson(u, ArchiveFixtures.Since.AddDays(30 + i)))],
            }), owner, CancellationToken.None));

    [Fact]
    public async Task A_person_known_only_from_an_archive_is_found_by_username_with_since_when_they_follow()
    {
        var (owner, fan, friend) = (Unique("own"), Unique("fan."), Unique("friend_"));
        await ImportAsync(owner, [fan, friend], [friend]);

        var data = await app.GraphQL().DataAsync(Query, new { username = $"@{friend.ToUpperInvariant()}" });

        var profile = data["profile"]!;
        Assert.Equal(friend, profile["username"]!.GetValue<string>());
        Assert.True(UsernameOnlyProfiles.Is(profile["pk"]!.GetValue<long>()));
        var relation = Assert.Single(profile["relations"]!.AsArray())!;
        Assert.Equal((owner, true, true), (relation["account"]!["username"]!.GetValue<string>(),
            relation["followsAccount"]!.GetValue<bool>(), relation["followedByAccount"]!.GetValue<bool>()));
        Assert.Equal(ArchiveFixtures.Since.AddDays(1), relation["followsAccountSince"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(ArchiveFixtures.Since.AddDays(30), relation["followedByAccountSince"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [Fact]
    public async Task A_username_nobody_was_seen_with_finds_nobody()
    {
        var data = await app.GraphQL().DataAsync(Query, new { username = Unique("nobody") });

        Assert.Null(data["profile"]);
    }

    [Fact]
    public async Task Profile_wants_exactly_one_of_pk_and_username()
    {
        var result = await app.GraphQL().QueryAsync("{ profile(pk: 1, username: \"a\") { pk } }");

        Assert.Equal("PROFILE_KEY", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
