using System.Net;
using System.Text;
using ExerciseServer.Security;
using ExerciseServer.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// The facilitator's password and API tokens live in grain storage: a generated password is stored only as a hash
/// and shown once, an older version's facilitator.json is taken over and deleted, and in a cluster the first node
/// generates the password while every node accepts it, the API tokens made on another node and its cookies.
/// </summary>
public sealed class FacilitatorCredentialsStoreTests
{
    [Fact]
    public async Task A_generated_password_is_stored_only_as_a_hash_shown_only_the_first_time_and_tokens_outlive_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("credentials-").FullName;
        string password;
        string token;
        await using (var first = new Node(folder))
        {
            var credentials = first.Credentials;
            password = credentials.GeneratedPassword ?? throw new InvalidOperationException("the first start generated no password");
            token = await credentials.CreateApiTokenAsync();
        }

        await using var second = new Node(folder);

        Assert.Null(second.Credentials.GeneratedPassword);
        Assert.Equal("generated", second.Credentials.PasswordOrigin);
        Assert.True(second.Credentials.CheckPassword(password));
        Assert.False(second.Credentials.CheckPassword(password + "x"));
        Assert.NotNull(await second.Credentials.FindApiTokenAsync(token));
        Assert.Null(await second.Credentials.FindApiTokenAsync("est_" + new string('A', 32)));
        var stored = StoredBytes(folder);
        Assert.DoesNotContain(password, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_older_versions_facilitator_file_is_taken_over_and_deleted_and_its_pbkdf2_token_hashes_dropped()
    {
        var folder = Directory.CreateTempSubdirectory("credentials-legacy-").FullName;
        const string token = "est_LEGACYTOKEN0123456789ABCDEFGHJK";
        var file = Path.Combine(folder, LegacyFacilitatorFile.FileName);
        await File.WriteAllTextAsync(file, $$"""
            {"PasswordHash":"{{SecretHasher.Hash("old password")}}",
             "ApiTokens":[{"Id":"t1","Sha256":"{{FacilitatorCredentials.TokenHash(token)}}","CreatedAt":"2026-01-01T00:00:00+00:00"}],
             "ApiTokenHashes":["pbkdf2-sha256$210000$AAAA$BBBB"]}
            """);

        await using var node = new Node(folder);
        var credentials = node.Credentials;

        Assert.False(File.Exists(file));
        Assert.Equal(1, credentials.DroppedLegacyTokens);
        Assert.Equal("imported", credentials.PasswordOrigin);
        Assert.Null(credentials.GeneratedPassword);
        Assert.True(credentials.CheckPassword("old password"));
        Assert.Equal("t1", await credentials.FindApiTokenAsync(token));
        Assert.Contains("Took over", credentials.LegacyFileNotice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_cluster_the_first_node_generates_the_password_and_every_node_accepts_it_its_tokens_and_its_cookies()
    {
        using var redis = await RedisServer.StartAsync();
        string[] cluster = [$"Cluster:Redis={redis.Configuration}", $"Cluster:Id=credentials-{redis.Port}"];
        await using var first = new Node(Directory.CreateTempSubdirectory("credentials-a-").FullName, cluster);
        var generated = first.Credentials.GeneratedPassword ?? throw new InvalidOperationException("the first node generated no password");
        await using var second = new Node(Directory.CreateTempSubdirectory("credentials-b-").FullName, cluster);

        var token = await first.Credentials.CreateApiTokenAsync();
        var cookies = await new SessionClients(first).SignInFacilitatorAsync(generated);

        Assert.Null(second.Credentials.GeneratedPassword);
        Assert.True(second.Credentials.CheckPassword(generated));
        Assert.NotNull(await second.Credentials.FindApiTokenAsync(token));
        Assert.Equal(HttpStatusCode.OK, await new SessionClients(second).MeAsync(cookies));
    }

    /// <summary>Everything the server stored under the data folder, as text, to search for secrets.</summary>
    private static string StoredBytes(string folder) =>
        string.Concat(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f))));

    /// <summary>A server on its own data folder with no configured password, so it generates or reads one.</summary>
    private sealed class Node(string folder, params string[] settings) : ServerFactory
    {
        public FacilitatorCredentials Credentials => Services.GetRequiredService<FacilitatorCredentials>();

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>(
            settings.Select(s => s.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1])))
        {
            ["Storage:Path"] = folder,
            ["Facilitator:Password"] = "",
        };
    }
}
