using System.Security.Cryptography;
using System.Text;

namespace ExerciseServer.Grains.Access;

/// <summary>
/// HMAC-SHA256 of a join code under the server's key: what the server stores and looks codes up by, so the stored
/// data never holds a usable code. The key is read from its grain once per process and then kept in memory.
/// </summary>
public sealed class JoinCodeHasher(IGrainFactory grains)
{
    private byte[]? _key;

    /// <summary>The hash of a code in its normal form (upper case, with the dash: <c>K7QX2-MFA9Z</c>), as lower-case hex.</summary>
    public async Task<string> HashAsync(string normalizedCode)
    {
        var key = Volatile.Read(ref _key);
        if (key is null)
        {
            key = await grains.GetGrain<IJoinCodeKeyGrain>(0).GetKey();
            Volatile.Write(ref _key, key);
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalizedCode)));
    }
}
