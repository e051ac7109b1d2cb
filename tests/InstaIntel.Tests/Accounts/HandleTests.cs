using System.Text.Json;
using InstaIntel.Api.Accounts;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Accounts;

public sealed class HandleTests
{
    /// <summary>Shared with the client's parseHandle (client/tests/handle.test.ts): both read every handle the same way, with the same message.</summary>
    private sealed record HandleCase(string Input, string? Username, string? Error);

    private static readonly List<HandleCase> Cases = JsonSerializer.Deserialize<List<HandleCase>>(
        File.ReadAllText(Path.Combine(RepoRoot.Find(), "tests", "cases", "handles.json")), JsonSerializerOptions.Web) ?? [];

    public static TheoryData<string, string> Understood => Rows(c => c.Username);

    public static TheoryData<string, string> Refused => Rows(c => c.Error);

    private static TheoryData<string, string> Rows(Func<HandleCase, string?> expected)
    {
        var rows = new TheoryData<string, string>();
        foreach (var c in Cases)
            if (expected(c) is { } value) rows.Add(c.Input, value);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Understood))]
    public void Understands_what_people_paste(string input, string expected)
    {
        Assert.True(Handle.TryParse(input, out var username, out var error), error);
        Assert.Equal(expected, username);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_anything_else_with_a_specific_reason(string input, string reason)
    {
        Assert.False(Handle.TryParse(input, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void Nothing_at_all_asks_for_a_username()
    {
        Assert.False(Handle.TryParse(null, out _, out var error));
        Assert.Equal("Enter an Instagram username, @username or profile URL.", error);
    }
}
