using ExerciseServer.Core.Engine;
using Microsoft.AspNetCore.Diagnostics;

namespace ExerciseServer.Hosting;

/// <summary>An HTTP request that failed because the store cannot be reached: 503 with problem details, code <c>unavailable</c>, and Retry-After.</summary>
public sealed class StoreUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<StoreUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!StoreFailures.IsUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("{Method} {Path} answered 503: the store cannot be reached ({Error})", context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The exercise store is unavailable",
                Detail = StoreFailures.Reason,
                Extensions = { ["code"] = Rejection.WordOf(RejectionCode.Unavailable) },
            },
        });
    }
}
