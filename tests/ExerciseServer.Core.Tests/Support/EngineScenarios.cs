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
}
