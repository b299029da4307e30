using Stateless;
using Stateless.Graph;

namespace ExerciseServer.Core.Engine.Machines;

/// <summary>
/// One inject's lifecycle: pending → released → acknowledged → responded, or expired when its deadline passes;
/// held (and due, once its trigger fired) until control releases it; skipped or cancelled by control.
/// </summary>
public static class InjectMachine
{
    /// <summary>The machine as a table: how the engine and the state check and fire it.</summary>
    public static readonly MachineTransitions<InjectStatus, InjectTrigger> Transitions = new(Create);

    public static StateMachine<InjectStatus, InjectTrigger> Create(Func<InjectStatus> read, Action<InjectStatus> write)
    {
        var machine = new StateMachine<InjectStatus, InjectTrigger>(read, write);
        machine.Configure(InjectStatus.Pending)
            .Permit(InjectTrigger.TriggerFired, InjectStatus.Released)
            .Permit(InjectTrigger.Release, InjectStatus.Released)
            .Permit(InjectTrigger.Hold, InjectStatus.Held)
            .Permit(InjectTrigger.Skip, InjectStatus.Skipped)
            .Permit(InjectTrigger.Cancel, InjectStatus.Cancelled);
        machine.Configure(InjectStatus.Held)
            .Permit(InjectTrigger.TriggerFired, InjectStatus.Due)
            .Permit(InjectTrigger.Release, InjectStatus.Released)
            .Ignore(InjectTrigger.Hold)
            .Permit(InjectTrigger.Skip, InjectStatus.Skipped)
            .Permit(InjectTrigger.Cancel, InjectStatus.Cancelled);
        machine.Configure(InjectStatus.Due)
            .Permit(InjectTrigger.Release, InjectStatus.Released)
            .Ignore(InjectTrigger.Hold)
            .Permit(InjectTrigger.Skip, InjectStatus.Skipped)
            .Permit(InjectTrigger.Cancel, InjectStatus.Cancelled);
        machine.Configure(InjectStatus.Released)
            .Permit(InjectTrigger.Acknowledge, InjectStatus.Acknowledged)
            .Permit(InjectTrigger.Respond, InjectStatus.Responded)
            .Permit(InjectTrigger.Expire, InjectStatus.Expired);
        machine.Configure(InjectStatus.Acknowledged)
            .Ignore(InjectTrigger.Acknowledge)
            .Permit(InjectTrigger.Respond, InjectStatus.Responded)
            .Permit(InjectTrigger.Expire, InjectStatus.Expired);
        machine.Configure(InjectStatus.Responded)
            .Ignore(InjectTrigger.Acknowledge)
            .Ignore(InjectTrigger.Respond);
        machine.Configure(InjectStatus.Expired)
            .Ignore(InjectTrigger.Acknowledge)
            .Ignore(InjectTrigger.Respond);
        return machine;
    }

    public static string ToMermaid() => MermaidGraph.Format(Create(() => InjectStatus.Pending, _ => { }).GetInfo());

    public static string ToDot() => UmlDotGraph.Format(Create(() => InjectStatus.Pending, _ => { }).GetInfo());
}
