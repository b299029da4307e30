using System.Security.Cryptography;

namespace ExerciseServer.Grains.Access;

[GrainType("join-code-key")]
public sealed class JoinCodeKeyGrain([PersistentState("key", GrainStorage.Name)] IPersistentState<JoinCodeKeyState> state) : Grain, IJoinCodeKeyGrain
{
    private const int KeyBytes = 32;

    public async Task<byte[]> GetKey()
    {
        if (state.State.Key is null)
        {
            state.State.Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
            await state.WriteStateAsync();
        }

        return Convert.FromBase64String(state.State.Key);
    }

    public Task<bool> LegacyCodesMigrated() => Task.FromResult(state.State.LegacyCodesMigrated);

    public async Task MarkLegacyCodesMigrated()
    {
        if (!state.State.LegacyCodesMigrated)
        {
            state.State.LegacyCodesMigrated = true;
            await state.WriteStateAsync();
        }
    }
}
