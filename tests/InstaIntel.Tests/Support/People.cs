using InstaIntel.Api.Ingest;

namespace InstaIntel.Tests.Support;

/// <summary>Deterministic profiles for tests: pk n is always the same person.</summary>
public static class People
{
    public static ProfileData Person(long pk) => new(pk, $"user_{pk:D4}", $"Person {pk}", $"https://cdn.example/{pk}.jpg",
        IsVerified: pk % 10 == 0, IsPrivate: pk % 3 == 0);

    public static IEnumerable<ProfileData> Range(long from, long to) =>
        Enumerable.Range((int)from, (int)(to - from + 1)).Select(i => Person(i));
}
