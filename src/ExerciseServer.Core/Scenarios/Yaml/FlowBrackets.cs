namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>Brackets of YAML's flow style on one line, skipping quoted text and comments.</summary>
internal static class FlowBrackets
{
    /// <summary>The index of the last '[' or '{' the line opens and does not close, or null.</summary>
    public static int? LastUnclosed(string line)
    {
        var open = new Stack<int>();
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is { } q)
            {
                quote = c == q ? null : q;
                continue;
            }

            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(line[i - 1]):
                    return open.Count > 0 ? open.Peek() : null;
                case '\'' or '"' when i == 0 || line[i - 1] is ' ' or '[' or '{' or ',' or ':':
                    quote = c;
                    break;
                case '[' or '{':
                    open.Push(i);
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        return open.Count > 0 ? open.Peek() : null;
    }
}
