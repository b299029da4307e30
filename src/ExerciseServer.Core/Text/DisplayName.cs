using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace ExerciseServer.Core.Text;

/// <summary>
/// The one rule for the names people give themselves: trimmed, 1 to 80 characters, nothing that hides or
/// reorders text. A name reaches other people's screens and the reports, so a right-to-left override, a NUL or a
/// name made of invisible characters would let someone pass for someone else.
/// </summary>
public static class DisplayName
{
    public const int MaxLength = 80;

    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>Letters that look like nothing at all (Hangul and braille blanks), refused like format characters.</summary>
    private static readonly int[] BlankLetters = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800];

    /// <summary>The cleaned name, or why it is refused (a sentence for the person who typed it).</summary>
    public static bool TryClean(string? raw, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? problem)
    {
        name = null;
        var trimmed = (raw ?? "").Trim();
        if (trimmed.Length == 0)
        {
            problem = "Give a display name of 1 to 80 characters.";
            return false;
        }

        var length = 0;
        var visible = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < trimmed.Length && char.IsLowSurrogate(trimmed[i + 1])))
            {
                problem = "The display name contains a broken character (a lone UTF-16 surrogate).";
                return false;
            }

            var rune = Rune.GetRuneAt(trimmed, i);
            i += rune.Utf16SequenceLength - 1;
            length++;
            if (Refusal(rune, trimmed, i) is { } reason)
            {
                problem = $"The display name may not contain {reason} (U+{rune.Value:X4}).";
                return false;
            }

            visible |= IsVisible(rune);
        }

        if (length > MaxLength)
        {
            problem = $"The display name has {length} characters; at most {MaxLength} are allowed.";
            return false;
        }

        if (!visible)
        {
            problem = "The display name needs at least one visible letter, digit or symbol.";
            return false;
        }

        name = trimmed;
        problem = null;
        return true;
    }

    /// <summary>Why this character may not be in a name, or null. <paramref name="end"/> is its last UTF-16 index.</summary>
    private static string? Refusal(Rune rune, string text, int end)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.Control:
                return "control characters";
            case UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return "line breaks";
            case UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                return "unassigned or private-use characters";
            case UnicodeCategory.Format:
                // Joiners shape scripts such as Persian and emoji sequences; only between two visible characters.
                var joiner = rune.Value is ZeroWidthNonJoiner or ZeroWidthJoiner;
                var start = end - rune.Utf16SequenceLength + 1;
                return joiner && start > 0 && end + 1 < text.Length && !char.IsWhiteSpace(text[start - 1]) && !char.IsWhiteSpace(text[end + 1])
                    ? null
                    : "invisible formatting characters (direction overrides, zero-width characters, byte-order marks)";
        }

        return Array.IndexOf(BlankLetters, rune.Value) >= 0 ? "blank filler characters" : null;
    }

    private static bool IsVisible(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark => false,
        _ => true,
    };
}
