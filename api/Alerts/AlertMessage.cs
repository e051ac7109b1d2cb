namespace InstaIntel.Api.Alerts;

/// <summary>What a channel sends: a title, the text and the dashboard view it is about.</summary>
public sealed record AlertMessage(string Title, string Body, string? Link, AlertKind? Kind = null, string? Account = null)
{
    /// <summary>Title, text and link as plain lines, for channels that take one block of text.</summary>
    public string PlainText() => Link is null ? $"{Title}\n{Body}" : $"{Title}\n{Body}\n{Link}";
}
