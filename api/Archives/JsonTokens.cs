using System.Text.Json;

namespace InstaIntel.Api.Archives;

/// <summary>
/// The tokens of one JSON file in an archive, read from its stream a buffer at a time. No token may be longer than
/// <see cref="MaxTokenBytes"/>, so a file holding one enormous string is refused after reading that much of it,
/// whatever its size: reading a list never holds more than one buffer of it.
/// </summary>
internal sealed class JsonTokens(Stream stream, string fileName)
{
    public const int MaxTokenBytes = 64 * 1024;

    // Strings longer than this are measured, not decoded: no field InstaIntel reads is anywhere near it.
    private const int MaxDecodedBytes = 2 * 1024;

    private byte[] buffer = new byte[16 * 1024];
    private int start, end;
    private long consumedBefore;
    private bool endOfStream;
    private JsonReaderState state;

    public JsonTokenType Type { get; private set; }

    /// <summary>The text of a property name or string, when it is at most 2 KiB as written.</summary>
    public string? Text { get; private set; }

    /// <summary>How long the property name or string is as written in the file (escapes included), in bytes.</summary>
    public int WrittenLength { get; private set; }

    public long? Number { get; private set; }

    public int Depth { get; private set; }

    /// <summary>Where the reader is in the file, for messages.</summary>
    public long Offset => consumedBefore + start;

    /// <summary>Moves to the next token; false at the end of the file.</summary>
    /// <exception cref="JsonException">The file is not JSON, or stops in the middle of a value.</exception>
    public async ValueTask<bool> ReadAsync(CancellationToken ct)
    {
        while (true)
        {
            if (TryRead()) return true;
            if (endOfStream) return false;
            await FillAsync(ct);
        }
    }

    /// <summary>Steps over the value the reader is on (all of it, when it is an object or an array).</summary>
    public async ValueTask SkipAsync(CancellationToken ct)
    {
        if (Type is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = Depth;
        while (await ReadAsync(ct))
            if (Type is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth) return;
        throw CutShort();
    }

    /// <summary>Reads the next token, which must exist: the file cannot end here.</summary>
    public async ValueTask NextAsync(CancellationToken ct)
    {
        if (!await ReadAsync(ct)) throw CutShort();
    }

    public JsonException CutShort() => new($"{fileName} ends in the middle of a value.");

    private bool TryRead()
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), endOfStream, state);
        if (!reader.Read()) return false;
        Type = reader.TokenType;
        Depth = reader.CurrentDepth;
        Text = null;
        Number = null;
        WrittenLength = 0;
        if (Type is JsonTokenType.PropertyName or JsonTokenType.String)
        {
            WrittenLength = reader.ValueSpan.Length;
            if (WrittenLength <= MaxDecodedBytes) Text = reader.GetString();
        }
        else if (Type == JsonTokenType.Number && reader.TryGetInt64(out var number)) Number = number;
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
        return true;
    }

    private async ValueTask FillAsync(CancellationToken ct)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            consumedBefore += start;
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxTokenBytes)
                throw new ArchiveException(ArchiveProblem.Malformed,
                    $"{fileName} holds a value longer than {MaxTokenBytes / 1024} KiB (at byte {Offset:N0}); an Instagram archive does not.");
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxTokenBytes));
        }
        var read = await stream.ReadAsync(buffer.AsMemory(end), ct);
        if (read == 0) endOfStream = true;
        end += read;
    }

    /// <summary>
    /// The string the reader is on; refuses the file when it is longer than a field of its kind can be. Any other value
    /// is stepped over and reads as null.
    /// </summary>
    public async ValueTask<string?> StringOfAtMostAsync(int bytes, string field, CancellationToken ct)
    {
        if (Type != JsonTokenType.String)
        {
            await SkipAsync(ct);
            return null;
        }
        if (WrittenLength > bytes)
            throw new ArchiveException(ArchiveProblem.Malformed,
                $"{fileName} holds a \"{field}\" of {WrittenLength:N0} bytes (near byte {Offset:N0}); in an Instagram archive it is at most {bytes:N0}.");
        return Text;
    }
}
