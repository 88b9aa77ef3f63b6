using Microsoft.Extensions.Options;
using SkiaSharp;

namespace ClaimTrack.Web.Features.Public.Cards;

/// <summary>
/// The verdict cards' typefaces, read once from files: SkiaSharp's NoDependencies build has no fontconfig, so it finds
/// no system font by name. DejaVu Sans covers Latin, Greek and Cyrillic; it comes from Debian's fonts-dejavu-core, which
/// deploy/common.sh and the container image install. Without it the app still runs, and claim pages have no card.
/// </summary>
public sealed class CardFonts : IDisposable
{
    public const string RegularFile = "DejaVuSans.ttf";
    public const string BoldFile = "DejaVuSans-Bold.ttf";

    private readonly SKTypeface? _regular;
    private readonly SKTypeface? _bold;

    public CardFonts(IOptions<PublicSiteOptions> options, ILogger<CardFonts> log)
    {
        var folder = options.Value.CardFontFolder;
        _regular = Load(Path.Combine(folder, RegularFile));
        _bold = Load(Path.Combine(folder, BoldFile));
        if (!Available)
            log.LogWarning("No share images for claim pages: {Regular} and {Bold} are not in {Folder} (install Debian's fonts-dejavu-core, or set ClaimTrack:PublicSite:CardFontFolder)",
                RegularFile, BoldFile, folder);
    }

    public bool Available => _regular is not null && _bold is not null;

    public SKTypeface Regular => _regular ?? throw new InvalidOperationException("The card fonts are missing.");

    public SKTypeface Bold => _bold ?? throw new InvalidOperationException("The card fonts are missing.");

    private static SKTypeface? Load(string path) => File.Exists(path) ? SKTypeface.FromFile(path) : null;

    public void Dispose()
    {
        _regular?.Dispose();
        _bold?.Dispose();
    }
}
