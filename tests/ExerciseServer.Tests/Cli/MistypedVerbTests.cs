using ExerciseServer.Cli;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Cli;

/// <summary>A mistyped verb never starts the server: it is a usage error (exit 2); server settings still start it.</summary>
public sealed class MistypedVerbTests
{
    [Theory]
    [InlineData("no-such-verb-xyz")]
    [InlineData("valdate")]
    [InlineData("reprot")]
    public async Task A_mistyped_verb_prints_usage_and_exits_2(string verb)
    {
        Assert.True(CommandLineVerbs.IsVerb([verb]));

        var (exit, _, error) = await VerbRunner.Run(verb);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(verb, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5081")]
    [InlineData("--Storage:Path=/srv/exercises")]
    [InlineData("Storage:Path=/srv/exercises")]
    public void Server_settings_start_the_server(params string[] args) => Assert.False(CommandLineVerbs.IsVerb(args));
}
