using ExerciseServer.Grains.Exercises;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Access;

/// <summary>
/// Once per data store: wakes every exercise's code list when the silo becomes active, so codes stored in clear
/// by an older version are replaced by keyed hashes before anyone joins with one. Afterwards a flag on the key
/// grain makes this one grain call per start.
/// </summary>
internal sealed class LegacyJoinCodeMigration(IGrainFactory grains, ILogger<LegacyJoinCodeMigration> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            nameof(LegacyJoinCodeMigration),
            ServiceLifecycleStage.Active,
            cancellationToken =>
            {
                _ = Task.Run(MigrateAsync, CancellationToken.None);
                return Task.CompletedTask;
            },
            cancellationToken => Task.CompletedTask);

    private async Task MigrateAsync()
    {
        try
        {
            var key = grains.GetGrain<IJoinCodeKeyGrain>(0);
            if (await key.LegacyCodesMigrated())
            {
                return;
            }

            var migrated = 0;
            foreach (var exercise in await grains.GetGrain<IExerciseDirectoryGrain>(0).List())
            {
                migrated += await grains.GetGrain<IExerciseAccessGrain>(exercise.Id).MigrateLegacyCodes();
            }

            await key.MarkLegacyCodesMigrated();
            if (migrated > 0)
            {
                logger.LogWarning("Migrated {Count} join codes stored in clear to keyed hashes; old copies may remain in the database's free pages until it is vacuumed", migrated);
            }
        }
        catch (Exception ex)
        {
            // Each code list still migrates itself when it wakes; the sweep runs again at the next start.
            logger.LogWarning(ex, "Migrating join codes stored in clear failed");
        }
    }
}
