namespace ExerciseServer.LoadTests;

/// <summary>What a load run measures: where its clients connect, and the memory and CPU of the processes behind it.</summary>
public interface ILoadTarget : IAsyncDisposable
{
    string BaseUrl { get; }

    /// <summary>The process to attach a profiler to (for a cluster, its first node).</summary>
    int Pid { get; }

    /// <summary>Resident memory after a full GC, summed over the target's server processes.</summary>
    Task<long> RssAfterGcAsync();

    /// <summary>Resident memory by kind (anonymous, file-backed, shared), for the log.</summary>
    string RssParts();

    /// <summary>CPU seconds (user + system) used so far, summed over the target's server processes.</summary>
    double CpuSeconds();
}
