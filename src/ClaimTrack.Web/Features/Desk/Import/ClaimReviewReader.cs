using System.Text.Json;
using AngleSharp.Html.Parser;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>What an input held: the reviews read, and every item left out with its reason.</summary>
public sealed record ReviewReading(IReadOnlyList<OtherReviewDetails> Reviews, IReadOnlyList<SkippedItem> Skipped);

/// <summary>The input as a whole cannot be read (not JSON, no JSON-LD, too big): nothing was imported.</summary>
public sealed class ImportInputInvalid(string message, CodedSentence? sentence = null) : Exception(message)
{
    /// <summary>The refusal as the desk words it in other languages (a code and the values in it; see CodedSentence).</summary>
    public CodedSentence Sentence { get; } = sentence ?? CodedSentence.Plain(message);
}

/// <summary>
/// Reads ClaimReview from what other fact-checkers publish: a schema.org DataFeed (Google's feed format, where each
/// DataFeedItem holds the reviews in "item"), a single ClaimReview, an array of them, an "@graph", or an HTML page
/// whose &lt;script type="application/ld+json"&gt; blocks hold any of these. Pure: the same text, the same reading.
/// </summary>
public static class ClaimReviewReader
{
    /// <summary>More than any one feed page holds; beyond it an input is refused rather than imported in part.</summary>
    public const int MaxItems = 10_000;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static ReviewReading Read(string text)
    {
        var start = text.AsSpan().TrimStart(" \t\r\n\uFEFF");
        if (start.IsEmpty) throw new ImportInputInvalid("The input is empty: there is nothing to import.");
        if (start[0] is '{' or '[')
        {
            var items = new ItemWalk();
            items.Visit(Parse(text, "The input looks like JSON but is not valid JSON"));
            return items.Reading();
        }
        if (start[0] == '<') return FromHtml(text);
        throw new ImportInputInvalid("The input is neither JSON nor an HTML page: import a ClaimReview DataFeed, ClaimReview JSON-LD, or a page that carries it.");
    }

    private static ReviewReading FromHtml(string html)
    {
        var blocks = new HtmlParser().ParseDocument(html).QuerySelectorAll("script")
            .Where(s => s.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) == true)
            .Select(s => s.TextContent).ToList();
        if (blocks.Count == 0)
            throw new ImportInputInvalid("The page has no JSON-LD (no <script type=\"application/ld+json\">), so it carries no ClaimReview to import.");
        var items = new ItemWalk();
        for (var i = 0; i < blocks.Count; i++)
        {
            try { items.Visit(JsonDocument.Parse(blocks[i], Lenient).RootElement.Clone()); }
            catch (JsonException) { items.Skip($"JSON-LD block {i + 1}", "not valid JSON"); }
        }
        return items.Reading();
    }

    private static JsonElement Parse(string json, string problem)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Lenient);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new ImportInputInvalid($"{problem} (line {line}).", new("ImportJsonLine", $"{problem} (line {line}).", [CodedSentence.Plain(problem), line]));
        }
    }

    /// <summary>Walks feeds, items, graphs and arrays down to the ClaimReview items, numbering every item it meets.</summary>
    private sealed class ItemWalk
    {
        private readonly List<OtherReviewDetails> _reviews = [];
        private readonly List<SkippedItem> _skipped = [];
        private int _items;

        public ReviewReading Reading() => new(_reviews, _skipped);

        public void Skip(string item, string reason) => _skipped.Add(new SkippedItem(item, reason));

        public void Visit(JsonElement node)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in node.EnumerateArray()) Visit(element);
                return;
            }
            if (node.ValueKind != JsonValueKind.Object) { Skip(Next(), "not a ClaimReview (not an object)"); return; }

            var types = JsonLd.Types(node);
            if (node.TryGetProperty("@graph", out var graph)) Visit(graph);
            else if (types.Contains("DataFeed")) { if (node.TryGetProperty("dataFeedElement", out var elements)) Visit(elements); }
            else if (types.Contains("DataFeedItem")) { if (node.TryGetProperty("item", out var item)) Visit(item); }
            else if (types.Contains("ClaimReview")) Review(node);
            else Skip(Next(), types.Count == 0 ? "not a ClaimReview (no @type)" : $"not a ClaimReview (a {string.Join(", ", types)})");
        }

        private string Next()
        {
            if (++_items > MaxItems) throw new ImportInputInvalid($"The input holds more than {MaxItems:N0} items: split it and import each part.",
                new("ImportTooManyItems", $"The input holds more than {MaxItems:N0} items: split it and import each part.", [MaxItems]));
            return $"item {_items}";
        }

        private void Review(JsonElement review)
        {
            var item = Next();
            var url = JsonLd.WebAddress(review, "url");
            var label = url is null ? item : $"{item} ({url})";
            var (details, missing) = ClaimReviewFields.Read(review, url);
            if (details is null) Skip(label, $"missing {missing}");
            else _reviews.Add(details);
        }
    }
}
