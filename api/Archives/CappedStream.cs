namespace InstaIntel.Api.Archives;

/// <summary>A ZIP entry's stream that stops at the size its header declares, so a lying header cannot unpack more.</summary>
internal sealed class CappedStream(Stream inner, long limit, string entryName) : ReadingStream(inner)
{
    private long read;

    public override int Read(byte[] buffer, int offset, int count) => Count(Inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => Count(await Inner.ReadAsync(buffer, ct));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    private int Count(int bytes)
    {
        read += bytes;
        if (read > limit)
            throw new ArchiveException(ArchiveProblem.TooLarge, $"{entryName} unpacks to more than its header declares; it is not an archive from Instagram.");
        return bytes;
    }

    public override long Position { get => read; set => throw new NotSupportedException(); }
}
