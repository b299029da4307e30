using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.DryRun;

/// <summary>No team does anything: every expected action is missed and every decision falls to its default.</summary>
public sealed class NeverRespondPolicy : ResponsePolicy
{
    public override string Name => "never-respond";

    public override IEnumerable<PolicyAction> React(ExerciseEvent e, ExerciseState state) => [];
}
