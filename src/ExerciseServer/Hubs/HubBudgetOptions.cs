namespace ExerciseServer.Hubs;

/// <summary>The <c>Budgets</c> configuration the hub enforces per sign-in, on each server node.</summary>
public sealed class HubBudgetOptions
{
    /// <summary>Hub calls per second one sign-in may make, across all its connections, once its burst is spent.</summary>
    public double CallsPerSecond { get; set; } = 10;

    /// <summary>Hub calls one sign-in may make at once; the next one is refused with <c>too-many</c> until the budget refills.</summary>
    public int CallBurst { get; set; } = 20;

    /// <summary>Hub connections one sign-in may hold open (browser tabs, devices); one more is refused.</summary>
    public int ConnectionsPerSession { get; set; } = 4;
}
