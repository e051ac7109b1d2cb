namespace InstaIntel.Simulator;

/// <summary>
/// What happens to a follower list in one night: new followers (at the top, since lists come newest first), people
/// who unfollow, people who left earlier and follow again (at the top again), renames (same pk, new username, same
/// place) and deactivations (gone from the list and the count, and from profile lookups).
/// </summary>
public sealed record Night(int Joins = 0, int Leaves = 0, int Refollows = 0, int Renames = 0, int Deactivations = 0, int Seed = 0);

/// <summary>Who a night changed, by pk.</summary>
public sealed record NightResult(long[] Joined, long[] Left, long[] Refollowed, long[] Renamed, long[] Deactivated);

/// <summary>
/// One target's follower history: who left (and may come back), who deactivated, the next new pk. Nights are
/// deterministic for a seed, so a test or the bench can replay the same history.
/// </summary>
public sealed class FollowerHistory(long nextPk)
{
    private readonly List<long> left = [];
    private readonly Dictionary<long, int> renames = [];
    private long next = nextPk;

    /// <summary>Everyone who ever deactivated here (the world answers "user not found" for them).</summary>
    public HashSet<long> Deactivated { get; } = [];
    public IReadOnlyCollection<long> Left => left;

    public (List<SimUser> Followers, NightResult Result) Apply(IReadOnlyList<SimUser> current, Night night)
    {
        var random = new Random(night.Seed);
        var list = current.ToList();
        var leaving = Pick(random, list.Count, night.Leaves + night.Deactivations);
        var left = leaving.Take(night.Leaves).Select(i => list[i].Pk).ToArray();
        var deactivated = leaving.Skip(night.Leaves).Select(i => list[i].Pk).ToArray();

        var renamed = new List<long>();
        foreach (var i in Pick(random, list.Count, night.Renames).Where(i => !leaving.Contains(i)))
        {
            var pk = list[i].Pk;
            renames[pk] = renames.GetValueOrDefault(pk) + 1;
            list[i] = Person(pk);
            renamed.Add(pk);
        }
        list = list.Where((_, i) => !leaving.Contains(i)).ToList();

        var refollowed = this.left.OrderBy(_ => random.Next()).Take(night.Refollows).ToArray();
        foreach (var pk in refollowed) this.left.Remove(pk);
        var joined = Enumerable.Range(0, night.Joins).Select(_ => next++).ToArray();

        this.left.AddRange(left);
        foreach (var pk in deactivated) Deactivated.Add(pk);
        // Newest first: tonight's follows, in random order among themselves, go on top.
        var top = joined.Concat(refollowed).OrderBy(_ => random.Next()).Select(Person).ToList();
        return ([.. top, .. list], new NightResult(joined, left, refollowed, [.. renamed], deactivated));
    }

    /// <summary>The person as they are now: a rename appends `.v2`, `.v3`… to the handle.</summary>
    public SimUser Person(long pk)
    {
        var person = World.Person(pk);
        return renames.TryGetValue(pk, out var times) ? person with { Username = $"{person.Username}.v{times + 1}" } : person;
    }

    private static HashSet<int> Pick(Random random, int count, int take)
    {
        var picked = new HashSet<int>();
        take = Math.Min(take, count);
        while (picked.Count < take) picked.Add(random.Next(count));
        return picked;
    }
}
