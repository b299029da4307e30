namespace ExerciseServer.Tests.Shared;

/// <summary>Small scenarios for tests: a valid minimal one, and pieces to build variants of it.</summary>
public static class TestScenarios
{
    public const string Header = """
        schema: 1
        id: t
        title: Test
        clock:
          start: 2026-01-01T00:00:00Z
          duration: 2h

        """;

    public const string Sectors = """
        sectors:
          - id: energy
            name: Energy
            recovery: 4h

        """;

    public const string Teams = """
        teams:
          - id: red
            name: Red
            sees: [energy]

        """;

    public const string Injects = """
        injects:
          - id: i1
            at: 10m
            to: red
            title: Hello

        """;

    /// <summary>A scenario that loads with no diagnostic at all.</summary>
    public const string Minimal = Header + Sectors + Teams + Injects;
}
