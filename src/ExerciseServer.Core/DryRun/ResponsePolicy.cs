using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.DryRun;

/// <summary>Plays the teams (and, for scripted runs, control's deck) in a headless dry run.</summary>
public abstract class ResponsePolicy
{
    public abstract string Name { get; }

    /// <summary>What to do about an event that just happened; the actions run at their game times.</summary>
    public abstract IEnumerable<PolicyAction> React(ExerciseEvent e, ExerciseState state);

    /// <summary>Actions planned from the start, such as control releasing on-demand injects.</summary>
    public virtual IEnumerable<PolicyAction> Plan(ExerciseState state) => [];
}
