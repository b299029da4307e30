namespace ExerciseServer.Security;

/// <summary>The claims a signed-in person carries, and the roles.</summary>
public static class ExerciseClaims
{
    public const string Role = "es:role";
    public const string Exercise = "es:exercise";
    public const string Team = "es:team";

    /// <summary>The seat in the team (such as minister) a player's code was issued for; absent for the whole team.</summary>
    public const string TeamRole = "es:team-role";
    public const string Name = "es:name";

    /// <summary>A random id per sign-in: budgets and revocation are per session, across all its connections.</summary>
    public const string Session = "es:session";

    /// <summary>The id (never the text) of the join code a participant signed in with: revoking it ends the session.</summary>
    public const string Code = "es:code";

    /// <summary>The language the sign-in reads its exercise in (see <see cref="ReadingLanguage"/>); absent for the main one.</summary>
    public const string Language = "es:language";

    /// <summary>When a sign-in ends at the latest (Unix seconds), however often its cookie is renewed.</summary>
    public const string Expires = "es:expires";

    public const string Control = "control";
    public const string Player = "player";
    public const string Observer = "observer";
    public const string Evaluator = "evaluator";

    /// <summary>The authorization policy for facilitators (exercise control).</summary>
    public const string ControlPolicy = "control";
}
