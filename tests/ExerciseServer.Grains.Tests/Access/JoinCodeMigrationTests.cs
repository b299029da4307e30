using System.Security.Cryptography;
using System.Text;
using ExerciseServer.Grains.Access;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Grains.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ExerciseServer.Grains.Tests.Access;

/// <summary>
/// A data folder of an older version kept join codes in clear (in the exercise's code list and as the join
/// grain's key): when the list wakes, each code moves to a grain keyed by its keyed hash and the clear copies go.
/// </summary>
public sealed class JoinCodeMigrationTests
{
    private const string Code = "ABCDE-12345";
    private const string ExerciseId = "ex-legacy";

    private sealed record LegacyCode(string Code, string ExerciseId, string Role, string? Team, bool Revoked, DateTimeOffset CreatedAt);

    private sealed class LegacyAccessState
    {
        public List<LegacyCode> Codes { get; set; } = [];
    }

    private sealed class LegacyJoinCodeState
    {
        public LegacyCode? Code { get; set; }
    }

    [Fact]
    public async Task Codes_stored_in_clear_are_rehashed_and_the_clear_copies_deleted()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("legacy-codes-").FullName, "old.db");
        var storage = new SqliteGrainStorage(GrainStorage.Name, new SqliteDatabase(new SqliteStorageOptions { DatabasePath = path }));
        var legacy = new LegacyCode(Code, ExerciseId, "player", "fi-ncsc", Revoked: false, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await storage.WriteStateAsync("access", GrainId.Create("exercise-access", ExerciseId), new GrainState<LegacyAccessState>(new LegacyAccessState { Codes = [legacy] }));
        await storage.WriteStateAsync("code", GrainId.Create("join-code", Code), new GrainState<LegacyJoinCodeState>(new LegacyJoinCodeState { Code = legacy }));
        Assert.Equal(2, await CountRowsMentioningAsync(path, Code));

        await using var harness = await ClusterHarness.StartAsync(1, path);
        var listed = Assert.Single(await harness.Client.GetGrain<IExerciseAccessGrain>(ExerciseId).List());

        var key = await harness.Client.GetGrain<IJoinCodeKeyGrain>(0).GetKey();
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Code)));
        var found = await harness.Client.GetGrain<IJoinCodeGrain>(hash).Get();
        Assert.NotNull(found);
        Assert.Equal((listed.Id, ExerciseId, "player", "fi-ncsc", false), (found.Id, found.ExerciseId, found.Role, found.Team, found.Revoked));
        Assert.StartsWith("jc-", listed.Id, StringComparison.Ordinal);
        Assert.Null(await harness.Client.GetGrain<IJoinCodeGrain>(Code).Get());
        Assert.Equal(0, await CountRowsMentioningAsync(path, Code));
    }

    private static async Task<long> CountRowsMentioningAsync(string path, string text)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM grain_state WHERE instr(grain_key, $text) > 0 OR instr(data, $text) > 0";
        command.Parameters.AddWithValue("$text", text);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
