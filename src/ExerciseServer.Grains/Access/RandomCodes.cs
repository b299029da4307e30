using System.Security.Cryptography;

namespace ExerciseServer.Grains.Access;

/// <summary>Random strings of Crockford base32 (no I, L, O, U: easy to read aloud and type), from a cryptographic source.</summary>
public static class RandomCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary><paramref name="length"/> characters of 5 bits each.</summary>
    public static string Crockford(int length)
    {
        var bytes = RandomNumberGenerator.GetBytes(length);
        return string.Create(length, bytes, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[source[i] & 31];
            }
        });
    }
}
