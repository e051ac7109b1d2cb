using InstaIntel.Api.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace InstaIntel.Tests.Security;

public sealed class UnlockThrottleTests
{
    private readonly FakeTimeProvider clock = new();
    private readonly UnlockThrottle throttle;

    public UnlockThrottleTests()
    {
        var options = new SecurityOptions { UnlockDelay = TimeSpan.FromSeconds(1), MaxUnlockDelay = TimeSpan.FromSeconds(10) };
        throttle = new UnlockThrottle(clock, new StaticOptions(options));
    }

    [Fact]
    public void Each_wrong_passphrase_doubles_the_wait_up_to_the_maximum()
    {
        var waits = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var wait = throttle.Failed("100.64.0.7");
            waits.Add(wait.TotalSeconds);
            Assert.Equal(wait, throttle.Wait("100.64.0.7"));
            clock.Advance(wait);
            Assert.Equal(TimeSpan.Zero, throttle.Wait("100.64.0.7"));
        }
        Assert.Equal([1, 2, 4, 8, 10, 10], waits);
    }

    [Fact]
    public void Clients_are_counted_apart_and_a_right_passphrase_starts_over()
    {
        throttle.Failed("100.64.0.7");
        throttle.Failed("100.64.0.7");
        Assert.Equal(TimeSpan.Zero, throttle.Wait("100.64.0.8"));
        Assert.Equal(TimeSpan.FromSeconds(2), throttle.Wait("100.64.0.7"));

        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(TimeSpan.FromSeconds(0.5), throttle.Wait("100.64.0.7"));

        throttle.Succeeded("100.64.0.7");
        Assert.Equal(TimeSpan.Zero, throttle.Wait("100.64.0.7"));
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.Failed("100.64.0.7"));
    }

    [Fact]
    public void Passphrase_hashes_are_argon2id_salted_and_verify_only_the_right_passphrase()
    {
        var hash = PassphraseHash.Create("correct horse", memoryKib: 1024, iterations: 1);
        Assert.StartsWith("$argon2id$v=19$m=1024,t=1,p=1$", hash);
        Assert.NotEqual(hash, PassphraseHash.Create("correct horse", memoryKib: 1024, iterations: 1));
        Assert.True(PassphraseHash.Verify("correct horse", hash));
        Assert.False(PassphraseHash.Verify("correct horse ", hash));
        Assert.False(PassphraseHash.Verify("correct horse", "not a hash"));
    }

    private sealed class StaticOptions(SecurityOptions value) : IOptionsMonitor<SecurityOptions>
    {
        public SecurityOptions CurrentValue => value;
        public SecurityOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<SecurityOptions, string?> listener) => null;
    }
}
