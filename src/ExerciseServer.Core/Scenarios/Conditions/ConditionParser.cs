using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>
/// Parses the condition language once, at load time, keeping the file position of every part:
/// <code>
/// condition  := or
/// or         := and ("or" and)*
/// and        := unary ("and" unary)*
/// unary      := "not" unary | "(" or ")" | comparison
/// comparison := operand (("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") operand)?
/// operand    := name "(" id ("," id)* ")" | "time" | number | number "%" | duration | word
/// </code>
/// Names are checked against the scenario later, by the validator.
/// </summary>
public sealed class ConditionParser
{
    private readonly string _text;
    private readonly Func<int, SourceLocation> _locate;
    private int _position;

    private ConditionParser(string text, Func<int, SourceLocation> locate)
    {
        _text = text;
        _locate = locate;
    }

    /// <summary>Parses <paramref name="text"/>; on a syntax error reports it and returns null.</summary>
    public static Condition? Parse(string text, Func<int, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var parser = new ConditionParser(text, locate);
        try
        {
            parser.SkipSpace();
            if (parser.AtEnd)
            {
                throw new ConditionSyntaxException(0, "the condition is empty");
            }

            var expression = parser.ParseOr(0);
            parser.SkipSpace();
            if (!parser.AtEnd)
            {
                throw new ConditionSyntaxException(parser._position, $"unexpected '{parser.Rest(12)}'; join conditions with 'and' or 'or'");
            }

            return new Condition(text, expression, locate(0));
        }
        catch (ConditionSyntaxException ex)
        {
            diagnostics.Report(DiagnosticCodes.ConditionSyntax, locate(Math.Min(ex.Offset, text.Length)), ex.Message);
            return null;
        }
    }

    private const int MaxNesting = 32;

    private bool AtEnd => _position >= _text.Length;

    private ConditionExpression ParseOr(int depth)
    {
        var left = ParseAnd(depth);
        while (TryKeyword("or"))
        {
            left = new LogicalExpression(LogicalOperator.Or, left, ParseAnd(depth), left.Location);
        }

        return left;
    }

    private ConditionExpression ParseAnd(int depth)
    {
        var left = ParseUnary(depth);
        while (TryKeyword("and"))
        {
            left = new LogicalExpression(LogicalOperator.And, left, ParseUnary(depth), left.Location);
        }

        return left;
    }

    private ConditionExpression ParseUnary(int depth)
    {
        if (depth > MaxNesting)
        {
            throw new ConditionSyntaxException(_position, $"the condition nests more than {MaxNesting} levels deep");
        }

        SkipSpace();
        var start = _position;
        if (TryKeyword("not"))
        {
            return new NotExpression(ParseUnary(depth + 1), _locate(start));
        }

        if (TryChar('('))
        {
            var inner = ParseOr(depth + 1);
            SkipSpace();
            if (!TryChar(')'))
            {
                throw new ConditionSyntaxException(_position, AtEnd ? "a '(' is never closed" : $"expected ')' before '{Rest(12)}'");
            }

            return inner;
        }

        var left = ParseOperand();
        SkipSpace();
        var opStart = _position;
        var op = TryOperator();
        if (op is null)
        {
            return left;
        }

        var right = ParseOperand();
        return new ComparisonExpression(left, op.Value, right, _locate(opStart));
    }

    private ConditionExpression ParseOperand()
    {
        SkipSpace();
        var start = _position;
        if (AtEnd)
        {
            throw new ConditionSyntaxException(start, "the condition ends where a value was expected");
        }

        var c = _text[_position];
        if (char.IsAsciiDigit(c) || c == '.')
        {
            return ParseNumberOrDuration(start);
        }

        if (!IsWordStart(c))
        {
            throw new ConditionSyntaxException(start, $"unexpected '{c}'");
        }

        var word = ReadWord();
        if (word.StartsWith('P') && DurationFormat.TryParse(word, out var iso) == DurationParseResult.Ok)
        {
            return new DurationLiteral(iso, _locate(start));
        }

        SkipSpace();
        if (TryChar('('))
        {
            var arguments = new List<Reference>();
            do
            {
                SkipSpace();
                var argStart = _position;
                if (AtEnd || !IsWordPart(_text[_position]) || _text[_position] == '-')
                {
                    throw new ConditionSyntaxException(argStart, $"{word}(...) expects ids separated by commas");
                }

                arguments.Add(new Reference(ReadWord(), _locate(argStart)));
                SkipSpace();
            }
            while (TryChar(','));

            if (!TryChar(')'))
            {
                throw new ConditionSyntaxException(_position, AtEnd ? $"{word}( is never closed" : $"expected ',' or ')' in {word}(...)");
            }

            return new CallExpression(word, arguments, _locate(start));
        }

        return word == "time" ? new GameTimeExpression(_locate(start)) : new WordLiteral(word, _locate(start));
    }

    private ConditionExpression ParseNumberOrDuration(int start)
    {
        var end = _position;
        while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '.' or '%'))
        {
            end++;
        }

        var token = _text[start..end];
        _position = end;
        if (token.EndsWith('%') && double.TryParse(token[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
        {
            return new NumberLiteral(percent / 100, _locate(start));
        }

        if (double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return new NumberLiteral(number, _locate(start));
        }

        if (DurationFormat.TryParse(token, out var duration) == DurationParseResult.Ok)
        {
            return new DurationLiteral(duration, _locate(start));
        }

        throw new ConditionSyntaxException(start, $"'{token}' is neither a number (0.3, 30%) nor a duration (2h30m, PT2H)");
    }

    private ComparisonOperator? TryOperator()
    {
        if (AtEnd)
        {
            return null;
        }

        var two = _position + 1 < _text.Length ? _text.Substring(_position, 2) : "";
        ComparisonOperator? op = two switch
        {
            "<=" => ComparisonOperator.LessOrEqual,
            ">=" => ComparisonOperator.GreaterOrEqual,
            "==" => ComparisonOperator.Equal,
            "!=" => ComparisonOperator.NotEqual,
            _ => null,
        };
        if (op is not null)
        {
            _position += 2;
            return op;
        }

        op = _text[_position] switch
        {
            '<' => ComparisonOperator.Less,
            '>' => ComparisonOperator.Greater,
            '=' => throw new ConditionSyntaxException(_position, "write '==' to compare"),
            _ => null,
        };
        if (op is not null)
        {
            _position++;
        }

        return op;
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        var end = _position + keyword.Length;
        if (end <= _text.Length
            && string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) == 0
            && (end == _text.Length || !IsWordPart(_text[end])))
        {
            _position = end;
            return true;
        }

        return false;
    }

    private bool TryChar(char c)
    {
        SkipSpace();
        if (!AtEnd && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private string ReadWord()
    {
        var start = _position;
        while (!AtEnd && IsWordPart(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private string Rest(int max) => _text.Length - _position <= max ? _text[_position..] : _text.Substring(_position, max) + "…";

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private sealed class ConditionSyntaxException(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
