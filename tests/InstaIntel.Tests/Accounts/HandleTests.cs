using InstaIntel.Api.Accounts;

namespace InstaIntel.Tests.Accounts;

public sealed class HandleTests
{
    [Theory]
    [InlineData("natgeo", "natgeo")]
    [InlineData("@NatGeo", "natgeo")]
    [InlineData("  @nat.geo_1  ", "nat.geo_1")]
    [InlineData("https://www.instagram.com/natgeo/", "natgeo")]
    [InlineData("https://instagram.com/natgeo", "natgeo")]
    [InlineData("http://m.instagram.com/natgeo/?hl=en", "natgeo")]
    [InlineData("instagram.com/natgeo?igsh=MWQ1ZGUxMzBkMA==", "natgeo")]
    [InlineData("www.instagram.com/natgeo/reels/", "natgeo")]
    [InlineData("https://www.instagram.com/natgeo#top", "natgeo")]
    [InlineData("a", "a")]
    [InlineData("abcdefghijklmnopqrstuvwxyz1234", "abcdefghijklmnopqrstuvwxyz1234")]
    public void Understands_what_people_paste(string input, string expected)
    {
        Assert.True(Handle.TryParse(input, out var username, out var error), error);
        Assert.Equal(expected, username);
    }

    [Theory]
    [InlineData("", "Enter an Instagram username")]
    [InlineData("   ", "Enter an Instagram username")]
    [InlineData(null, "Enter an Instagram username")]
    [InlineData("nat geo", "not a valid Instagram username")]
    [InlineData("natgeo!", "not a valid Instagram username")]
    [InlineData("@@natgeo", "not a valid Instagram username")]
    [InlineData("abcdefghijklmnopqrstuvwxyz12345", "at most 30 characters")]
    [InlineData(".natgeo", "periods cannot start or end")]
    [InlineData("natgeo.", "periods cannot start or end")]
    [InlineData("nat..geo", "periods cannot start or end")]
    [InlineData("https://www.instagram.com/p/C0abc123/", "links to an Instagram page, not a profile")]
    [InlineData("https://www.instagram.com/explore/tags/cats/", "links to an Instagram page, not a profile")]
    [InlineData("https://www.instagram.com/", "links to an Instagram page, not a profile")]
    [InlineData("https://example.com/natgeo", "not an instagram.com profile URL")]
    [InlineData("https://instagram.com.evil.example/natgeo", "not an instagram.com profile URL")]
    [InlineData("javascript:alert(1)", "not a valid Instagram username")]
    public void Refuses_anything_else_with_a_specific_reason(string? input, string reason)
    {
        Assert.False(Handle.TryParse(input, out _, out var error));
        Assert.Contains(reason, error);
    }
}
