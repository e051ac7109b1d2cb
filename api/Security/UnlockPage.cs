namespace InstaIntel.Api.Security;

/// <summary>All a client outside the trusted networks sees until it unlocks: one passphrase field.</summary>
public static class UnlockPage
{
    public static Task WriteAsync(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(Html, http.RequestAborted);
    }

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Unlock InstaIntel</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 26rem; margin: 15vh auto; padding: 0 1rem">
        <h1>Unlock InstaIntel</h1>
        <p>This device is not on a trusted network. Enter the passphrase set with <code>scripts/generate-env</code>.</p>
        <form id="unlock">
        <label for="passphrase">Passphrase</label><br>
        <input id="passphrase" name="passphrase" type="password" autocomplete="current-password" required autofocus>
        <button type="submit">Unlock</button>
        </form>
        <p id="message" role="alert"></p>
        <script>
        document.getElementById('unlock').addEventListener('submit', async (event) => {
          event.preventDefault();
          const message = document.getElementById('message');
          const response = await fetch('/unlock', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ passphrase: document.getElementById('passphrase').value }) });
          if (response.ok) { location.replace(location.pathname === '/unlock' ? '/' : location.href); return; }
          const body = await response.json().catch(() => null);
          message.textContent = body?.errors?.[0]?.message ?? 'Unlock failed (' + response.status + ').';
        });
        </script>
        </body>
        </html>
        """;
}
