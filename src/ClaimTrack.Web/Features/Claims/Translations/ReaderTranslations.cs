using ClaimTrack.Web.Features.Claims.ReadModels;

namespace ClaimTrack.Web.Features.Claims.Translations;

/// <summary>How the reader's view of a claim (ReaderClaimProjection) keeps its approved translations.</summary>
internal static class ReaderTranslations
{
    public static ReaderClaim Apply(ReaderClaim view, object @event)
    {
        switch (@event)
        {
            case TranslationApproved approved:
                view.Translations = [.. view.Translations.Where(t => !t.IsIn(approved.Translation.Language)).Append(approved.Translation)
                    .OrderBy(t => t.Language, StringComparer.Ordinal)];
                view.TranslationsChangedAt = approved.At;
                break;
            case TranslationWithdrawn withdrawn:
                view.Translations = [.. view.Translations.Where(t => !t.IsIn(withdrawn.Language))];
                view.TranslationsChangedAt = withdrawn.At;
                break;
        }
        return Settle(view);
    }

    /// <summary>
    /// After any change of the words readers read: a translation made from other words drops out of the pages (and the
    /// sitemap) until a revised one is approved; it stays in the document, so the desk can still see what it said.
    /// </summary>
    public static ReaderClaim Settle(ReaderClaim view)
    {
        view.TranslatedInto = [.. view.Translations.Where(t => t.Fits(view.Content) && !t.IsIn(view.Content.Language)).Select(t => t.Language)];
        return view;
    }
}
