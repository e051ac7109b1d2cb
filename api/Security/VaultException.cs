namespace InstaIntel.Api.Security;

/// <summary>The vault or its key cannot be used. The message says what to do and never contains a secret.</summary>
public sealed class VaultException(string message) : Exception(message);
