using ExerciseServer.Grains.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseServer.Grains.Access;

[GrainType("exercise-access")]
public sealed class ExerciseAccessGrain(
    [PersistentState("access", GrainStorage.Name)] IPersistentState<ExerciseAccessState> state,
    IServiceProvider services) : Grain, IExerciseAccessGrain
{
    /// <summary>10 characters of Crockford base32: 50 bits, easy to read out and type, not guessable.</summary>
    public const int CodeLength = 10;

    private readonly TimeProvider _time = services.GetKeyedService<TimeProvider>(TimeProviderNames.Grains) ?? TimeProvider.System;

    public async Task<JoinCode> Issue(string role, string? team)
    {
        while (true)
        {
            var code = new JoinCode(NewCode(), this.GetPrimaryKeyString(), role, team, Revoked: false, _time.GetUtcNow());
            if (await GrainFactory.GetGrain<IJoinCodeGrain>(code.Code).Assign(code))
            {
                state.State.Codes.Add(code);
                await state.WriteStateAsync();
                return code;
            }
        }
    }

    public Task<IReadOnlyList<JoinCode>> List() => Task.FromResult<IReadOnlyList<JoinCode>>([.. state.State.Codes]);

    public async Task<bool> Revoke(string code)
    {
        var index = state.State.Codes.FindIndex(c => c.Code == code);
        if (index < 0)
        {
            return false;
        }

        await GrainFactory.GetGrain<IJoinCodeGrain>(code).Revoke();
        state.State.Codes[index] = state.State.Codes[index] with { Revoked = true };
        await state.WriteStateAsync();
        return true;
    }

    private static string NewCode()
    {
        var code = RandomCodes.Crockford(CodeLength);
        return $"{code[..5]}-{code[5..]}";
    }
}
