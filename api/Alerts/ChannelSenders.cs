using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using MimeKit;

namespace InstaIntel.Api.Alerts;

/// <summary>A channel could not take a message; the message says why, without any secret.</summary>
public sealed class AlertSendException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Sends one message through one channel, with its secret from the vault.</summary>
public sealed class ChannelSenders(IHttpClientFactory http, IOptions<AlertOptions> options, TimeProvider clock)
{
    /// <summary>The named HttpClient alerts use: its request logging is off, as Telegram's URL carries the bot token.</summary>
    public const string HttpClientName = "alerts";
    public const string SignatureHeader = "X-InstaIntel-Signature";
    public const string TimestampHeader = "X-InstaIntel-Timestamp";
    public const string IdempotencyHeader = "Idempotency-Key";

    public Task SendAsync(AlertChannel channel, KeptChannelSecrets kept, AlertMessage message, string idempotencyKey, CancellationToken ct) => channel.Kind switch
    {
        ChannelKind.Ntfy => NtfyAsync(UrlOf(kept), kept.Secret, message, idempotencyKey, ct),
        ChannelKind.Webhook => WebhookAsync(channel, UrlOf(kept), kept.Secret, message, idempotencyKey, ct),
        ChannelKind.Email => EmailAsync(channel, kept.Secret, message, idempotencyKey, ct),
        ChannelKind.Telegram => TelegramAsync(channel, kept.Secret, message, ct),
        _ => throw new AlertSendException($"Unknown channel kind {channel.Kind}."),
    };

    private static string UrlOf(KeptChannelSecrets kept) =>
        kept.Url ?? throw new AlertSendException("The channel has no URL in the credential vault; set it again in Settings.");

    private async Task NtfyAsync(string url, string? token, AlertMessage message, string key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(message.Body, Encoding.UTF8, "text/plain") };
        // ntfy reads the title from a header; non-ASCII must be RFC 2047 encoded there.
        request.Headers.TryAddWithoutValidation("Title", HeaderText(message.Title));
        if (message.Link is not null) request.Headers.TryAddWithoutValidation("Click", message.Link);
        request.Headers.TryAddWithoutValidation("Tags", message.Kind is AlertKind.CrawlEnded ? "busts_in_silhouette" : "warning");
        request.Headers.TryAddWithoutValidation(IdempotencyHeader, key);
        if (!string.IsNullOrEmpty(token)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await PostAsync(request, "ntfy", ct);
    }

    private async Task WebhookAsync(AlertChannel channel, string url, string? signingSecret, AlertMessage message, string key, CancellationToken ct)
    {
        var body = WebhookBody.For(channel.Preset ?? WebhookPreset.Generic, message, key, clock.GetUtcNow().UtcDateTime);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(IdempotencyHeader, key);
        if (!string.IsNullOrEmpty(signingSecret))
        {
            request.Headers.TryAddWithoutValidation(TimestampHeader, timestamp);
            request.Headers.TryAddWithoutValidation(SignatureHeader, WebhookBody.Sign(signingSecret, timestamp, body));
        }
        await PostAsync(request, "webhook", ct);
    }

