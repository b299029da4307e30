using System.Text.Json;
using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Security;

/// <summary>
/// Older versions kept the facilitator's hashes in <c>facilitator.json</c> in each node's data folder. On start the
/// file is taken over into the shared store: its password only when the store has none yet (in a cluster the first
/// node's wins, and the others say so), its API tokens always; PBKDF2 token hashes of an even older version cannot
/// be checked quickly and are dropped. Then the file is deleted, so there is one place the secrets live.
/// </summary>
public static class LegacyFacilitatorFile
{
    public const string FileName = "facilitator.json";

    public static async Task<LegacyImport?> ImportAsync(string dataFolder, IFacilitatorCredentialsGrain store)
    {
        var file = Path.Combine(dataFolder, FileName);
        if (!File.Exists(file))
        {
            return null;
        }

        StoredFile? stored;
        try
        {
            stored = JsonSerializer.Deserialize<StoredFile>(await File.ReadAllTextAsync(file));
        }
        catch (JsonException ex)
        {
            return new LegacyImport(await store.Get(), 0, $"{file} could not be read ({ex.Message}); it was left as it is and not used.");
        }

        var secrets = await store.Get();
        var keptPassword = false;
        if (stored?.PasswordHash is { } hash)
        {
            secrets = await store.SetPassword(hash, PasswordOrigins.Imported, onlyIfNone: true);
            keptPassword = secrets.PasswordHash == hash;
        }

        foreach (var token in stored?.ApiTokens ?? [])
        {
            secrets = await store.AddApiToken(token);
        }

        File.Delete(file);
        var password = stored?.PasswordHash is null ? "no password"
            : keptPassword ? "its password" : "not its password (the shared store already had one, which stays)";
        return new LegacyImport(
            secrets,
            stored?.ApiTokenHashes?.Count ?? 0,
            $"Took over {file} into the shared store ({password}, {stored?.ApiTokens.Count ?? 0} API tokens) and deleted it.");
    }

    private sealed record StoredFile
    {
        public string? PasswordHash { get; init; }

        public IReadOnlyList<StoredApiToken> ApiTokens { get; init; } = [];

        /// <summary>PBKDF2 token hashes of an older version: counted so they can be reported as dropped.</summary>
        public IReadOnlyList<string>? ApiTokenHashes { get; init; }
    }
}
