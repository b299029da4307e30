using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ExerciseServer.Cli;
using ExerciseServer.Core.Review;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Hubs;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ExerciseServer.Tests.WebClient;

/// <summary>
/// The status fields of the view and review records are enums; on the wire each value is its kebab-case word, the
/// word it was when the fields were strings. Every enum property of these records, with every value of its enum,
/// goes through the server's own hub and HTTP options and the command line's JSON options.
/// </summary>
public sealed partial class WireStatusWordsTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    /// <summary>The records whose statuses were strings before they were enums.</summary>
    private static readonly Type[] Records =
    [
        typeof(SnapshotInject), typeof(SectorChangeReview), typeof(SnapshotSector), typeof(InjectReview), typeof(ExerciseReview),
        typeof(JointDecisionReview), typeof(SnapshotAction), typeof(ActionReview), typeof(ExerciseSnapshot), typeof(HubSnapshot),
        typeof(ExerciseSummary), typeof(InjectView), typeof(SectorPoint), typeof(InjectDetail), typeof(SectorView),
        typeof(ExerciseView), typeof(JointDecisionDetail),
    ];

    [Fact]
    public void Every_status_of_every_record_is_its_kebab_word_through_the_hub_http_and_command_line_options()
    {
        var writers = new Dictionary<string, JsonSerializerOptions>
        {
            ["hub"] = factory.Services.GetRequiredService<IOptions<JsonHubProtocolOptions>>().Value.PayloadSerializerOptions,
            ["http"] = factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions,
            ["command line"] = DryRunReportWriter.JsonOptions,
        };
        var checkedFields = 0;
        foreach (var record in Records)
        {
            var statuses = record.GetProperties().Where(p => EnumOf(p.PropertyType) is not null).ToList();
            Assert.True(statuses.Count > 0, $"{record.Name} has no status enum");
            foreach (var status in statuses)
            {
                var type = EnumOf(status.PropertyType)!;
                foreach (var value in Enum.GetValues(type))
                {
                    var instance = RuntimeHelpers.GetUninitializedObject(record);
                    status.SetValue(instance, value);
                    foreach (var (writer, options) in writers)
                    {
                        var name = options.PropertyNamingPolicy?.ConvertName(status.Name) ?? status.Name;
                        var json = JsonSerializer.SerializeToNode(instance, record, options)!.AsObject();
                        Assert.True(json[name] is JsonValue word && word.GetValueKind() == JsonValueKind.String && word.GetValue<string>() == ExpectedWord(type, value),
                            $"{writer}: {record.Name}.{status.Name} = {value} is written {json[name]?.ToJsonString()}, not \"{ExpectedWord(type, value)}\"");
                    }

                    checkedFields++;
                }
            }
        }

        Assert.True(checkedFields >= 17 * 3, $"only {checkedFields} values were checked");
    }

    [Fact]
    public void The_words_are_the_ones_the_client_reads()
    {
        var options = factory.Services.GetRequiredService<IOptions<JsonHubProtocolOptions>>().Value.PayloadSerializerOptions;
        string Word(object value) => JsonSerializer.Serialize(value, value.GetType(), options).Trim('"');

        Assert.Equal(["pending", "held", "due", "released", "acknowledged", "responded", "expired", "skipped", "cancelled"],
            Enum.GetValues<Core.Engine.Machines.InjectStatus>().Select(v => Word(v)));
        Assert.Equal(["not-started", "pending", "met", "missed"], Enum.GetValues<Core.Engine.ActionStatus>().Select(v => Word(v)));
        Assert.Equal(["normal", "degraded", "disrupted", "failed", "recovering"], Enum.GetValues<Core.Engine.SectorCondition>().Select(v => Word(v)));
        Assert.Equal(["ready", "running", "paused", "ended"], Enum.GetValues<Core.Engine.Machines.ExerciseLifecycle>().Select(v => Word(v)));
        Assert.Equal(["all", "majority", "lead"], Enum.GetValues<Core.Scenarios.Model.JointRule>().Select(v => Word(v)));
        Assert.Equal(["agreed", "majority", "lead", "not-agreed", "deadline"], Enum.GetValues<Core.Engine.JointResolution>().Select(v => Word(v)));
    }

    private static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    /// <summary>The member's own word if it names one, else its name split before each capital and lower-cased.</summary>
    private static string ExpectedWord(Type type, object value)
    {
        var member = type.GetField(value.ToString()!)!;
        return member.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? Capital().Replace(member.Name, "-$1").ToLowerInvariant();
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capital();
}
