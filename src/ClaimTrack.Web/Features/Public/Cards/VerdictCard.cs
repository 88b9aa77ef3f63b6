using SkiaSharp;

namespace ClaimTrack.Web.Features.Public.Cards;

/// <summary>What a verdict card shows: the claim, who made it, the rating in its colour, the newsroom.</summary>
public sealed record VerdictCardContent(string SiteName, string Statement, bool IsVerbatimQuote, string Claimant, string RatingLabel, string RatingColour);

/// <summary>
/// The share image of a claim (og:image): a 1200x630 PNG, the size the large link previews use. Drawn with SkiaSharp
/// from the published content only, so a card never shows more than the page.
/// </summary>
public static class VerdictCard
{
    public const int Width = 1200;
    public const int Height = 630;
    private const float Margin = 72;
    private const int StatementLines = 4;

    private static readonly SKColor Ink = SKColor.Parse("#1d1d1f");
    private static readonly SKColor Muted = SKColor.Parse("#4a4a50");
    private static readonly SKColor Paper = SKColors.White;

    public static byte[] Render(CardFonts fonts, VerdictCardContent card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        var rating = SKColor.TryParse(card.RatingColour, out var parsed) ? parsed : Muted;
        using var fill = new SKPaint { IsAntialias = true };

        fill.Color = rating;
        canvas.DrawRect(0, 0, 24, Height, fill);

        using var kicker = new SKFont(fonts.Bold, 30);
        fill.Color = Muted;
        canvas.DrawText(Fit($"{card.SiteName} · Fact check", kicker, Width - 2 * Margin), Margin, 96, SKTextAlign.Left, kicker, fill);

        using var statement = new SKFont(fonts.Bold, 52);
        var text = card.IsVerbatimQuote ? $"“{card.Statement}”" : card.Statement;
        fill.Color = Ink;
        var lines = Wrap(text, statement, Width - 2 * Margin, StatementLines);
        for (var i = 0; i < lines.Count; i++) canvas.DrawText(lines[i], Margin, 180 + i * 66, SKTextAlign.Left, statement, fill);

        using var claimant = new SKFont(fonts.Regular, 34);
        fill.Color = Muted;
        canvas.DrawText(Fit($"— {card.Claimant}", claimant, Width - 2 * Margin), Margin, 478, SKTextAlign.Left, claimant, fill);

        using var label = new SKFont(fonts.Bold, 38);
        const string lead = "Our verdict";
        using var leadFont = new SKFont(fonts.Regular, 32);
        canvas.DrawText(lead, Margin, 570, SKTextAlign.Left, leadFont, fill);
        var badgeX = Margin + leadFont.MeasureText(lead) + 24;
        var ratingText = Fit(card.RatingLabel, label, Width - Margin - badgeX - 48);
        fill.Color = rating;
        canvas.DrawRoundRect(badgeX, 524, label.MeasureText(ratingText) + 48, 66, 10, 10, fill);
        fill.Color = ReadableOn(rating);
        canvas.DrawText(ratingText, badgeX + 24, 570, SKTextAlign.Left, label, fill);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Words in lines no wider than <paramref name="width"/>; the last line shown ends in "…" when text is left over.</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (font.MeasureText(candidate) <= width) { line = candidate; continue; }
            if (line.Length > 0) lines.Add(line);
            if (lines.Count == maxLines)
            {
                // Words are left over: the last line says so, after its last whole word that leaves room for it.
                var last = lines[^1];
                while (font.MeasureText(last + "…") > width && last.LastIndexOf(' ') > 0) last = last[..last.LastIndexOf(' ')];
                lines[^1] = Fit(last.TrimEnd(',', ';', ':') + "…", font, width, always: true);
                return lines;
            }
            // A single word wider than the card (a long address) is cut rather than drawn off the edge.
            line = Fit(word, font, width);
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>The text, cut and ended with "…" when it is wider than <paramref name="width"/>.</summary>
    public static string Fit(string text, SKFont font, float width, bool always = false)
    {
        if (!always && font.MeasureText(text) <= width) return text;
        var body = text.TrimEnd('…');
        while (body.Length > 0 && font.MeasureText(body + "…") > width) body = body[..^1];
        return body.TrimEnd() + "…";
    }

    /// <summary>White on dark ratings, ink on light ones (WCAG relative luminance).</summary>
    private static SKColor ReadableOn(SKColor background)
    {
        static double Channel(byte c) => c / 255.0 <= 0.03928 ? c / 255.0 / 12.92 : Math.Pow((c / 255.0 + 0.055) / 1.055, 2.4);
        var luminance = 0.2126 * Channel(background.Red) + 0.7152 * Channel(background.Green) + 0.0722 * Channel(background.Blue);
        return luminance > 0.18 ? Ink : Paper;
    }
}
