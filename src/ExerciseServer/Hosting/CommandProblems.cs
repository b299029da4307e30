using ExerciseServer.Core.Engine;
using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Hosting;

/// <summary>
/// A refused command as an HTTP answer: the status follows the rejection code alone (never the message), and the
/// problem details carry the code as <c>code</c> beside the reason in <c>detail</c>.
/// </summary>
public static class CommandProblems
{
    /// <summary>
    /// not-found 404, forbidden 403, conflict 409 (422 for a reused idempotency key), invalid 400, too-many 429,
    /// unavailable 503; the joint-vote codes already-voted 409, not-a-party 403, decision-resolved 409.
    /// </summary>
    public static int StatusOf(RejectionCode? code, bool keyReused) => code switch
    {
        RejectionCode.NotFound => StatusCodes.Status404NotFound,
        RejectionCode.Forbidden => StatusCodes.Status403Forbidden,
        RejectionCode.Conflict when keyReused => StatusCodes.Status422UnprocessableEntity,
        RejectionCode.Conflict => StatusCodes.Status409Conflict,
        RejectionCode.Invalid => StatusCodes.Status400BadRequest,
        RejectionCode.TooMany => StatusCodes.Status429TooManyRequests,
        RejectionCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        RejectionCode.NotAParty => StatusCodes.Status403Forbidden,
        RejectionCode.AlreadyVoted or RejectionCode.DecisionResolved => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status409Conflict,
    };

    public static IResult Of(CommandOutcome outcome)
    {
        var status = StatusOf(outcome.Code, outcome.KeyReused);
        var title = outcome.KeyReused ? "The Idempotency-Key was used for another command" : status switch
        {
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status403Forbidden => "Not allowed",
            StatusCodes.Status400BadRequest => "The command is invalid",
            StatusCodes.Status429TooManyRequests => "Too many requests",
            StatusCodes.Status503ServiceUnavailable => "The exercise store is unavailable",
            _ => "The command was rejected",
        };
        var extensions = new Dictionary<string, object?> { ["code"] = outcome.Code is { } code ? Rejection.WordOf(code) : null };
        return Results.Problem(statusCode: status, title: title, detail: outcome.Rejection, extensions: extensions);
    }
}
