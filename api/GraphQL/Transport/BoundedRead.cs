namespace InstaIntel.Api.GraphQL.Transport;

public static class BoundedRead
{
    /// <summary>Reads a stream whole, refusing with <paramref name="tooLarge"/> as soon as it passes <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]> ReadAsync(Stream body, int limit, Func<RequestError> tooLarge, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw tooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
