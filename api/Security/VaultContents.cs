using System.Text.Json.Serialization;
using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Security;

/// <summary>
/// Everything secret the app keeps: the Instagram sessions, the unlock passphrase's hash, and the unlock generation
/// (part of the unlock cookies' signing key: raising it revokes every cookie issued before). `InstagramSession` is
/// the single session of earlier versions, read as the first of <see cref="Sessions"/> and never written again.
/// `AlertChannelSecrets`: each alert channel's token, signing secret or password, by `channel-{id}`, and its URL, by
/// `channel-{id}-url`.
/// </summary>
public sealed record VaultContents(InstagramSession? InstagramSession = null, string? PassphraseHash = null, long UnlockGeneration = 0,
    IReadOnlyList<InstagramSession>? InstagramSessions = null, IReadOnlyDictionary<string, string>? AlertChannelSecrets = null)
{
    public static readonly VaultContents Empty = new();

    [JsonIgnore]
    public IReadOnlyList<InstagramSession> Sessions => InstagramSessions ?? (InstagramSession is null ? [] : [InstagramSession]);

    public VaultContents WithSessions(IReadOnlyList<InstagramSession> sessions) => this with { InstagramSession = null, InstagramSessions = sessions };
}

[JsonSerializable(typeof(VaultContents))]
internal sealed partial class VaultJson : JsonSerializerContext;
