using System.Net;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExerciseServer.Reports;

/// <summary>
/// Inject bodies in the HTML report, with Markdig: the subset the web client renders with markdown-it — paragraphs,
/// headings (from h4, under the report's own), emphasis, code, lists, pipe tables, links and the inject's images.
/// HTML in the source stays text; links go only to http(s) and mailto; an image is embedded as a data: URI when it
/// is one of the inject's media files the report has, and is otherwise its alt text, since the report loads nothing.
/// </summary>
public static class ReportMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string ToHtml(string markdown, IReadOnlyList<string> media, IReadOnlyDictionary<string, ReportImage> images)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 3);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url ?? "";
            if (link.IsImage)
            {
                if (media.Contains(url, StringComparer.Ordinal) && images.TryGetValue(url, out var image))
                {
                    link.Url = image.DataUri;
                }
                else
                {
                    link.ReplaceBy(new LiteralInline(AltText(link) is { Length: > 0 } alt ? alt : url));
                }
            }
            else if (!IsExternal(url))
            {
                // A relative name (a media file) or a scheme such as javascript: — keep the words, drop the target.
                var words = new ContainerInline();
                link.ReplaceBy(words);
                while (link.FirstChild is { } child)
                {
                    child.Remove();
                    words.AppendChild(child);
                }
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string AltText(LinkInline image) =>
        WebUtility.HtmlDecode(string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
}
