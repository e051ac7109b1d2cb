using System.Text.Json.Serialization;
using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Security;

/// <summary>
/// Everything secret the app keeps: the Instagram session, the unlock passphrase's hash, and the unlock generation
/// (part of the unlock cookies' signing key: raising it revokes every cookie issued before).
/// </summary>
public sealed record VaultContents(InstagramSession? InstagramSession = null, string? PassphraseHash = null, long UnlockGeneration = 0)
{
    public static readonly VaultContents Empty = new();
}

[JsonSerializable(typeof(VaultContents))]
internal sealed partial class VaultJson : JsonSerializerContext;
