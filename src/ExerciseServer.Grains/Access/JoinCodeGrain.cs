using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

[GrainType("join-code")]
public sealed class JoinCodeGrain([PersistentState("code", GrainStorage.Name)] IPersistentState<JoinCodeState> state) : Grain, IJoinCodeGrain
{
    public async Task<bool> Assign(JoinCode code)
    {
        if (state.State.Code is not null)
        {
            return state.State.Code.Id == code.Id;
        }

        state.State.Code = code;
        await state.WriteStateAsync();
        return true;
    }

    public Task<JoinCode?> Get() => Task.FromResult(state.State.Code);

    public async Task Revoke()
    {
        if (state.State.Code is { Revoked: false } code)
        {
            state.State.Code = code with { Revoked = true };
            await state.WriteStateAsync();
        }
    }

    public async Task Forget()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State.Code = null;
        DeactivateOnIdle();
    }
}
