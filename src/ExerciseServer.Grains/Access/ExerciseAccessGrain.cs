using ExerciseServer.Grains.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Access;

/// <summary>
/// An exercise's join codes. A code's text exists only in the answer to <see cref="Issue"/>; the list keeps its
/// id, who it admits and its keyed hash. Lists stored before codes were hashed are migrated when they wake.
/// </summary>
[GrainType("exercise-access")]
public sealed class ExerciseAccessGrain(
    [PersistentState("access", GrainStorage.Name)] IPersistentState<ExerciseAccessState> state,
    JoinCodeHasher hasher,
    ILogger<ExerciseAccessGrain> logger,
    IServiceProvider services) : Grain, IExerciseAccessGrain
{
    /// <summary>10 characters of Crockford base32: 50 bits, easy to read out and type, not guessable.</summary>
    public const int CodeLength = 10;

    private readonly TimeProvider _time = services.GetKeyedService<TimeProvider>(TimeProviderNames.Grains) ?? TimeProvider.System;

    private string ExerciseId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await MigrateLegacyCodes();
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task<IssuedJoinCode> Issue(string role, string? team, string? teamRole = null)
    {
        var issued = await NewCodeAsync(role, team, teamRole);
        await state.WriteStateAsync();
        return issued;
    }

    public Task<IReadOnlyList<JoinCode>> List() =>
        Task.FromResult<IReadOnlyList<JoinCode>>([.. state.State.Codes.Where(c => !c.IsLegacy).Select(ToJoinCode)]);

    public async Task<JoinCode?> Revoke(string codeId)
    {
        var index = IndexOf(codeId);
        if (index < 0)
        {
            return null;
        }

        await RevokeAtAsync(index);
        await state.WriteStateAsync();
        return ToJoinCode(state.State.Codes[index]);
    }

    public async Task<IssuedJoinCode?> Reissue(string codeId)
    {
        var index = IndexOf(codeId);
        if (index < 0)
        {
            return null;
        }

        await RevokeAtAsync(index);
        var old = state.State.Codes[index];
        var issued = await NewCodeAsync(old.Role, old.Team, old.TeamRole);
        await state.WriteStateAsync();
        return issued;
    }

    public async Task<int> MigrateLegacyCodes()
    {
        var migrated = 0;
        for (var i = 0; i < state.State.Codes.Count; i++)
        {
            if (state.State.Codes[i] is not { Code: { } text } legacy)
            {
                continue;
            }

            // Hashed grain first, clear-text grain last: a crash in between leaves a list that migrates again.
            var entry = legacy with { Id = legacy.Id ?? NewId(), Hash = await hasher.HashAsync(text), Code = null };
            await GrainFactory.GetGrain<IJoinCodeGrain>(entry.Hash!).Assign(ToJoinCode(entry));
            await GrainFactory.GetGrain<IJoinCodeGrain>(text).Forget();
            state.State.Codes[i] = entry;
            migrated++;
        }

        if (migrated > 0)
        {
            await state.WriteStateAsync();
            logger.LogInformation("Stored {Count} join codes of exercise {ExerciseId} as keyed hashes instead of clear text", migrated, ExerciseId);
        }

        return migrated;
    }

    private async Task<IssuedJoinCode> NewCodeAsync(string role, string? team, string? teamRole)
    {
        while (true)
        {
            var text = NewCode();
            var entry = new AccessCode(NewId(), await hasher.HashAsync(text), role, team, Revoked: false, _time.GetUtcNow(), TeamRole: teamRole);
            var code = ToJoinCode(entry);
            if (await GrainFactory.GetGrain<IJoinCodeGrain>(entry.Hash!).Assign(code))
            {
                state.State.Codes.Add(entry);
                return new IssuedJoinCode(text, code);
            }
        }
    }

    private async Task RevokeAtAsync(int index)
    {
        var entry = state.State.Codes[index];
        await GrainFactory.GetGrain<IJoinCodeGrain>(entry.Hash!).Revoke();
        state.State.Codes[index] = entry with { Revoked = true };
    }

    private int IndexOf(string codeId) => state.State.Codes.FindIndex(c => !c.IsLegacy && c.Id == codeId);

    private JoinCode ToJoinCode(AccessCode entry) => new(entry.Id!, ExerciseId, entry.Role, entry.Team, entry.Revoked, entry.CreatedAt, entry.TeamRole);

    private static string NewCode()
    {
        var code = RandomCodes.Crockford(CodeLength);
        return $"{code[..5]}-{code[5..]}";
    }

    /// <summary>A code's public name: random, so it says nothing about the code.</summary>
    private static string NewId() => "jc-" + RandomCodes.Crockford(12).ToLowerInvariant();
}
