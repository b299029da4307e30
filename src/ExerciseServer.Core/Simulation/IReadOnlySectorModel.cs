namespace ExerciseServer.Core.Simulation;

/// <summary>
/// A <see cref="SectorModel"/> seen without the means to change it: what the exercise state hands out, so only
/// applying an event moves its model. <see cref="Clone"/> gives a model of one's own to step ahead.
/// </summary>
public interface IReadOnlySectorModel
{
    IReadOnlyList<string> Ids { get; }

    IReadOnlyDictionary<string, int> Index { get; }

    /// <summary>Game time (offset from the start) the model has reached.</summary>
    TimeSpan Time { get; }

    IReadOnlyList<double> Inoperability { get; }

    IReadOnlyList<double> Perturbation { get; }

    IReadOnlyList<double> RecoveryRates { get; }

    double InoperabilityOf(string sector);

    SectorModel Clone();
}
