namespace InstaIntel.Simulator;

public sealed record SimUser(long Pk, string Username, string FullName, bool IsPrivate, bool IsVerified)
{
    /// <summary>
    /// A small picture the simulator makes itself (a coloured disc with the initial), inline as a data URL: a demo
    /// never asks Instagram's CDN for anything, and the picture shows wherever the dashboard is opened from.
    /// </summary>
    public string ProfilePicUrl => Avatar.DataUrl(Pk, Username);
}

public static class Avatar
{
    public static string DataUrl(long pk, string username)
    {
        var hue = (int)((ulong)pk * 2654435761UL % 360);
        var initial = username.FirstOrDefault(char.IsLetterOrDigit) is var c and not '\0' ? char.ToUpperInvariant(c).ToString() : "?";
        var svg = $"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' fill='hsl({hue},55%,42%)'/>"
            + $"<text x='32' y='42' font-family='sans-serif' font-size='28' text-anchor='middle' fill='white'>{initial}</text></svg>";
        return "data:image/svg+xml," + Uri.EscapeDataString(svg);
    }
}

/// <summary>A brand's counts on a day: a steady trend with a deterministic wobble, the same for the same day on every run.</summary>
public sealed record BrandCounts(int Followers, int Following, int Posts)
{
    public static BrandCounts On(DateTime at, int size, double trendPerDay, int seed)
    {
        var day = (int)(at.Date - new DateTime(2026, 1, 1)).TotalDays;
        var wobble = Math.Sin(day * 0.7 + seed) * 0.004;
        var followers = (int)Math.Max(10, size * Math.Pow(1 + trendPerDay, Math.Clamp(day, -2_000, 2_000) / 10.0) * (1 + wobble));
        return new BrandCounts(followers, 150 + seed % 400 + day % 7, 300 + seed + day / 2);
    }
}

/// <summary>
/// A target whose lists the simulator serves, newest first as Instagram serves them. Followers may change with each
/// profile lookup (a new crawl) or through <see cref="Edit"/> (the admin endpoints). The follower count Instagram
/// shows is the list's length plus <see cref="HiddenFollowers"/>: accounts it counts but does not list.
/// </summary>
public sealed class SimTarget(SimUser user, Func<int, IReadOnlyList<SimUser>> followers, IReadOnlyList<SimUser> following, int hiddenFollowers = 0)
{
    private int lookups;
    private IReadOnlyList<SimUser>? edited;

    public SimUser User { get; set; } = user;
    /// <summary>Counts that move by the day without lists behind them (the demo brands); null for targets whose lists are served.</summary>
    public Func<DateTime, BrandCounts>? Counts { get; init; }
    public string Biography { get; set; } = "";
    public IReadOnlyList<SimUser> Following { get; } = following;
    public int HiddenFollowers { get; } = hiddenFollowers;
    /// <summary>Generation 0 until the second lookup; each later lookup moves one generation on.</summary>
    public int Generation => Math.Max(0, Volatile.Read(ref lookups) - 1);
    public IReadOnlyList<SimUser> Followers => Volatile.Read(ref edited) ?? followers(Generation);
    public int FollowerCount => Followers.Count + HiddenFollowers;
    public void LookedUp() => Interlocked.Increment(ref lookups);

    /// <summary>Replaces the follower list with what <paramref name="change"/> makes of it (from then on generations no longer apply).</summary>
    public void Edit(Func<IReadOnlyList<SimUser>, IReadOnlyList<SimUser>> change)
    {
        lock (this) Volatile.Write(ref edited, change(Followers));
    }
}

/// <summary>
/// The deterministic world: the same pks, names and lists on every run.
/// demo_small 1,200 followers / 800 following / 300 mutual; demo_large 100,000 / 1,000; demo_private (lists only for
/// a session that follows it); demo_growth, whose followers gain about 5% and lose about 2% per crawl, with renames,
/// a deactivation and re-follows each time, and a count three above its list. Tests and the bench add targets and
/// nights through <see cref="AddTarget"/> and <see cref="Advance"/>.
/// </summary>
public sealed class World
{
    private readonly Dictionary<string, SimTarget> byUsername = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, SimTarget> byPk = [];
    private readonly Dictionary<long, FollowerHistory> histories = [];
    private long nextTargetPk = 5_000;

