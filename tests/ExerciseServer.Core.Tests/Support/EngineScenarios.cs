namespace ExerciseServer.Core.Tests.Support;

/// <summary>A small scenario that uses every trigger, for the engine's tests.</summary>
public static class EngineScenarios
{
    public const string Basic = """
        schema: 1
        id: engine
        title: Engine test
        clock:
          start: 2026-03-02T08:00:00Z
          speed: 1
          duration: 2h
        sectors:
          - id: energy
            name: Energy
            recovery: 1h
          - id: digital
            name: Digital
            recovery: 2h
            depends_on: [{ sector: energy, weight: 0.5, type: physical }]
        teams:
          - { id: red, name: Red, sees: [energy, digital], resources: { crews: 1 } }
          - { id: blue, name: Blue, sees: [energy] }
        injects:
          - id: a
            at: 1m
            to: red
            title: A
            expected_actions:
              - { id: a-answer, action: Answer, within: 5m }
          - id: b
            after: { inject: a, delay: 4m }
            to: [red, blue]
            title: B
          - id: c
            at: 10m
            to: all
            title: C
            effects: [{ sector: energy, perturbation: 0.5, for: 30m }]
          - id: d
            when: inoperability(digital) >= 0.1
            to: red
            title: D
          - id: e
            contingency_for: a-answer
            to: red
            title: E
          - id: f
            at: 20m
            to: red
            title: F
            decision: choose
          - id: g
            to: blue
            title: G
          - id: h
            on_demand: true
            to: blue
            title: H
          - id: k
            after: h
            to: blue
            title: K
        decisions:
          - id: choose
            title: Choose
            by: red
            within: 10m
            default: wait
            options:
              - { id: act, title: Act, resources: { crews: -1 }, follow_ups: [{ inject: g, delay: 5m }] }
              - { id: wait, title: Wait, follow_ups: [g] }
        end:
          when: time >= 100m and state(energy) == normal

        """;

    /// <summary>Joint decisions under each rule: all (eu + nato), majority (eu + nato + fi) and lead (nato leads eu).</summary>
    public const string Joint = """
        schema: 1
        id: joint
        title: Joint decisions
        clock:
          start: 2026-03-02T08:00:00Z
          speed: 1
          duration: 2h
        sectors:
          - id: energy
            name: Energy
            recovery: 1h
        teams:
          - { id: eu, name: EU Commission, sees: [energy], resources: { liaisons: 2 } }
          - { id: nato, name: NATO, sees: [energy], resources: { liaisons: 1 } }
          - { id: fi, name: Finland, sees: [energy] }
        injects:
          - id: evidence
            at: 5m
            to: [eu, nato]
            title: Evidence of a state actor
            decision: attribute
          - id: vote
            at: 10m
            to: [eu, nato, fi]
            title: Coordinated response
            decision: respond
          - id: repair
            at: 15m
            to: [eu, nato]
            title: Cable repair priority
            decision: priority
          - id: statement
            to: all
            title: Joint statement published
          - id: quiet
            to: all
            title: No attribution
        decisions:
          - id: attribute
            title: Attribute publicly?
            teams: [eu, nato]
            rule: all
            within: 20m
            default: hold
            options:
              - { id: attribute, title: Attribute, resources: { liaisons: -1 }, effects: [{ sector: energy, perturbation: -0.1 }], follow_ups: [statement] }
              - { id: hold, title: Hold, follow_ups: [quiet] }
          - id: respond
            title: Respond how?
            teams: [eu, nato, fi]
            rule: majority
            within: 20m
            default: wait
            options:
              - { id: sanction, title: Sanction }
              - { id: wait, title: Wait }
              - { id: talk, title: Talk }
          - id: priority
            title: Which cable first?
            teams: [eu, nato]
            rule: { lead: nato }
            within: 30m
            default: north
            options:
              - { id: north, title: North cable }
              - { id: south, title: South cable, effects: [{ sector: energy, shock: 0.2 }] }

        """;
}
