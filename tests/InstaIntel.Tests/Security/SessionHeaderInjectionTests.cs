using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Security;

/// <summary>Session fields travel to Instagram in headers: anything but a cookie value is refused before it is stored.</summary>
public sealed class SessionHeaderInjectionTests
{
    private const string Session = "4242%3Asecretpart%3A1";

    [Theory]
    [InlineData("abc\r\nX-Injected: 1")]
    [InlineData("abc\nX-Injected: 1")]
    [InlineData("abc; sessionid=someone-elses")]
    [InlineData("a b")]
    [InlineData("\"quoted\"")]
    [InlineData("back\\slash")]
    [InlineData("comma,separated")]
    [InlineData("naïve")]
    public async Task An_import_whose_csrf_token_is_not_a_cookie_value_is_refused_and_nothing_is_stored(string csrfToken)
    {
        using var app = AppFactory.With([]);
        var payload = (await app.GraphQL().DataAsync(
            "mutation($s: String!, $c: String) { importSession(input: { sessionId: $s, csrfToken: $c }) { session { connected } errors { __typename ... on Error { message } } } }",
            new { s = Session, c = csrfToken }))["importSession"]!;

        Assert.Equal("InvalidSessionError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains("csrftoken", payload["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(await app.Services.GetRequiredService<ICredentialStore>().GetSessionAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("sessionid=" + Session + "; csrftoken=a\"b")]
    [InlineData("sessionid=" + Session + "; csrftoken=a\\b")]
    [InlineData("sessionid=" + Session + "; ds_user_id=-5")]
    public void A_pasted_cookie_header_with_a_field_that_is_not_a_cookie_value_is_refused(string pasted) =>
        Assert.False(SessionImport.TryParse(pasted, null, null, out _, out _));

    [Fact]
    public void Real_tokens_still_import()
    {
        Assert.True(SessionImport.TryParse(Session, "Xy9-_AbC.dEf123", null, out var session, out var error), error);
        Assert.Equal("Xy9-_AbC.dEf123", session.CsrfToken);
        Assert.True(SessionImport.TryParse(Session, "  ", null, out session, out error), error);
        Assert.Null(session.CsrfToken);
    }
}
