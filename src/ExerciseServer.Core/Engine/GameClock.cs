namespace ExerciseServer.Core.Engine;

/// <summary>
/// The exercise clock. While running, game time = <see cref="Elapsed"/> + (now − <see cref="Anchor"/>) × speed;
/// while paused or stopped it stays at <see cref="Elapsed"/>. Only clock events move the anchor, so the game
/// time at any wall time follows from the event log alone. It never goes backwards, even if the wall clock does.
/// </summary>
public sealed record GameClock(TimeSpan Elapsed, DateTimeOffset Anchor, double Speed, bool Running)
{
    public TimeSpan At(DateTimeOffset now)
    {
        if (!Running || now <= Anchor)
        {
            return Elapsed;
        }

        return Elapsed + TimeSpan.FromTicks((long)Math.Min((now - Anchor).Ticks * Speed, TimeSpan.MaxValue.Ticks / 4.0));
    }

    /// <summary>The wall time at which the running clock will show <paramref name="gameTime"/>.</summary>
    public DateTimeOffset WallTimeOf(TimeSpan gameTime) =>
        Running && gameTime > Elapsed ? Anchor + TimeSpan.FromTicks((long)((gameTime - Elapsed).Ticks / Speed)) : Anchor;

    /// <summary>
    /// The first wall time at which the running clock shows at least <paramref name="gameTime"/> (rounded up, so
    /// a wake-up armed for it never finds the item not yet due); null when the clock is stopped.
    /// </summary>
    public DateTimeOffset? WallTimeReaching(TimeSpan gameTime)
    {
        if (!Running || Speed <= 0)
        {
            return null;
        }

        if (gameTime <= Elapsed)
        {
            return Anchor;
        }

        var ticks = Math.Ceiling((gameTime - Elapsed).Ticks / Speed);
        return ticks >= (DateTimeOffset.MaxValue - Anchor).Ticks ? DateTimeOffset.MaxValue : Anchor + TimeSpan.FromTicks((long)ticks);
    }
}
