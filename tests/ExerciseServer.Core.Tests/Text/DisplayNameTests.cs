using ExerciseServer.Core.Text;

namespace ExerciseServer.Core.Tests.Text;

/// <summary>The display-name rule as a table: what is accepted (and how it is cleaned), what is refused and why.</summary>
public sealed class DisplayNameTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { "Aino", "Aino" },
        { "  Aino  ", "Aino" },
        { "\tAino Virtanen\n", "Aino Virtanen" },
        { "Jääskeläinen", "Jääskeläinen" },
        { "Ἀθηνᾶ", "Ἀθηνᾶ" },
        { "محمد", "محمد" },
        { "می\u200Cخواهم", "می\u200Cخواهم" },
        { "👩\u200D💻 Aino", "👩\u200D💻 Aino" },
        { "O'Brien-Smith (EE)", "O'Brien-Smith (EE)" },
        { new string('a', 80), new string('a', 80) },
        { string.Concat(Enumerable.Repeat("😀", 80)), string.Concat(Enumerable.Repeat("😀", 80)) },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "", "1 to 80" },
        { "   ", "1 to 80" },
        { "\u00A0\u2003", "1 to 80" },
        { "Ai\0no", "control characters (U+0000)" },
        { "Aino\u0007", "control characters (U+0007)" },
        { "Ai\nno", "control characters (U+000A)" },
        { "\u202Enimda", "invisible formatting characters" },
        { "Aino\u202Etxt.exe", "(U+202E)" },
        { "Aino\u2066x\u2069", "(U+2066)" },
        { "\u200B", "(U+200B)" },
        { "\u200B\u200B\u200B", "(U+200B)" },
        { "Ai\u200Bno", "(U+200B)" },
        { "\uFEFFAino", "(U+FEFF)" },
        { "Aino\u200E", "(U+200E)" },
        { "\u200D", "(U+200D)" },
        { "Aino \u200D", "(U+200D)" },
        { "Ai\uD800no", "lone UTF-16 surrogate" },
        { "Ai\uDC00no", "lone UTF-16 surrogate" },
        { "Aino\uD83D", "lone UTF-16 surrogate" },
        { "Ai\u2028no", "line breaks" },
        { "\uE000", "private-use" },
        { "\u3164", "blank filler" },
        { "\u0301\u0301", "visible" },
        { new string('a', 81), "81 characters" },
        { string.Concat(Enumerable.Repeat("😀", 81)), "81 characters" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void A_good_name_is_accepted_trimmed(string raw, string expected)
    {
        Assert.True(DisplayName.TryClean(raw, out var name, out var problem), problem);
        Assert.Equal(expected, name);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_bad_name_is_refused_with_its_reason(string raw, string reason)
    {
        Assert.False(DisplayName.TryClean(raw, out var name, out var problem));
        Assert.Null(name);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void No_name_at_all_is_refused()
    {
        Assert.False(DisplayName.TryClean(null, out _, out var problem));
        Assert.Contains("1 to 80", problem, StringComparison.Ordinal);
    }
}
