namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>The four kinds of interdependency of Rinaldi, Peerenboom and Kelly (2001).</summary>
public enum DependencyType
{
    Physical,
    Cyber,
    Geographic,
    Logical,
}