    private async Task TelegramAsync(AlertChannel channel, string? botToken, AlertMessage message, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(botToken)) throw new AlertSendException("The Telegram channel has no bot token; set one in Settings.");
        // It goes into the URL's path: one shaped otherwise could reach another path of the API host.
        if (!TelegramBotToken.IsValid(botToken)) throw new AlertSendException("The Telegram channel's bot token is not shaped as @BotFather gives it; set it again in Settings.");
        var url = $"{options.Value.TelegramApiUrl.TrimEnd('/')}/bot{botToken}/sendMessage";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new JsonObject { ["chat_id"] = channel.TelegramChatId, ["text"] = message.PlainText(), ["disable_web_page_preview"] = true }),
        };
        await PostAsync(request, "Telegram", ct);
    }

    private async Task EmailAsync(AlertChannel channel, string? password, AlertMessage message, string key, CancellationToken ct)
    {
        var mail = new MimeMessage { Subject = message.Title, Body = new TextPart("plain") { Text = message.Link is null ? message.Body : $"{message.Body}\n\n{message.Link}" } };
        mail.From.Add(MailboxAddress.Parse(channel.EmailFrom!));
        foreach (var to in channel.EmailTo!.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            mail.To.Add(MailboxAddress.Parse(to));
        mail.MessageId = $"{key}@instaintel";
        using var smtp = new SmtpClient { Timeout = (int)options.Value.SendTimeout.TotalMilliseconds };
        try
        {
            var security = channel.SmtpSecurity switch
            {
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await ConnectAsync(smtp, channel, security, ct);
            if (!string.IsNullOrEmpty(channel.SmtpUsername)) await smtp.AuthenticateAsync(channel.SmtpUsername, password ?? "", ct);
            await smtp.SendAsync(mail, ct);
            await smtp.DisconnectAsync(true, ct);
        }
        catch (Exception e) when (e is MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException or IOException or AuthenticationException or SslHandshakeException)
        {
            throw new AlertSendException($"SMTP {channel.SmtpHost}:{channel.SmtpPort} refused the message: {e.Message}", e);
        }
        catch (TimeoutException e)
        {
            throw new AlertSendException($"SMTP {channel.SmtpHost}:{channel.SmtpPort} stopped answering while the message was sent. Check that it is up, then send a test.", e);
        }
    }

    /// <summary>Connects, reads the greeting and secures the connection within `Alerts:SmtpConnectTimeout`.</summary>
    private async Task ConnectAsync(SmtpClient smtp, AlertChannel channel, SecureSocketOptions security, CancellationToken ct)
    {
        var limit = options.Value.SmtpConnectTimeout;
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        connecting.CancelAfter(limit);
        try
        {
            await smtp.ConnectAsync(channel.SmtpHost!, channel.SmtpPort ?? 587, security, connecting.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            throw new AlertSendException($"SMTP {channel.SmtpHost}:{channel.SmtpPort} did not greet as a mail server within {limit.TotalSeconds:0.#} s. " +
                "Check that the host and port are the SMTP server's (587 for STARTTLS, 465 for TLS), then send a test.", e);
        }
    }

    private async Task PostAsync(HttpRequestMessage request, string what, CancellationToken ct)
    {
        using var client = http.CreateClient(HttpClientName);
        client.Timeout = options.Value.SendTimeout;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct); // a body is never read
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // The exception's message may hold the URL, and Telegram's holds the token: name the host only.
            throw new AlertSendException(
                e.InnerException is DestinationRefusedException refused ? $"The {what} server was not contacted: {refused.Message}"
                : e is TaskCanceledException ? $"The {what} server at {request.RequestUri!.Host} did not answer in time. Check that it is up, then send a test."
                : $"The {what} server at {request.RequestUri!.Host} could not be reached. Check its address and this machine's network, then send a test.", e);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode) return;
            var status = (int)response.StatusCode;
            // A redirect would carry the signature and body to a host nobody saved; an answer's body may be anything the
            // server holds, and the delivery log is readable with the `read` scope: only the status is kept.
            if (status is >= 300 and < 400)
            {
                var to = response.Headers.Location is { } location ? new Uri(request.RequestUri!, location).Host : "an unnamed address";
                throw new AlertSendException($"The {what} server redirected to {to}; alerts do not follow redirects. Give the channel the address it redirects to.");
            }
            // The standard phrase, not the server's own: that is free text too.
            throw new AlertSendException($"The {what} server answered {$"{status} {ReasonPhrases.GetReasonPhrase(status)}".TrimEnd()}.");
        }
    }

    private static string HeaderText(string text) =>
        text.All(c => c < 128) ? text : $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
}

/// <summary>The JSON a webhook channel posts, per preset, and its signature.</summary>
public static class WebhookBody
{
    public static string For(WebhookPreset preset, AlertMessage message, string key, DateTime at) => preset switch
    {
        WebhookPreset.Discord => new JsonObject { ["content"] = Truncate($"**{message.Title}**\n{message.Body}{(message.Link is null ? "" : $"\n{message.Link}")}", 2000) }.ToJsonString(),
        WebhookPreset.Slack => new JsonObject { ["text"] = $"*{message.Title}*\n{message.Body}{(message.Link is null ? "" : $"\n<{message.Link}|Open in InstaIntel>")}" }.ToJsonString(),
        _ => new JsonObject
        {
            ["id"] = key,
            ["event"] = message.Kind is { } kind ? JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()) : "test",
            ["account"] = message.Account,
            ["title"] = message.Title,
            ["text"] = message.Body,
            ["link"] = message.Link,
            ["sentAt"] = at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
        }.ToJsonString(),
    };

    /// <summary>`sha256=` and the hex HMAC-SHA256, keyed with the webhook's secret, of the timestamp, a dot and the body.</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
