using System.Security.Cryptography;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// The phone one Instagram session is used from, made once and kept in the vault with the session: the app sends
/// the same ids on every request and after every restart, as a real install does.
/// </summary>
public sealed record MobileDevice(string AndroidId, Guid DeviceId, Guid PhoneId, Guid FamilyDeviceId, Guid PigeonSessionId)
{
    public static MobileDevice New() => new(
        "android-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
}
