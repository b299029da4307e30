using System.Security.Claims;
using ExerciseServer.Grains.Exercises;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ExerciseServer.Security;

/// <summary>
/// The language a sign-in reads its exercise in, kept as a claim of the session: chosen at join (one of the
/// scenario's <c>languages</c>, the first when none is given) and changed later with
/// <c>POST /api/auth/language</c>, which re-issues the cookie of the same session with the new language. Control
/// reads every exercise, so it may ask for any language; where a scenario lacks it, control reads the main one.
/// </summary>
public static class ReadingLanguage
{
    public static void MapLanguageApi(this RouteGroupBuilder auth) =>
        auth.MapPost("/language", ChangeAsync).RequireAuthorization();

    /// <summary>The language to keep for a participant of <paramref name="exerciseId"/>, or the problem with the one asked for.</summary>
    public static async Task<(string? Language, IResult? Problem)> ForExerciseAsync(IGrainFactory grains, string exerciseId, string? wanted)
    {
        var languages = await grains.GetGrain<IExerciseGrain>(exerciseId).GetLanguages();
        if (string.IsNullOrWhiteSpace(wanted))
        {
            return (languages.Count > 0 ? languages[0] : null, null);
        }

        var language = wanted.Trim();
        if (languages.Contains(language, StringComparer.Ordinal))
        {
            return (language, null);
        }

        var offered = languages.Count == 0
            ? "This exercise is written in one language only; join without choosing one."
            : $"This exercise can be read in {string.Join(", ", languages)}; '{Shorten(language)}' is not one of them.";
        return (null, Results.Problem(statusCode: 400, title: "This language is not offered", detail: offered,
            extensions: new Dictionary<string, object?> { ["languages"] = languages }));
    }

    private static async Task<IResult> ChangeAsync(LanguageBody body, IGrainFactory grains, HttpContext context)
    {
        var signedIn = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (signedIn.Principal is not { } user || user.FindFirstValue(ExerciseClaims.Role) is not { } role)
        {
            return Results.Problem(statusCode: 400, title: "Not a browser sign-in",
                detail: "The language is kept with a browser's sign-in; an API token reads every exercise in its main language.");
        }

        string? language;
        if (role == ExerciseClaims.Control)
        {
            language = string.IsNullOrWhiteSpace(body.Language) ? null : body.Language.Trim();
            if (language is not null && (language.Length is < 2 or > 16 || !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            {
                return Results.Problem(statusCode: 400, title: "This language is not offered", detail: $"'{Shorten(language)}' is not a language tag such as en, fi or fr.");
            }
        }
        else
        {
            var (kept, problem) = await ForExerciseAsync(grains, user.FindFirstValue(ExerciseClaims.Exercise) ?? "", body.Language);
            if (problem is not null)
            {
                return problem;
            }

            language = kept;
        }

        // The same session (id, end, code) with the new language: revocation and budgets still find it.
        List<Claim> claims = [.. user.Claims.Where(c => c.Type != ExerciseClaims.Language).Select(c => new Claim(c.Type, c.Value))];
        if (language is not null)
        {
            claims.Add(new Claim(ExerciseClaims.Language, language));
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ExerciseClaims.Name, ExerciseClaims.Role)));
        return Results.Ok(new { language });
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
