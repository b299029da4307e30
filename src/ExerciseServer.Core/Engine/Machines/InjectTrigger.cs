namespace ExerciseServer.Core.Engine.Machines;

public enum InjectTrigger
{
    TriggerFired,
    Hold,
    Release,
    Acknowledge,
    Respond,
    Expire,
    Skip,
    Cancel,
}
