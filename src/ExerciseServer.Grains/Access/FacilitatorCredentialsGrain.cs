using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

[GrainType("facilitator-credentials")]
public sealed class FacilitatorCredentialsGrain(
    [PersistentState("credentials", GrainStorage.Name)] IPersistentState<FacilitatorCredentialsState> state) : Grain, IFacilitatorCredentialsGrain
{
    public Task<FacilitatorSecrets> Get() => Task.FromResult(Secrets);

    public async Task<FacilitatorSecrets> SetPassword(string hash, string origin, bool onlyIfNone)
    {
        if (!(onlyIfNone && state.State.PasswordHash is not null) && state.State.PasswordHash != hash)
        {
            state.State.PasswordHash = hash;
            state.State.PasswordOrigin = origin;
            await state.WriteStateAsync();
        }

        return Secrets;
    }

    public async Task<FacilitatorSecrets> AddApiToken(StoredApiToken token)
    {
        if (!state.State.ApiTokens.Exists(t => t.Sha256 == token.Sha256))
        {
            state.State.ApiTokens.Add(token);
            await state.WriteStateAsync();
        }

        return Secrets;
    }

    private FacilitatorSecrets Secrets => new(state.State.PasswordHash, state.State.PasswordOrigin, [.. state.State.ApiTokens]);
}
