using System.IO.Compression;
using System.Text;
using InstaIntel.Api.Archives;
using static InstaIntel.Tests.Archives.ArchiveFixtures;

namespace InstaIntel.Tests.Archives;

public sealed class ArchiveReaderTests
{
    private static readonly ArchiveReader Reader = new(new ArchiveOptions());
    private const string Lists = "connections/followers_and_following/";

    private static Task<Archive> ReadAsync(MemoryStream zip, string name = "instagram-ada.lane-2026-11-20-Xy3kQp.zip", ArchiveReader? reader = null) =>
        (reader ?? Reader).ReadZipAsync(zip, name, CancellationToken.None);

    private static string[] Names(Archive archive, ArchiveList list) => [.. archive[list].Select(p => p.Username).Order()];

    [Fact]
    public async Task Reads_the_json_archive_of_today_with_split_follower_files()
    {
        var archive = await ReadAsync(Zip(
            (Lists + "followers_1.json", FollowersJson("bo.reed", "cy_marsh")),
            (Lists + "followers_2.json", FollowersJson("dee.fox")),
            (Lists + "following.json", FollowingJson("bo.reed", "eli_north")),
            (Lists + "pending_follow_requests.json", ListJson("relationships_follow_requests_sent", "fay.hill")),
            (Lists + "recently_unfollowed_profiles.json", ListJson("relationships_unfollowed_users", "gus_pine")),
            (Lists + "close_friends.json", ListJson("relationships_close_friends", "bo.reed")),
            ("media/posts/202511/photo.jpg", "not a list")));

        Assert.Equal(["bo.reed", "cy_marsh", "dee.fox"], Names(archive, ArchiveList.Followers));
        Assert.Equal(["bo.reed", "eli_north"], Names(archive, ArchiveList.Following));
        Assert.Equal(["fay.hill"], Names(archive, ArchiveList.PendingFollowRequests));
        Assert.Equal(["gus_pine"], Names(archive, ArchiveList.RecentlyUnfollowed));
        Assert.Equal(["bo.reed"], Names(archive, ArchiveList.CloseFriends));
        Assert.Equal(Since.AddMinutes(1), archive[ArchiveList.Followers].Single(p => p.Username == "cy_marsh").Since);
        Assert.Equal(Since.AddMinutes(1), archive[ArchiveList.Following].Single(p => p.Username == "eli_north").Since);
        Assert.Equal(("ada.lane", new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), ArchiveFormat.Json), (archive.Owner, archive.ExportedAt, archive.Format));
    }

    [Fact]
    public async Task Reads_the_older_top_level_layout_and_takes_the_owner_from_the_profile_file()
    {
        var archive = await ReadAsync(Zip(
            ("followers_and_following/followers.json", FollowersJson("hal.snow")),
            ("followers_and_following/following.json", ListJson("relationships_following", "ivy.stone")),
            ("personal_information/personal_information/personal_information.json", ProfileJson("Jo.Banks"))), name: "download.zip");

        Assert.Equal(["hal.snow"], Names(archive, ArchiveList.Followers));
        Assert.Equal(["ivy.stone"], Names(archive, ArchiveList.Following));
        Assert.Equal("jo.banks", archive.Owner);
        Assert.Null(archive.ExportedAt);
    }

    [Fact]
    public async Task Reads_the_html_archive_with_deeplinks_and_english_dates()
    {
        var archive = await ReadAsync(Zip(
            ("instagram-ada.lane-2026-11-20-Xy3kQp/" + Lists + "followers_1.html", FollowersHtml(["kit.lowe", "lu_ray"])),
            ("instagram-ada.lane-2026-11-20-Xy3kQp/" + Lists + "following.html", FollowingHtml(["kit.lowe", "mo.vance"]))), name: "upload.zip");

        Assert.Equal(ArchiveFormat.Html, archive.Format);
        Assert.Equal(["kit.lowe", "lu_ray"], Names(archive, ArchiveList.Followers));
        Assert.Equal(["kit.lowe", "mo.vance"], Names(archive, ArchiveList.Following));
        Assert.Equal(Since.AddMinutes(1), archive[ArchiveList.Following].Single(p => p.Username == "mo.vance").Since);
        Assert.Equal("ada.lane", archive.Owner);
    }

    [Fact]
    public async Task Reads_loose_files_picked_from_an_unpacked_archive()
    {
        var files = new (string, Func<Stream>)[]
        {
            ("followers_1.json", () => new MemoryStream(Encoding.UTF8.GetBytes(FollowersJson("ned.park")))),
            ("following.json", () => new MemoryStream(Encoding.UTF8.GetBytes(FollowingJson("ora.quinn")))),
            ("notes.txt", () => new MemoryStream()),
        };
        var archive = await Reader.ReadFilesAsync(files, CancellationToken.None);

        Assert.Equal(["ned.park"], Names(archive, ArchiveList.Followers));
        Assert.Equal(["ora.quinn"], Names(archive, ArchiveList.Following));
        Assert.Null(archive.Owner);
    }

    [Fact]
    public async Task Entries_without_a_valid_username_are_left_out()
    {
        const string json = """[{"string_list_data":[{"href":"https://www.instagram.com/explore/","value":"not a name!","timestamp":1}]},{"title":"pat.ross","string_list_data":[]}]""";
        var archive = await ReadAsync(Zip((Lists + "followers_1.json", json)));
        Assert.Equal(["pat.ross"], Names(archive, ArchiveList.Followers));
        Assert.Null(archive[ArchiveList.Followers].Single().Since);
    }

    [Fact]
    public async Task Not_a_zip_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("hello, this is text"))));
        Assert.Equal(ArchiveProblem.NotAnArchive, error.Problem);
        Assert.False(ArchiveReader.IsZip("hello"u8));
        Assert.True(ArchiveReader.IsZip(Zip((Lists + "followers_1.json", "[]")).ToArray()));
    }

    [Fact]
    public async Task A_zip_cut_short_is_refused_as_truncated()
    {
        var whole = Zip((Lists + "followers_1.json", FollowersJson("bo.reed"))).ToArray();
        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(new MemoryStream(whole[..(whole.Length / 2)])));
        Assert.Equal(ArchiveProblem.Truncated, error.Problem);
        Assert.Contains("cut short", error.Message);
    }

    [Fact]
    public async Task A_list_file_cut_short_is_refused_naming_the_file()
    {
        var json = FollowersJson("bo.reed", "cy_marsh");
        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(Zip((Lists + "followers_1.json", json[..(json.Length - 10)]))));
        Assert.Equal(ArchiveProblem.Truncated, error.Problem);
        Assert.Contains("followers_1.json", error.Message);
    }

    [Fact]
    public async Task An_entry_pointing_outside_the_archive_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(Zip(
            (Lists + "followers_1.json", FollowersJson("bo.reed")), ("../../etc/cron.d/evil", "x"))));
        Assert.Equal(ArchiveProblem.UnsafePath, error.Problem);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(Lists + "followers_1.json", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) entry.Write(zeros);
        }
        bomb.Position = 0;

        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(bomb));
        Assert.Equal(ArchiveProblem.TooLarge, error.Problem);
    }

    [Fact]
    public async Task Lists_larger_than_the_setting_are_refused()
    {
        var small = new ArchiveReader(new ArchiveOptions { MaxUnpackedBytes = 100 });
        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(Zip((Lists + "followers_1.json", FollowersJson("bo.reed", "cy_marsh", "dee.fox"))), reader: small));
        Assert.Equal(ArchiveProblem.TooLarge, error.Problem);
        Assert.Contains("Imports:MaxUnpackedBytes", error.Message);
    }

    [Fact]
    public async Task An_archive_of_media_only_says_which_part_to_request()
    {
        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(Zip(("media/posts/202511/photo.jpg", "jpeg"), ("your_instagram_activity/likes/liked_posts.json", "{}"))));
        Assert.Equal(ArchiveProblem.NoRelations, error.Problem);
        Assert.Contains("Followers and following", error.Message);
    }

    [Fact]
    public async Task A_person_whose_html_date_cannot_be_read_is_kept_without_a_date()
    {
        var archive = await ReadAsync(Zip(
            (Lists + "followers_1.html", FollowersHtml(["bo.reed", "cy_marsh"], date: d => d.Minute == 26 ? "14 Brachet 2025 09:26" : HtmlDates.Russian(d)))));

        Assert.Equal(["bo.reed", "cy_marsh"], Names(archive, ArchiveList.Followers));
        Assert.Null(archive[ArchiveList.Followers].Single(p => p.Username == "bo.reed").Since);
        Assert.Equal(Since.AddMinutes(1), archive[ArchiveList.Followers].Single(p => p.Username == "cy_marsh").Since);
    }

    [Theory]
    [InlineData("href", 2000)]
    [InlineData("value", 300)]
    [InlineData("title", 2000)]
    public async Task A_field_longer_than_any_instagram_writes_refuses_the_file_naming_it(string field, int length)
    {
        var entry = new Dictionary<string, object> { ["title"] = "", ["string_list_data"] = new[] { new Dictionary<string, object> { ["href"] = "https://www.instagram.com/bo.reed", ["value"] = "bo.reed", ["timestamp"] = 1 } } };
        if (field == "title") entry["title"] = new string('t', length);
        else ((Dictionary<string, object>[])entry["string_list_data"])[0][field] = new string('x', length);

        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(Zip((Lists + "followers_2.json", System.Text.Json.JsonSerializer.Serialize(new[] { entry })))));

        Assert.Equal(ArchiveProblem.Malformed, error.Problem);
        Assert.Contains(Lists + "followers_2.json", error.Message);
        Assert.Contains($"\"{field}\"", error.Message);
    }

    [Fact]
    public async Task Lists_naming_more_people_than_the_setting_are_refused()
    {
        var capped = new ArchiveReader(new ArchiveOptions { MaxPeople = 3 });
        var error = await Assert.ThrowsAsync<ArchiveException>(() => ReadAsync(Zip(
            (Lists + "followers_1.json", FollowersJson("bo.reed", "cy_marsh")), (Lists + "following.json", FollowingJson("dee.fox", "eli_north"))), reader: capped));
        Assert.Equal(ArchiveProblem.TooLarge, error.Problem);
        Assert.Contains("Imports:MaxPeople", error.Message);
    }

    [Fact]
    public async Task The_owner_is_read_from_the_profile_file_whatever_else_it_holds()
    {
        const string profile = """{"profile_user":[{"media_map_data":{"Profile Photo":{"uri":"a.jpg","title":"","creation_timestamp":1}},"string_map_data":{"Email":{"href":"","value":"x@example.com","timestamp":0},"Username":{"href":"","value":"Fae.Moss","timestamp":0}}}]}""";
        var archive = await ReadAsync(Zip((Lists + "followers_1.json", FollowersJson("bo.reed")), ("personal_information/personal_information/personal_information.json", profile)), name: "x.zip");
        Assert.Equal("fae.moss", archive.Owner);
    }

    [Theory]
    [InlineData("followers_12.json", ArchiveList.Followers, ArchiveFormat.Json)]
    [InlineData("following.html", ArchiveList.Following, ArchiveFormat.Html)]
    [InlineData("blocked_profiles.json", ArchiveList.Blocked, ArchiveFormat.Json)]
    [InlineData("restricted_profiles.json", ArchiveList.Restricted, ArchiveFormat.Json)]
    [InlineData("removed_suggestions.html", ArchiveList.RemovedSuggestions, ArchiveFormat.Html)]
    public void File_names_map_to_lists(string fileName, ArchiveList list, ArchiveFormat format)
    {
        Assert.True(ArchiveLists.TryFromFileName(fileName, out var found, out var foundFormat));
        Assert.Equal((list, format), (found, foundFormat));
    }

    [Theory]
    [InlineData("followers_.json")]
    [InlineData("followers.txt")]
    [InlineData("liked_posts.json")]
    public void Other_files_are_not_lists(string fileName) => Assert.False(ArchiveLists.TryFromFileName(fileName, out _, out _));
}
