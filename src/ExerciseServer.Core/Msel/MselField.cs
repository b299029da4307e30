namespace ExerciseServer.Core.Msel;

/// <summary>What a column of an MSEL carries, in the HSEEP MSEL's order, then the columns the engine needs.</summary>
public enum MselField
{
    Number,
    Id,
    Time,
    Phase,
    From,
    To,
    Channel,
    Subject,
    Description,
    ExpectedActions,
    Objectives,
    Notes,
    Trigger,
    Decision,
    Sector,
    Effects,
    Translations,
}
