using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A scripted message or event in the MSEL, with what it triggers and what it expects.</summary>
public sealed record Inject
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>MSEL number: the inject's place in the file, from 1.</summary>
    public required int Number { get; init; }

    public Reference? Phase { get; init; }

    /// <summary>Released at this offset from the start.</summary>
    public Located<TimeSpan>? At { get; init; }

    /// <summary>Released a delay after another inject was released.</summary>
    public AfterTrigger? After { get; init; }

    /// <summary>Released when the condition first holds.</summary>
    public Condition? When { get; init; }

    /// <summary>Kept in control's deck and released by hand.</summary>
    public bool OnDemand { get; init; }

    public required Audience To { get; init; }
    public InjectChannel Channel { get; init; } = InjectChannel.Email;
    public Reference? From { get; init; }
    public required string Title { get; init; }

    /// <summary>Markdown.</summary>
    public string Body { get; init; } = "";

    public IReadOnlyList<Translation> Translations { get; init; } = [];

    /// <summary>Files from the scenario's media folder that come with the inject (plain names, checked by type).</summary>
    public IReadOnlyList<Located<string>> Media { get; init; } = [];

    /// <summary>The sector a sector alert is about.</summary>
    public Reference? Sector { get; init; }

    public IReadOnlyList<SectorEffect> Effects { get; init; } = [];
    public IReadOnlyList<ExpectedAction> ExpectedActions { get; init; } = [];

    /// <summary>The expected action whose miss releases this contingency inject.</summary>
    public Reference? ContingencyFor { get; init; }

    /// <summary>The decision this inject puts to its recipients.</summary>
    public Reference? Decision { get; init; }

    public IReadOnlyList<Reference> Objectives { get; init; } = [];

    /// <summary>The map locations the inject is about; a recipient sees them once it is released.</summary>
    public IReadOnlyList<Reference> Locations { get; init; } = [];

    /// <summary>Notes for the controllers only; never shown to players.</summary>
    public string? Notes { get; init; }

    /// <summary>An 'at', 'after' or 'when' was written but could not be read; already reported.</summary>
    public bool HasUnreadableTrigger { get; init; }

    public TriggerKind Trigger =>
        At is not null ? TriggerKind.At
        : After is not null ? TriggerKind.After
        : When is not null ? TriggerKind.When
        : OnDemand ? TriggerKind.OnDemand
        : TriggerKind.None;
}
