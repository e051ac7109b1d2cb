using System.Text.Json.Serialization;
using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Security;

/// <summary>Everything secret the app keeps: the Instagram session and the unlock passphrase's hash.</summary>
public sealed record VaultContents(InstagramSession? InstagramSession = null, string? PassphraseHash = null)
{
    public static readonly VaultContents Empty = new();
}

[JsonSerializable(typeof(VaultContents))]
internal sealed partial class VaultJson : JsonSerializerContext;
