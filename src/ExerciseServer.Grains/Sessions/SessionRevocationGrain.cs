using ExerciseServer.Grains.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseServer.Grains.Sessions;

[GrainType("session-revocations")]
public sealed class SessionRevocationGrain(
    [PersistentState("revocations", GrainStorage.Name)] IPersistentState<SessionRevocationState> state,
    IServiceProvider services) : Grain, ISessionRevocationGrain
{
    private const int MaxIdLength = 100;

    private readonly TimeProvider _time = services.GetKeyedService<TimeProvider>(TimeProviderNames.Grains) ?? TimeProvider.System;
    private RevocationList? _list;

    public Task<long> RevokeSession(string sessionId, DateTimeOffset keepUntil) => AddAsync(state.State.Sessions, sessionId, keepUntil);

    public Task<long> RevokeCode(string codeId, DateTimeOffset keepUntil) => AddAsync(state.State.Codes, codeId, keepUntil);

    public Task<RevocationList?> Changes(long knownVersion)
    {
        if (knownVersion == state.State.Version)
        {
            return Task.FromResult<RevocationList?>(null);
        }

        _list ??= new RevocationList(state.State.Version, [.. state.State.Sessions.Keys], [.. state.State.Codes.Keys]);
        return Task.FromResult<RevocationList?>(_list);
    }

    private async Task<long> AddAsync(Dictionary<string, DateTimeOffset> set, string id, DateTimeOffset keepUntil)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            throw new ArgumentException($"A session or code id has 1 to {MaxIdLength} characters.", nameof(id));
        }

        if (set.TryGetValue(id, out var known) && known >= keepUntil)
        {
            return state.State.Version;
        }

        set[id] = keepUntil;
        Prune(state.State.Sessions);
        Prune(state.State.Codes);
        state.State.Version++;
        _list = null;
        await state.WriteStateAsync();
        return state.State.Version;
    }

    /// <summary>Drops what can no longer be presented: a session older than the longest session lifetime is refused anyway.</summary>
    private void Prune(Dictionary<string, DateTimeOffset> set)
    {
        var now = _time.GetUtcNow();
        foreach (var expired in set.Where(e => e.Value < now).Select(e => e.Key).ToList())
        {
            set.Remove(expired);
        }
    }
}
