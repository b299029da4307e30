using System.Globalization;
using System.Text;

namespace ExerciseServer.Core.Tests.Support;

/// <summary>
/// Writes a valid scenario of any size that uses every kind of item and link (at, after, when, on-demand,
/// follow-ups, contingencies, expected actions, decisions), for the load benchmark and its correctness test.
/// </summary>
public static class LargeScenarioGenerator
{
    private static readonly string[] Sectors = ["energy", "transport", "digital", "space"];
    private static readonly string[] Channels = ["email", "news", "social", "phone", "sitrep", "sector_alert", "briefing"];

    public static string Generate(int injectCount, int teamCount = 12)
    {
        var text = new StringBuilder(injectCount * 400);
        var duration = TimeSpan.FromDays(3);
        text.Append(CultureInfo.InvariantCulture, $"""
            # yaml-language-server: $schema=./scenario.schema.json
            schema: 1
            id: generated-{injectCount}
            title: Generated scenario with {injectCount} injects
            languages: [en, fi]
            clock:
              start: 2027-01-18T06:00:00+02:00
              speed: 60
              duration: 3d
            sectors:

            """);
        for (var s = 0; s < Sectors.Length; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                  - id: {Sectors[s]}
                    name: Sector {Sectors[s]}
                    recovery: {12 + (6 * s)}h
                    depends_on:
                      - {"{"} sector: {Sectors[(s + 1) % Sectors.Length]}, weight: 0.2, type: physical {"}"}
                      - {"{"} sector: {Sectors[(s + 2) % Sectors.Length]}, weight: 0.1, type: cyber {"}"}

                """);
        }

        text.Append("teams:\n");
        for (var t = 0; t < teamCount; t++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: team-{t}, name: Team {t}, sees: [energy, digital], resources: {{ vessels: 3 }} }}\n");
        }

        text.Append("personas:\n  - { id: operator, name: Network operator }\nobjectives:\n");
        for (var o = 0; o < 8; o++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: objective-{o}\n    title: Objective {o}\n    capability: Operational Coordination\n    critical_tasks:\n      - {{ id: task-{o}, title: Task {o} }}\n");
        }

        text.Append("phases:\n  - { id: detection, title: Detection, starts: 0m }\n  - { id: cascade, title: Cascade, starts: 24h }\ninjects:\n");
        var decisions = new StringBuilder("decisions:\n");
        var step = duration.TotalMinutes / Math.Max(1, injectCount);
        for (var i = 0; i < injectCount; i++)
        {
            var id = $"i{i:D5}";
            var team = $"team-{i % teamCount}";
            var offset = TimeSpan.FromMinutes(Math.Floor(i * step * 0.8));
            text.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    phase: {(offset < TimeSpan.FromHours(24) ? "detection" : "cascade")}\n");
            switch (i % 10)
            {
                case 1 when i > 0:
                    text.Append(CultureInfo.InvariantCulture, $"    after: {{ inject: i{i - 1:D5}, delay: 10m }}\n");
                    break;
                case 3:
                    text.Append(CultureInfo.InvariantCulture, $"    when: inoperability({Sectors[i % 4]}) >= 0.2 and released(i{i - 3:D5})\n");
                    break;
                case 5:
                    text.Append("    on_demand: true\n");
                    break;
                case 7:
                    // Released by the option chosen in the decision presented by inject i-7 (case 0 below).
                    break;
                case 9:
                    text.Append(CultureInfo.InvariantCulture, $"    contingency_for: act-{i - 9:D5}\n");
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"    at: {(long)offset.TotalMinutes}m\n");
                    break;
            }

            var channel = Channels[i % Channels.Length];
            text.Append(CultureInfo.InvariantCulture, $"    to: {team}\n    channel: {channel}\n    from: operator\n    title: Inject number {i}\n");
            if (channel == "sector_alert")
            {
                text.Append("    sector: energy\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"    body: |\n      Situation update {i}: **pressure** falling on segment {i % 97}.\n    effects:\n      - {{ sector: {Sectors[i % 4]}, perturbation: 0.01 }}\n");
            if (i % 10 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"""
                        expected_actions:
                          - id: act-{i:D5}
                            action: Report to the coordination cell
                            within: 2h
                            objective: objective-{(i / 10) % 8}
                        decision: d{i:D5}
                        translations:
                          fi: {"{"} title: Tilannekatsaus {i} {"}"}

                    """);
                decisions.Append(CultureInfo.InvariantCulture, $"""
                      - id: d{i:D5}
                        title: Decision {i}
                        by: {team}
                        within: 1h
                        default: hold
                        options:
                          - id: act
                            title: Act now
                            resources: {"{"} vessels: -1 {"}"}
                            effects: [{"{"} sector: {Sectors[i % 4]}, perturbation: -0.01 {"}"}]
                            follow_ups: [{"{"} inject: i{i + 7:D5}, delay: 30m {"}"}]
                          - id: hold
                            title: Hold
                            follow_ups: [i{i + 7:D5}]

                    """);
            }
        }

        text.Append(decisions);
        text.Append("end:\n  when: time >= 60h and state(energy) == normal\nhot_wash:\n  - { id: hw, question: What went well? }\n");
        return text.ToString();
    }
}
