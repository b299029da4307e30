namespace ExerciseServer.Core.Simulation;

/// <summary>Small dense linear algebra for the sector model: a handful of sectors, so plain LU is right.</summary>
public static class Matrix
{
    /// <summary>Relative pivot size below which a matrix counts as singular.</summary>
    public const double SingularTolerance = 1e-10;

    public static double[,] Identity(int n)
    {
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            result[i, i] = 1;
        }

        return result;
    }

    /// <summary>I − A.</summary>
    public static double[,] IdentityMinus(double[,] a)
    {
        var n = a.GetLength(0);
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[i, j] = (i == j ? 1 : 0) - a[i, j];
            }
        }

        return result;
    }

    /// <summary>Solves M·x = b by LU decomposition with partial pivoting; null when M is singular.</summary>
    public static double[]? Solve(double[,] m, double[] b)
    {
        var n = m.GetLength(0);
        var lu = (double[,])m.Clone();
        var x = (double[])b.Clone();
        var scale = 0.0;
        foreach (var value in m)
        {
            scale = Math.Max(scale, Math.Abs(value));
        }

        if (scale == 0)
        {
            return n == 0 ? [] : null;
        }

        for (var k = 0; k < n; k++)
        {
            var pivot = k;
            for (var i = k + 1; i < n; i++)
            {
                if (Math.Abs(lu[i, k]) > Math.Abs(lu[pivot, k]))
                {
                    pivot = i;
                }
            }

            if (Math.Abs(lu[pivot, k]) <= SingularTolerance * scale)
            {
                return null;
            }

            if (pivot != k)
            {
                for (var j = 0; j < n; j++)
                {
                    (lu[k, j], lu[pivot, j]) = (lu[pivot, j], lu[k, j]);
                }

                (x[k], x[pivot]) = (x[pivot], x[k]);
            }

            for (var i = k + 1; i < n; i++)
            {
                var factor = lu[i, k] / lu[k, k];
                for (var j = k; j < n; j++)
                {
                    lu[i, j] -= factor * lu[k, j];
                }

                x[i] -= factor * x[k];
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var j = i + 1; j < n; j++)
            {
                sum -= lu[i, j] * x[j];
            }

            x[i] = sum / lu[i, i];
        }

        return x;
    }

    /// <summary>M⁻¹, or null when M is singular.</summary>
    public static double[,]? Invert(double[,] m)
    {
        var n = m.GetLength(0);
        var result = new double[n, n];
        for (var column = 0; column < n; column++)
        {
            var unit = new double[n];
            unit[column] = 1;
            var solved = Solve(m, unit);
            if (solved is null)
            {
                return null;
            }

            for (var row = 0; row < n; row++)
            {
                result[row, column] = solved[row];
            }
        }

        return result;
    }
}
