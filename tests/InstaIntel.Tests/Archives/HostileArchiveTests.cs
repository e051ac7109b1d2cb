using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using InstaIntel.Api.Archives;
using static InstaIntel.Tests.Archives.ArchiveFixtures;

namespace InstaIntel.Tests.Archives;

[CollectionDefinition(nameof(HostileArchiveTests), DisableParallelization = true)]
public sealed class AloneCollection;

/// <summary>Archives made to exhaust the server: they are read in bounded memory and time, and stop when the client does.</summary>
[Collection(nameof(HostileArchiveTests))]
public sealed class HostileArchiveTests
{
    private const string Lists = "connections/followers_and_following/";
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    public async Task A_list_holding_one_enormous_string_is_refused_naming_the_file_without_holding_it(string format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.zip");
        try
        {
            WriteArchiveWithHugeValue(path, format, 128 * MiB);
            await using var zip = File.OpenRead(path);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            long heapPeak = heapBefore;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(false));
                    await Task.Delay(1);
                }
            });

            var error = await Assert.ThrowsAsync<ArchiveException>(() =>
                new ArchiveReader(new ArchiveOptions()).ReadZipAsync(zip, "instagram-ada.lane-2026-11-20-Xy3kQp.zip", CancellationToken.None));
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            await sampling.CancelAsync();
            await sampler;

            Assert.Equal(ArchiveProblem.Malformed, error.Problem);
            Assert.Contains($"{Lists}followers_1.{format}", error.Message);
            Assert.True(allocated < 32 * MiB, $"reading allocated {allocated / MiB} MiB");
            Assert.True(heapPeak - heapBefore < 32 * MiB, $"the heap grew by {(heapPeak - heapBefore) / MiB} MiB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_long_html_list_is_read_in_time_that_grows_with_its_length()
    {
        var usernames = Enumerable.Range(0, 20_000).Select(i => $"fan_{i:D6}").ToArray();
        var html = Encoding.UTF8.GetBytes(FollowersHtml(usernames));

        var clock = Stopwatch.StartNew();
        var people = await HtmlLists.ReadAsync(new MemoryStream(html), "followers_1.html", CancellationToken.None);

        Assert.Equal(20_000, people.Count);
        Assert.Equal(Since.AddMinutes(19_999), people[^1].Since);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"20,000 entries took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Reading_an_html_list_stops_when_the_request_is_cancelled()
    {
        var html = Encoding.UTF8.GetBytes(FollowersHtml([.. Enumerable.Range(0, 5_000).Select(i => $"fan_{i:D6}")]));
        using var client = new CancellationTokenSource();
        // The client leaves once the whole page has been sent: only the reading is left to stop.
        var page = new LeavesAtTheEnd(html, client);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HtmlLists.ReadAsync(page, "followers_1.html", client.Token));
        Assert.True(page.Finished);
    }

    private sealed class LeavesAtTheEnd(byte[] content, CancellationTokenSource client) : MemoryStream(content)
    {
        public bool Finished { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Cancelling(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Cancelling(base.Read(buffer));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => ValueTask.FromResult(Cancelling(base.Read(buffer.Span)));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => Task.FromResult(Cancelling(base.Read(buffer, offset, count)));

        private int Cancelling(int read)
        {
            if (read == 0 && !Finished)
            {
                Finished = true;
                client.Cancel();
            }
            return read;
        }
    }

    /// <summary>
    /// `followers_1.json` whose one entry's `value` is <paramref name="length"/> bytes, or `followers_1.html` whose one
    /// date is, packed about 20× (well under the ZIP bomb cap).
    /// </summary>
    private static void WriteArchiveWithHugeValue(string path, string format, long length)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var entry = zip.CreateEntry($"{Lists}followers_1.{format}", CompressionLevel.Fastest).Open();
        entry.Write(format == "json"
            ? "[{\"title\":\"\",\"media_list_data\":[],\"string_list_data\":[{\"href\":\"https://www.instagram.com/bo.reed\",\"value\":\""u8
            : "<html><body><div><div><a href=\"https://www.instagram.com/bo.reed\">bo.reed</a></div><div>"u8);
        var chunk = new byte[MiB];
        var random = new Random(7);
        for (var i = 0; i < chunk.Length; i++) chunk[i] = i % 64 == 63 ? (byte)('a' + random.Next(26)) : (byte)'a';
        for (long written = 0; written < length; written += chunk.Length) entry.Write(chunk);
        entry.Write(format == "json" ? "\",\"timestamp\":1}]}]"u8 : "</div></div></body></html>"u8);
    }
}
