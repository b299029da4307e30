using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>One scenario per diagnostic code, with « where that code must be reported.</summary>
public static class DiagnosticCases
{
    public static IReadOnlyDictionary<string, string> ByCode { get; } = new Dictionary<string, string>
    {
        ["ES100"] = Header + "teams: [red, «{blue\n",
        ["ES101"] = Header + "«title: Again\n" + Sectors + Teams + Injects,
        ["ES102"] = Header.Replace("  duration: 2h\n", "  duration: 2h\n  «sped: 2\n", StringComparison.Ordinal) + Sectors + Teams + Injects,
        ["ES103"] = Header + Sectors + Teams + """
            injects:
              - «id: i1
                at: 10m
                to: red

            """,
        ["ES104"] = Header + Sectors + "teams: «red\n" + Injects,
        ["ES105"] = Header + Sectors + Teams + Injects + "    channel: «fax\n",
        ["ES106"] = Header + Sectors + Teams + Injects + """
              - id: i2
                on_demand: «yes
                to: red
                title: Deck

            """,
        ["ES107"] = Header + Sectors + Teams + Injects.Replace("at: 10m", "at: «1:30", StringComparison.Ordinal),
        ["ES108"] = Header + Sectors + Teams + Injects.Replace("at: 10m", "at: «10", StringComparison.Ordinal),
        ["ES109"] = "# only a comment\n«- a list\n- not a mapping\n",
        ["ES110"] = Header.Replace("schema: 1", "schema: «2", StringComparison.Ordinal) + Sectors + Teams + Injects,
        ["ES111"] = Header + "summary: " + new string('[', 63) + "«" + new string('[', 7) + "x" + new string(']', 70) + "\n" + Sectors + Teams + Injects,
        ["ES118"] = Header + Sectors + Teams + AliasedBodies.Injects(injects: 20, bodyCharacters: 1_000_000),
        ["ES119"] = Header.Replace("  duration: 2h\n", "  duration: 2h\n  time_zone: «Mars/Olympus_Mons\n", StringComparison.Ordinal) + Sectors + Teams + Injects,
        ["ES112"] = Minimal + "---\n«id: second\n",
        ["ES113"] = Header + Sectors + """
            teams:
              - id: «Red Team
                name: Red

            """ + Injects,
        ["ES114"] = Header + Sectors + Teams + Injects + """
              - id: i2
                when: inoperability(energy «>= 0.3
                to: red
                title: Cascade

            """,
        ["ES115"] = Header.Replace("2026-01-01T00:00:00Z", "«2026-01-01 08:00", StringComparison.Ordinal) + Sectors + Teams + Injects,
        ["ES116"] = Header + """
            sectors:
              - id: energy
                name: «off
                recovery: 4h

            """ + Teams + Injects,
        ["ES200"] = Header + """
            sectors:
              - id: energy
                name: Energy
                initial: «1.5
                recovery: 4h

            """ + Teams + Injects,
        ["ES201"] = Header + Sectors + Teams + Injects.Replace("at: 10m", "at: «-5m", StringComparison.Ordinal),
        ["ES202"] = Header + """
            sectors:
              - id: energy
                name: Energy
                recovery: 4h
                thresholds: «{ degraded: 0.5, disrupted: 0.2 }

            """ + Teams + Injects,
        ["ES203"] = Header + Sectors + Teams + Injects + "    «when: inoperability(energy) > 0.1\n",
        ["ES204"] = Header + Sectors + Teams + Injects.Replace("title: Hello", "title: «\"  \"", StringComparison.Ordinal),
        ["ES205"] = Header + Sectors + Teams + Injects + "    decision: d1\n" + """
            decisions:
              - id: d1
                title: Only one way
                by: red
                «options:
                  - { id: go, title: Go }

            """,
        ["ES213"] = Header + Sectors + Teams + Injects + "    media: [chart.png, «../secrets/key.png]\n",
        ["ES214"] = Header + Sectors + Teams + Injects + "    media:\n      - «diagram.svg\n",
        ["ES206"] = Header + Sectors + Teams + Injects + """
                translations:
                  «de: { title: Hallo }

            """,
        ["ES207"] = Header + Sectors.Replace("recovery: 4h", "recovery: «0m", StringComparison.Ordinal) + Teams + Injects,
        ["ES208"] = Header + """
            sectors:
              - id: energy
                name: Energy
                recovery: 4h
                depends_on:
                  - { sector: «energy, weight: 0.2, type: physical }

            """ + Teams + Injects,
        ["ES209"] = Header + Sectors + Teams + Injects + """
                effects:
                  - «sector: energy

            """,
        ["ES210"] = Header + Sectors + Teams + Injects.Replace("at: 10m", "at: «2025-12-31T23:59", StringComparison.Ordinal),
        ["ES211"] = Header + Sectors + Teams + Injects.Replace("at: 10m", "at: «2026-01-01T02:01", StringComparison.Ordinal),
        ["ES212"] = Header + Sectors + Teams + Injects.Replace("at: 10m", "at: «Fri 00:30", StringComparison.Ordinal),
        ["ES220"] = Header + Sectors + Teams + Injects + """
            locations:
              - { id: ferry, name: Ferry, kind: point, coordinates: [24.9, «95.0] }

            """,
        ["ES221"] = Header + Sectors + Teams + Injects + """
            locations:
              - { id: cable, name: Cable, kind: line, coordinates: «[[24.9, 60.1]] }

            """,
        ["ES300"] = Header + Sectors + Teams + "  - id: «red\n    name: Red again\n" + Injects,
        ["ES301"] = Header + Sectors + Teams + Injects.Replace("to: red", "to: «blue", StringComparison.Ordinal),
        ["ES302"] = Header + Sectors + Teams + Injects + """
              - id: «i2
                after: i3
                to: red
                title: Two
              - id: i3
                after: i2
                to: red
                title: Three

            """,
        ["ES303"] = Header + Sectors + Teams + Injects.Replace("at: 10m", "at: «3h", StringComparison.Ordinal),
        ["ES304"] = Header + """
            sectors:
              - id: «energy
                name: Energy
                recovery: 4h
                depends_on: [{ sector: digital, weight: 1, type: physical }]
              - id: digital
                name: Digital
                recovery: 4h
                depends_on: [{ sector: energy, weight: 1, type: physical }]

            """ + Teams + Injects,
        ["ES305"] = Header + Sectors + Teams + Injects + """
              - id: i2
                when: state(energy) «>= failed
                to: red
                title: Cascade

            """,
        ["ES306"] = Header + Sectors + Teams + "  - { id: blue, name: Blue }\n" + Injects.Replace("to: red", "to: [red, blue]", StringComparison.Ordinal) + """
                expected_actions:
                  - id: «call
                    action: Call the other team
                    within: 30m

            """,
        ["ES120"] = JointCase("teams: [red, blue]\n    rule: «unanimous\n    default: go\n"),
        ["ES121"] = JointCase("by: red\n    «teams: [red, blue]\n    rule: all\n    default: go\n"),
        ["ES122"] = Header + Sectors + JointTeams + JointInjects + """
            decisions:
              - «id: d1
                title: Nobody decides
                options:
                  - { id: go, title: Go }
                  - { id: stay, title: Stay }

            """,
        ["ES230"] = JointCase("«teams: [red]\n    rule: all\n    default: go\n"),
        ["ES231"] = JointCase("«teams: [red, blue]\n    default: go\n"),
        ["ES232"] = JointCase("teams: [red, blue]\n    «rule: lead\n"),
        ["ES233"] = JointCase("teams: [red, blue]\n    «rule: majority\n"),
        ["ES330"] = JointCase("teams: [red, «green]\n    rule: all\n    default: go\n"),
        ["ES331"] = JointCase("teams: [red, blue]\n    rule: lead\n    lead: «green\n"),
        ["ES332"] = Header + Sectors + JointTeams + Injects.Replace("to: red", "to: «red", StringComparison.Ordinal) + "    decision: d1\n"
            + JointDecision("teams: [red, blue]\n    rule: all\n    default: go\n"),
        ["ES400"] = Header + Sectors + Teams + Injects + """
              - id: i2
                at: 20m
                to: «[]
                title: Nobody

            """,
        ["ES401"] = Header + Sectors + Teams + Injects + """
            objectives:
              - id: «share
                title: Share information
                capability: Operational Coordination

            """,
        ["ES402"] = Header + Sectors + Teams + "  - id: «blue\n    name: Blue\n" + Injects,
        ["ES403"] = Header + Sectors + Teams + Injects + """
              - id: «i2
                to: red
                title: Never

            """,
        ["ES404"] = Header + Sectors + Teams + Injects + """
            decisions:
              - id: «d1
                title: Unasked
                by: red
                options:
                  - { id: go, title: Go }
                  - { id: stay, title: Stay }

            """,
        ["ES405"] = Header + Sectors + Teams + Injects + """
              - id: i2
                at: «90m
                to: red
                title: Too late
            end:
              when: time >= 1h

            """,
        ["ES406"] = Header + Sectors + Teams + Injects + """
              - id: i2
                when: inoperability(energy) >= «25
                to: red
                title: Cascade

            """,
        ["ES407"] = Header + Sectors + Teams + Injects.Replace("title: Hello\n", "title: Hello\n    decision: d1\n", StringComparison.Ordinal) + """
              - id: i2
                when: time >= 1h and «not decided(d1)
                to: red
                title: Still waiting
            decisions:
              - id: d1
                title: Go or stay
                by: red
                within: 30m
                default: stay
                options:
                  - { id: go, title: Go }
                  - { id: stay, title: Stay }

            """,
        ["ES408"] = Header + """
            sectors:
              - id: «energy
                name: Energy
                recovery: 4h
                depends_on:
                  - { sector: digital, weight: 0.6, type: physical }
                  - { sector: space, weight: 0.5, type: cyber }
              - id: digital
                name: Digital
                recovery: 4h
              - id: space
                name: Space
                recovery: 4h

            """ + Teams + Injects,
    };

    private const string JointTeams = Teams + "  - { id: blue, name: Blue, sees: [energy] }\n";

    private static string JointInjects => Injects.Replace("to: red", "to: [red, blue]", StringComparison.Ordinal) + "    decision: d1\n";

    /// <summary>A scenario whose one decision d1 has <paramref name="who"/> (the keys saying who decides) and two options.</summary>
    private static string JointCase(string who) => Header + Sectors + JointTeams + JointInjects + JointDecision(who);

    private static string JointDecision(string who) =>
        "decisions:\n  - id: d1\n    title: Joint\n    " + who + "    options:\n      - { id: go, title: Go }\n      - { id: stay, title: Stay }\n";
}
