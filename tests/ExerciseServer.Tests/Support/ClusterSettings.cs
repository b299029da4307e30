namespace ExerciseServer.Tests.Support;

/// <summary>Membership settings that let a test cluster notice a dead node within seconds instead of a minute.</summary>
public static class ClusterSettings
{
    public static readonly string[] FastMembership =
    [
        "--Orleans:Membership:ProbeTimeout=00:00:01",
        "--Orleans:Membership:NumMissedProbesLimit=2",
        "--Orleans:Membership:TableRefreshTimeout=00:00:01",
        "--Orleans:Membership:NumVotesForDeathDeclaration=1",
        "--Orleans:Membership:IAmAliveTablePublishTimeout=00:00:02",
    ];

    /// <summary>
    /// Still seconds, not a minute, but patient enough that a node starting up on a busy two-core machine (three
    /// nodes, a proxy and ten browsers) is not voted dead before it has answered its first probes.
    /// </summary>
    public static readonly string[] PatientMembership =
    [
        "--Orleans:Membership:ProbeTimeout=00:00:02",
        "--Orleans:Membership:NumMissedProbesLimit=3",
        "--Orleans:Membership:TableRefreshTimeout=00:00:02",
        "--Orleans:Membership:NumVotesForDeathDeclaration=1",
        "--Orleans:Membership:IAmAliveTablePublishTimeout=00:00:05",
    ];
}
