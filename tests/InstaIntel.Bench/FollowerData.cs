using InstaIntel.Api.Ingest;

namespace InstaIntel.Bench;

/// <summary>
/// Deterministic follower lists that look like Instagram's: random 64-bit pks (so inserts land all over the
/// B-trees, as real crawls do), unique usernames in a few common shapes, and long CDN picture URLs.
/// </summary>
public sealed class FollowerData(int seed)
{
    private static readonly string[] First =
        ["anna", "marco", "julia", "lukas", "sofia", "ahmed", "mia", "noah", "elena", "david", "sara", "jonas",
         "lea", "omar", "chloe", "ivan", "nina", "paul", "yuki", "lina", "tom", "emma", "leon", "maria", "ben"];
    private static readonly string[] Last =
        ["schmidt", "rossi", "garcia", "muller", "kowalski", "nguyen", "silva", "smith", "weber", "fischer",
         "costa", "meyer", "novak", "jensen", "martin", "lopez", "wagner", "becker", "ivanova", "haddad"];
    private static readonly string[] Words =
        ["travel", "photo", "fit", "food", "art", "daily", "vibes", "music", "coffee", "style", "moto", "surf"];

    private readonly Random random = new(seed);
    private readonly HashSet<long> usedPks = [];
    private int nextIndex;

    /// <summary>A first crawl's list, in crawl order.</summary>
    public List<ProfileData> Crawl(int count)
    {
        var list = new List<ProfileData>(count);
        for (var i = 0; i < count; i++) list.Add(NewProfile());
        return list;
    }

    /// <summary>The next crawl of the same target: <paramref name="lost"/> followers gone, <paramref name="added"/> new ones on top.</summary>
    public List<ProfileData> NextCrawl(List<ProfileData> previous, int lost, int added)
    {
        var gone = new HashSet<int>();
        while (gone.Count < lost) gone.Add(random.Next(previous.Count));
        var list = new List<ProfileData>(previous.Count - lost + added);
        for (var i = 0; i < added; i++) list.Add(NewProfile());
        list.AddRange(previous.Where((_, i) => !gone.Contains(i)));
        return list;
    }

    private ProfileData NewProfile()
    {
        long pk;
        do pk = random.NextInt64(1_000_000, 80_000_000_000); while (!usedPks.Add(pk));

        var i = nextIndex++;
        var first = Pick(First);
        var last = Pick(Last);
        var username = random.Next(100) switch
        {
            < 35 => $"user_{i:D6}",
            < 60 => $"{first}.{last}{i}",
            < 80 => $"{first}_{Pick(Words)}{i}",
            _ => $"{Pick(Words)}.{Pick(Words)}.{i}",
        };
        var fullName = random.Next(100) < 12 ? "" : $"{Capitalize(first)} {Capitalize(last)}";
        var picture = random.Next(100) < 5 ? null
            : $"https://scontent-fra5-1.cdninstagram.com/v/t51.2885-19/{random.NextInt64(1L << 40)}_{random.NextInt64(1L << 50)}_n.jpg"
              + $"?stp=dst-jpg_s150x150&_nc_ht=scontent-fra5-1.cdninstagram.com&oh=00_{random.NextInt64():x16}{random.NextInt64():x16}&oe={random.Next():X8}";
        return new ProfileData(pk, username, fullName, picture, IsVerified: random.Next(1000) < 5, IsPrivate: random.Next(100) < 30);
    }

    private string Pick(string[] words) => words[random.Next(words.Length)];

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
