namespace InstaIntel.Api.Archives;

/// <summary>
/// An HTML list file's stream that refuses the file when a text or a tag runs longer than <see cref="MaxRunBytes"/>
/// without a `&lt;` or `&gt;`: the HTML parser holds each text and attribute whole, so one enormous run would sit in
/// memory however the rest of the page is read.
/// </summary>
internal sealed class ShortRunsStream(Stream inner, string fileName) : ReadingStream(inner)
{
    public const int MaxRunBytes = 64 * 1024;

    private int run;

    public override int Read(byte[] buffer, int offset, int count) => Checked(buffer.AsSpan(offset, Inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Checked(buffer[..Inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        var read = await Inner.ReadAsync(buffer, ct);
        return Checked(buffer[..read].Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    private int Checked(ReadOnlySpan<byte> read)
    {
        var rest = read;
        while (rest.IndexOfAny((byte)'<', (byte)'>') is var at and >= 0)
        {
            run = 0;
            rest = rest[(at + 1)..];
        }
        run += rest.Length;
        if (run > MaxRunBytes)
            throw new ArchiveException(ArchiveProblem.Malformed,
                $"{fileName} holds a text or tag longer than {MaxRunBytes / 1024} KiB; an Instagram archive does not.");
        return read.Length;
    }
}
