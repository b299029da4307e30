using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Simulation;

/// <summary>
/// The dynamic inoperability input–output model (Haimes and Jiang 2001; Lian and Haimes 2006):
/// dq/dt = K·(A*·q + c* − q), each q_i clamped to [0, 1].
/// <para>
/// Stepping: within one step the coupling term A*·q is held at the step's start and each sector relaxes
/// exactly (exponentially) towards its target A*·q + c*, so a step is stable for any step length and the
/// fixed point is the static equilibrium q = (I − A*)⁻¹·c*. Time advances on a fixed grid of
/// <see cref="Step"/> aligned to the exercise start, plus a partial step to reach any other instant, so the
/// same sequence of stops gives bit-identical results on replay.
/// </para>
/// </summary>
public sealed class SectorModel : IReadOnlySectorModel
{
    /// <summary>The grid step: one game minute.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    /// <summary>A sector counts as recovered at 1 % of its disruption: k = ln(100) / T.</summary>
    public static readonly double RecoveredFraction = 0.01;

    private readonly double[,] _a;
    private readonly double[] _q;
    private readonly double[] _c;
    private readonly double[] _k;
    private readonly double[] _target;

    public SectorModel(IReadOnlyList<Sector> sectors)
    {
        Ids = [.. sectors.Select(s => s.Id)];
        _a = InterdependencyMatrix.Build(sectors);
        _q = [.. sectors.Select(s => Math.Clamp(s.Initial, 0, 1))];
        _c = new double[sectors.Count];
        _k = [.. sectors.Select(s => RecoveryRate(s.RecoveryTime, 0))];
        _target = new double[sectors.Count];
        Index = Ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
    }

    private SectorModel(SectorModel other)
    {
        Ids = other.Ids;
        Index = other.Index;
        _a = other._a;
        _q = (double[])other._q.Clone();
        _c = (double[])other._c.Clone();
        _k = (double[])other._k.Clone();
        _target = new double[_q.Length];
        Time = other.Time;
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyDictionary<string, int> Index { get; }

    /// <summary>Game time (offset from the start) the model has reached.</summary>
    public TimeSpan Time { get; private set; }

    public IReadOnlyList<double> Inoperability => _q;

    public IReadOnlyList<double> Perturbation => _c;

    public IReadOnlyList<double> RecoveryRates => _k;

    /// <summary>k_i = ln(q(0)/q(T)) / (T·(1 − a*_ii)) per hour, with q(T) = 1 % of q(0).</summary>
    public static double RecoveryRate(TimeSpan recoveryTime, double selfDependency) =>
        Math.Log(1 / RecoveredFraction) / (Math.Max(recoveryTime.TotalHours, 1e-6) * (1 - selfDependency));

    public double InoperabilityOf(string sector) => _q[Index[sector]];

    public void AddPerturbation(string sector, double delta)
    {
        var i = Index[sector];
        _c[i] = Math.Clamp(_c[i] + delta, 0, 1);
    }

    public void Shock(string sector, double delta)
    {
        var i = Index[sector];
        _q[i] = Math.Clamp(_q[i] + delta, 0, 1);
    }

    public void ScaleRecovery(string sector, double factor)
    {
        var i = Index[sector];
        _k[i] = Math.Clamp(_k[i] * factor, 1e-6, 1e6);
    }

    /// <summary>Advances to <paramref name="time"/> through every grid point on the way; never goes back.</summary>
    public void AdvanceTo(TimeSpan time)
    {
        while (Time < time)
        {
            var nextGrid = TimeSpan.FromTicks(((Time.Ticks / Step.Ticks) + 1) * Step.Ticks);
            var stop = nextGrid < time ? nextGrid : time;
            Integrate((stop - Time).TotalHours);
            Time = stop;
        }
    }

    /// <summary>An independent copy, to look ahead without changing this model.</summary>
    public SectorModel Clone() => new(this);

    /// <summary>The static equilibrium (I − A*)⁻¹·c* for the current perturbation, or null if singular.</summary>
    public double[]? Equilibrium() => Matrix.Solve(Matrix.IdentityMinus(_a), _c);

    private void Integrate(double hours)
    {
        var n = _q.Length;
        for (var i = 0; i < n; i++)
        {
            var coupled = _c[i];
            for (var j = 0; j < n; j++)
            {
                coupled += _a[i, j] * _q[j];
            }

            _target[i] = Math.Min(coupled, 1);
        }

        for (var i = 0; i < n; i++)
        {
            var decay = Math.Exp(-_k[i] * hours);
            _q[i] = Math.Clamp(_target[i] + ((_q[i] - _target[i]) * decay), 0, 1);
        }
    }
}
