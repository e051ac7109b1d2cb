using System.Net;
using System.Text;
using InstaIntel.Api.Instagram;
using ZstdSharp;

namespace InstaIntel.Tests.Instagram;

/// <summary>The browser's Accept-Encoding names zstd, so an answer Instagram sends in zstd must read as the JSON it is.</summary>
public sealed class ZstdDecodingTests
{
    private sealed class Answer(HttpContent content) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
    }

    [Fact]
    public async Task A_zstd_answer_is_decoded_and_its_encoding_dropped()
    {
        const string json = """{"users":[],"status":"ok"}""";
        var packed = new ByteArrayContent(new Compressor().Wrap(Encoding.UTF8.GetBytes(json)).ToArray());
        packed.Headers.ContentEncoding.Add("zstd");
        packed.Headers.ContentType = new("application/json");
        using var http = new HttpClient(new ZstdDecoding { InnerHandler = new Answer(packed) });

        using var response = await http.GetAsync("https://www.instagram.com/");

        Assert.Equal(json, await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Any_other_answer_passes_untouched()
    {
        var plain = new StringContent("""{"status":"ok"}""");
        using var http = new HttpClient(new ZstdDecoding { InnerHandler = new Answer(plain) });
        using var response = await http.GetAsync("https://www.instagram.com/");
        Assert.Same(plain, response.Content);
    }
}
