using System.Text;

namespace InstaIntel.Api.Security;

/// <summary>
/// nosniff, no referrer, no framing and a CSP on every response. HTML responses, however they are produced (static
/// files, the fallback page, the unlock page, GraphiQL), are held back until complete so that their CSP can name
/// their inline scripts' hashes; every other response streams through untouched.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = ContentSecurityPolicy.For(http.Request, []);
            return Task.CompletedTask;
        });
        if (http.WebSockets.IsWebSocketRequest)
        {
            await next(http);
            return;
        }
        var original = http.Response.Body;
        await using var body = new HtmlHoldingStream(http, original);
        http.Response.Body = body;
        try
        {
            await next(http);
            await body.ReleaseAsync();
        }
        finally { http.Response.Body = original; }
    }

    /// <summary>Decides on the first write: HTML is buffered until <see cref="ReleaseAsync"/>; anything else passes straight through.</summary>
    private sealed class HtmlHoldingStream(HttpContext http, Stream inner) : Stream
    {
        private MemoryStream? held;
        private bool decided;

        private Stream Target
        {
            get
            {
                if (!decided)
                {
                    decided = true;
                    var response = http.Response;
                    if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && !response.Headers.ContainsKey("Content-Encoding"))
                        held = new MemoryStream();
                }
                return held ?? inner;
            }
        }

        public async Task ReleaseAsync()
        {
            if (held is null) return;
            var html = held.ToArray();
            held = null;
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.For(http.Request, ContentSecurityPolicy.InlineScriptHashes(Encoding.UTF8.GetString(html)));
            await inner.WriteAsync(html, http.RequestAborted);
        }

        public override void Write(byte[] buffer, int offset, int count) => Target.Write(buffer, offset, count);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) => Target.WriteAsync(buffer, offset, count, ct);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default) => Target.WriteAsync(buffer, ct);
        public override void Flush() => Target.Flush();
        public override Task FlushAsync(CancellationToken ct) => Target.FlushAsync(ct);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
