namespace ExerciseServer.Core.Simulation;

/// <summary>
/// ρ(A), the largest eigenvalue modulus of a non-negative matrix such as A*, by Gelfand's formula
/// ρ(A) = lim ‖A^m‖^(1/m), taking m = 2, 4, 8, … by repeated squaring. Every entry stays non-negative, so the
/// products have no cancellation and rounding stays relative; each square is rescaled to norm 1 (its logarithm
/// kept apart) so nothing overflows. Unlike power iteration this needs no start vector and converges for
/// reducible, periodic and defective matrices alike, and a nilpotent matrix (dependencies without a loop) gives 0.
/// </summary>
public static class SpectralRadius
{
    /// <summary>Squarings: ‖A^m‖^(1/m) overestimates ρ by at most a factor (n·m^n)^(1/m), negligible at m = 2^48.</summary>
    private const int Squarings = 48;

    public static double Of(double[,] a)
    {
        var n = a.GetLength(0);
        if (n == 0)
        {
            return 0;
        }

        var power = (double[,])a.Clone();
        foreach (var value in power)
        {
            if (value < 0 || double.IsNaN(value))
            {
                throw new ArgumentException("The matrix must be non-negative.", nameof(a));
            }
        }

        // log ρ ≈ (Σ_k log s_k · 2^(Squarings−k)) / 2^Squarings, accumulated as a running halving so nothing overflows.
        var norm = InfinityNorm(power);
        if (norm == 0)
        {
            return 0;
        }

        Scale(power, 1 / norm);
        var logRadius = Math.Log(norm);
        var exponent = 1.0;
        for (var k = 0; k < Squarings; k++)
        {
            power = Square(power);
            exponent *= 2;
            var squaredNorm = InfinityNorm(power);
            if (squaredNorm == 0)
            {
                return 0;
            }

            Scale(power, 1 / squaredNorm);
            logRadius += Math.Log(squaredNorm) / exponent;
        }

        return Math.Exp(logRadius);
    }

    /// <summary>The largest row sum: the bound ES304 used before, and the norm the estimate is taken in.</summary>
    public static double InfinityNorm(double[,] a)
    {
        var n = a.GetLength(0);
        var largest = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += Math.Abs(a[i, j]);
            }

            largest = Math.Max(largest, sum);
        }

        return largest;
    }

    private static double[,] Square(double[,] a)
    {
        var n = a.GetLength(0);
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++)
            {
                var aik = a[i, k];
                if (aik == 0)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    result[i, j] += aik * a[k, j];
                }
            }
        }

        return result;
    }

    private static void Scale(double[,] a, double factor)
    {
        var n = a.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] *= factor;
            }
        }
    }
}
