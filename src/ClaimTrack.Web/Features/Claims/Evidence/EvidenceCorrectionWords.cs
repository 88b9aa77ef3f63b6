using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Evidence;

/// <summary>Which details a correction of evidence changed, so the history says more than "corrected".</summary>
public static class EvidenceCorrectionWords
{
    /// <summary>" (URL and excerpt)" after the evidence's name, or nothing when the event does not say what it was before.</summary>
    public static FormattableString Fields(EvidenceCorrected e)
    {
        if (e.Previous is not { } was) return Phrases.None;
        var now = e.Details;
        var fields = new List<FormattableString>();
        if (was.Title != now.Title) fields.Add($"title");
        if (was.Kind != now.Kind) fields.Add($"kind");
        if (was.Url != now.Url) fields.Add($"URL");
        if (was.Citation != now.Citation) fields.Add($"citation");
        if (was.Publisher != now.Publisher) fields.Add($"publisher");
        if (was.PublishedOn != now.PublishedOn) fields.Add($"date");
        if (was.Excerpt != now.Excerpt) fields.Add($"excerpt");
        if (was.Stance != now.Stance) fields.Add($"stance");
        if (fields.Count == 0) return Phrases.None;
        // The title names the evidence in the sentence: when it changed, the old one is what the reader recognises.
        return was.Title != now.Title ? (FormattableString)$" ({Phrases.Names(fields)}; it was \"{was.Title}\")" : $" ({Phrases.Names(fields)})";
    }
}
