using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace ClaimTrack.Web.Infrastructure;

/// <summary>Verdict reasoning is written in Markdown by editors and shown to everyone: rendered, then sanitised.</summary>
public static class SafeMarkdown
{
    // Raw HTML in the Markdown is shown as text; the sanitiser is the second lock (javascript: links, odd attributes).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static MarkupString ToHtml(string markdown) => new(Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline)));
}
