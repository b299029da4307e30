using System.Text.Json;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Tests.Words;

/// <summary>One vocabulary: the word a message or view uses for a status is the word the wire JSON writes.</summary>
public sealed class StatusWordsTests
{
    private static readonly JsonSerializerOptions Wire = WireJson.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    [Fact]
    public void Multi_word_statuses_are_kebab_case()
    {
        Assert.Equal("not-started", StatusWords.Of(ActionStatus.NotStarted));
        Assert.Equal("released", StatusWords.Of(InjectStatus.Released));
        Assert.Equal("too-many", StatusWords.Of(RejectionCode.TooMany));
    }

    [Fact]
    public void The_wire_json_writes_each_status_as_its_word()
    {
        AssertSameWords<InjectStatus>();
        AssertSameWords<ActionStatus>();
        AssertSameWords<SectorCondition>();
        AssertSameWords<ExerciseLifecycle>();
        AssertSameWords<RejectionCode>();
        AssertSameWords<JointRule>();

        // Its members name their words (JsonStringEnumMemberName): the words in messages are those too.
        AssertSameWords<JointResolution>();
    }

    [Fact]
    public void Applying_the_wire_configuration_twice_adds_one_converter()
    {
        var options = WireJson.Apply(WireJson.Apply(new JsonSerializerOptions()));

        Assert.Single(options.Converters);
    }

    [Fact]
    public void Scenario_words_are_snake_case_and_read_back_in_any_of_the_client_spellings()
    {
        Assert.Equal("sector_alert", ScenarioWords.Of(InjectChannel.SectorAlert));
        Assert.Equal("email", CreateAdHocInject.DefaultChannel);
        foreach (var spelling in new[] { "sector_alert", "sector-alert", "SectorAlert" })
        {
            Assert.True(ScenarioWords.TryRead<InjectChannel>(spelling, out var channel));
            Assert.Equal(InjectChannel.SectorAlert, channel);
        }

        Assert.False(ScenarioWords.TryRead<InjectChannel>("", out _));
        Assert.False(ScenarioWords.TryRead<InjectChannel>("3", out _));
        Assert.False(ScenarioWords.TryRead<InjectChannel>("fax", out _));
    }

    private static void AssertSameWords<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal($"\"{StatusWords.Of(value)}\"", JsonSerializer.Serialize(value, Wire));
        }
    }
}