    public World()
    {
        Add(Target(1_001, "demo_small", "Demo Small", followers: People(10_000_000, 1_200), following: People(10_000_000, 300).Concat(People(10_100_000, 500)).ToList()));
        Add(Target(1_002, "demo_large", "Demo Large", followers: People(20_000_000, 100_000), following: People(20_500_000, 1_000)));
        Add(Target(1_003, "demo_private", "Demo Private", followers: People(30_000_000, 500), following: People(30_100_000, 200), isPrivate: true));
        var growth = new GrowingList(People(40_000_000, 1_000), histories[1_004] = new FollowerHistory(nextPk: 40_000_000 + 1_000));
        Add(new SimTarget(new SimUser(1_004, "demo_growth", "Demo Growth", false, true), growth.At, People(40_500_000, 150), hiddenFollowers: 3));
        foreach (var user in People(10_000_000, 3)) Add(Target(user.Pk, user.Username, user.FullName, [], []));
        for (var i = 1; i <= BrandCount; i++) Add(Brand(i));
    }

    /// <summary>demo_brand_001 … demo_brand_500: accounts to watch at the counts level, each with its own size and trend.</summary>
    public const int BrandCount = 500;

    private static SimTarget Brand(int i)
    {
        var size = 2_000 + (int)((ulong)i * 2654435761UL % 500_000);
        var trend = ((int)((ulong)i * 40503UL % 41) - 12) / 1000.0; // −1.2% … +2.8% every ten days
        var user = new SimUser(5_000_000 + i, $"demo_brand_{i:000}", $"Demo Brand {i}", false, i % 10 == 0);
        return new SimTarget(user, _ => [], []) { Counts = day => BrandCounts.On(day, size, trend, i), Biography = $"Brand number {i}" };
    }

    /// <summary>Renames a target, as a person renaming their account: the old name no longer answers.</summary>
    public bool Rename(string from, string to)
    {
        if (Find(from) is not { } target || Find(to) is not null) return false;
        byUsername.Remove(from);
        target.User = target.User with { Username = to };
        byUsername[to] = target;
        return true;
    }

    public SimTarget? Find(string username) => byUsername.GetValueOrDefault(username);
    public SimTarget? Find(long pk) => byPk.GetValueOrDefault(pk);

    /// <summary>Whether a follower deactivated their account under any target (Instagram then says "user not found").</summary>
    public bool IsDeactivated(long pk)
    {
        lock (histories) return histories.Values.Any(h => h.Deactivated.Contains(pk));
    }

    private readonly HashSet<(long Pk, long ViewerPk)> blocks = [];

    /// <summary>Someone blocks the account <paramref name="viewerPk"/>: they vanish from its lists and its look-ups, not from anyone else's.</summary>
    public void Block(long pk, long viewerPk)
    {
        lock (blocks) blocks.Add((pk, viewerPk));
    }

    public bool AnyBlocks
    {
        get { lock (blocks) return blocks.Count > 0; }
    }

    public bool Blocks(long pk, long? viewerPk)
    {
        lock (blocks) return viewerPk is { } viewer && blocks.Contains((pk, viewer));
    }

    /// <summary>Whoever has this id, as a look-up by id finds them now (renamed or not); null for a deactivated account.</summary>
    public SimUser? Lookup(long pk)
    {
        if (IsDeactivated(pk)) return null;
        if (Find(pk) is { } target) return target.User;
        lock (histories) return histories.Values.Select(h => h.Person(pk)).FirstOrDefault(p => p.Username != Person(pk).Username) ?? Person(pk);
    }

