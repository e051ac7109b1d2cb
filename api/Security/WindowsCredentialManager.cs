using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace InstaIntel.Api.Security;

/// <summary>
/// The master key as a generic credential of the current Windows user (CredRead/CredWrite). Not exercised by the
/// test suite, which runs on Linux.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsCredentialManager
{
    private const int Generic = 1;
    private const int PersistLocalMachine = 2;
    private const int NotFound = 1168;

    public static byte[] ReadOrCreate(string target, int size)
    {
        if (CredRead(target, Generic, 0, out var handle))
        {
            try
            {
                var credential = Marshal.PtrToStructure<Credential>(handle);
                if (credential.CredentialBlobSize != size)
                    throw new VaultException($"The Windows credential \"{target}\" is not a {size}-byte key; delete it in Credential Manager only if you also delete the vault.");
                var key = new byte[size];
                Marshal.Copy(credential.CredentialBlob, key, 0, size);
                return key;
            }
            finally { CredFree(handle); }
        }
        if (Marshal.GetLastPInvokeError() != NotFound)
            throw new VaultException($"Windows Credential Manager refused to read \"{target}\" (error {Marshal.GetLastPInvokeError()}).");

        var created = RandomNumberGenerator.GetBytes(size);
        var blob = Marshal.AllocHGlobal(size);
        try
        {
            Marshal.Copy(created, 0, blob, size);
            var entry = new Credential { Type = Generic, TargetName = target, CredentialBlobSize = size, CredentialBlob = blob, Persist = PersistLocalMachine, UserName = Environment.UserName };
            if (!CredWrite(ref entry, 0))
                throw new VaultException($"Windows Credential Manager refused to store \"{target}\" (error {Marshal.GetLastPInvokeError()}).");
        }
        finally { Marshal.FreeHGlobal(blob); }
        return created;
    }

    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    private struct Credential
    {
        public int Flags;
        public int Type;
        public string TargetName;
        public string? Comment;
        public long LastWritten;
        public int CredentialBlobSize;
        public IntPtr CredentialBlob;
        public int Persist;
        public int AttributeCount;
        public IntPtr Attributes;
        public string? TargetAlias;
        public string UserName;
    }

    [DllImport("advapi32.dll", EntryPoint = "CredReadW", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern bool CredRead(string target, int type, int flags, out IntPtr credential);

    [DllImport("advapi32.dll", EntryPoint = "CredWriteW", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern bool CredWrite(ref Credential credential, int flags);

    [DllImport("advapi32.dll")]
    private static extern void CredFree(IntPtr buffer);
}
