using System.Net;
using System.Net.Http.Json;

namespace ExerciseServer.LoadTests;

/// <summary>A participant signs in with a join code, as a browser does: the session cookie for its hub connection.</summary>
public static class JoinCodeSignIn
{
    public static async Task<CookieContainer> SignInAsync(HttpClient http, string baseUrl, string code, string name)
    {
        var cookies = new CookieContainer();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/join") { Content = JsonContent.Create(new { code, name }) };
        request.Headers.Authorization = null;
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        foreach (var cookie in response.Headers.GetValues("Set-Cookie"))
        {
            cookies.SetCookies(new Uri(baseUrl), cookie);
        }

        return cookies;
    }
}