    /// <summary>A new public target with <paramref name="followers"/> followers (newest first) and a count <paramref name="hidden"/> above the list.</summary>
    public SimTarget AddTarget(string username, int followers, int hidden = 0)
    {
        lock (histories)
        {
            if (byUsername.ContainsKey(username)) throw new InvalidOperationException($"@{username} exists already.");
            var pk = nextTargetPk++;
            var firstPk = 60_000_000 + (pk - 5_000) * 10_000_000;
            var target = new SimTarget(new SimUser(pk, username, username, false, false), _ => People(firstPk, followers), [], hidden);
            target.Edit(list => list);
            histories[pk] = new FollowerHistory(firstPk + followers);
            Add(target);
            return target;
        }
    }

    /// <summary>Lets one night pass on a target's followers.</summary>
    public NightResult Advance(SimTarget target, Night night)
    {
        lock (histories)
        {
            var history = histories.TryGetValue(target.User.Pk, out var h) ? h : histories[target.User.Pk] = new FollowerHistory(NextPkAfter(target));
            NightResult result = null!;
            target.Edit(list =>
            {
                var (followers, r) = history.Apply(list, night);
                result = r;
                return followers;
            });
            return result;
        }
    }

    /// <summary>New followers of a built-in target get pks above everyone it lists, away from the other targets' ranges.</summary>
    private static long NextPkAfter(SimTarget target) => target.Followers.Concat(target.Following).Max(u => (long?)u.Pk) + 1_000_000 ?? 90_000_000;

    private void Add(SimTarget target)
    {
        byUsername[target.User.Username] = target;
        byPk[target.User.Pk] = target;
    }

    private static SimTarget Target(long pk, string username, string fullName, IReadOnlyList<SimUser> followers, IReadOnlyList<SimUser> following, bool isPrivate = false) =>
        new(new SimUser(pk, username, fullName, isPrivate, false), _ => followers, following);

    private static readonly string[] FirstNames = ["Ana", "Bo", "Chen", "Dara", "Émile", "Femi", "Gül", "Hana", "Ivo", "Jules", "Kai", "Léa", "Mo", "Nia", "Omar", "Pia"];
    private static readonly string[] Words = ["sun", "sea", "ink", "fox", "oak", "jazz", "pixel", "moss", "tide", "ember"];

    public static SimUser Person(long pk)
    {
        var n = (int)(pk % 9973);
        var username = $"{Words[n % Words.Length]}.{FirstNames[n % FirstNames.Length].ToLowerInvariant().Replace("é", "e").Replace("ü", "u").Replace("ë", "e")}_{pk}";
        var fullName = n % 17 == 0 ? "" : $"{FirstNames[n % FirstNames.Length]} {char.ToUpperInvariant(Words[(n / 7) % Words.Length][0])}{Words[(n / 7) % Words.Length][1..]}{(n % 23 == 0 ? " 🌊" : "")}";
        return new SimUser(pk, username, fullName, IsPrivate: n % 5 == 0, IsVerified: n % 97 == 0);
    }

    private static List<SimUser> People(long firstPk, int count) => Enumerable.Range(0, count).Select(i => Person(firstPk + i)).ToList();

    /// <summary>
    /// A follower list that, each generation, gains 5% new followers, loses about 2% (one of them deactivating), has
    /// three renamed and, from the second change on, two who left earlier following again.
    /// </summary>
    private sealed class GrowingList(List<SimUser> initial, FollowerHistory history)
    {
        private readonly List<IReadOnlyList<SimUser>> generations = [initial];

        public IReadOnlyList<SimUser> At(int generation)
        {
            lock (generations)
            {
                while (generations.Count <= generation)
                {
                    var current = generations[^1];
                    var night = new Night(Joins: current.Count / 20, Leaves: current.Count / 50 - 1, Refollows: generations.Count >= 2 ? 2 : 0,
                        Renames: 3, Deactivations: 1, Seed: generations.Count);
                    generations.Add(history.Apply(current, night).Followers);
                }
                return generations[generation];
            }
        }
    }
}
