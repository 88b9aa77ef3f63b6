namespace ClaimTrack.Web.Localization;

/// <summary>
/// The desk's words (<c>IStringLocalizer&lt;DeskText&gt;</c>): DeskText.resx holds the English, DeskText.es.resx the
/// Spanish. A key is the English sentence itself, so a page reads as it shows and a missing translation shows English.
/// </summary>
public sealed class DeskText;
