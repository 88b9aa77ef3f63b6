namespace ClaimTrack.Web.Localization;

/// <summary>
/// The reader site's words (ReaderText.resx, English; ReaderText.es.resx, Spanish), read through
/// <c>IStringLocalizer&lt;ReaderText&gt;</c> in the current request's UI culture, which is the page address's language.
/// </summary>
public sealed class ReaderText;
