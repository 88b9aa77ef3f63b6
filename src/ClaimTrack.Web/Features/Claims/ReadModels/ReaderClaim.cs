using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Translations;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>
/// The reader's view of a claim (inline projection). The document exists only once a claim has been published,
/// so a draft can never be loaded by a public page, whatever the query.
/// </summary>
public sealed class ReaderClaim
{
    // The document's name in the database from before it was renamed from PublishedClaim: existing stores keep their table.
    public const string Alias = "publishedclaim";
    public const string Table = "mt_doc_" + Alias;

    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    // Copied out of Content so that indexes and filters read a top-level field.
    public string ClaimantSlug { get; set; } = "";
    public List<string> TopicSlugs { get; set; } = [];
    public string Rating { get; set; } = "";
    public bool Retracted { get; set; }
    public string? RetractionReason { get; set; }
    public PublishedContent Content { get; set; } = null!;
    public DateTimeOffset FirstPublishedAt { get; set; }
    public DateTimeOffset LastModifiedAt { get; set; }
    /// <summary>The place among the front page's pins (1 first), null when not pinned. A column: the front page asks for it.</summary>
    public int? PinnedOrder { get; set; }
    /// <summary>When it was pinned: of two fact checks pinned at one place, the later pin leads.</summary>
    public DateTimeOffset? PinnedAt { get; set; }
    /// <summary>The approved translations, fitting or not (Translations/); only fitting ones reach a page.</summary>
    public List<Translation> Translations { get; set; } = [];
    /// <summary>The languages whose translation says what readers read now: a top-level field the sitemap reads.</summary>
    public List<string> TranslatedInto { get; set; } = [];
    /// <summary>When a translation last reached or left readers: the page changes (its language links), but the fact
    /// check was not updated, so this moves Last-Modified and leaves <see cref="LastModifiedAt"/> alone.</summary>
    public DateTimeOffset? TranslationsChangedAt { get; set; }
    /// <summary>
    /// When anything a machine reads of this claim last changed: the fact check itself or a translation reaching or
    /// leaving readers. The outputs that carry translations (the ClaimReview DataFeed's order and "since", the API's
    /// updatedSince) read it, so a harvester polling for changes sees a new Spanish text; the reader's "updated" date
    /// and the listings keep <see cref="LastModifiedAt"/>, since the fact check itself did not change. Stored with the
    /// document (and indexed) like any property, from the event times above: a rebuild writes the same.
    /// </summary>
    public DateTimeOffset RecordChangedAt => TranslationsChangedAt is { } translated && translated > LastModifiedAt ? translated : LastModifiedAt;

    /// <summary>The translation into <paramref name="language"/> when it says what the fact check says now.</summary>
    public Translation? TranslationInto(string language) => Translations.Find(t => t.IsIn(language) && t.Fits(Content));
}

public sealed class ReaderClaimProjection : SingleStreamProjection<ReaderClaim, Guid>
{
    public override ReaderClaim? Evolve(ReaderClaim? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case ClaimPublished published:
                snapshot ??= new ReaderClaim { Id = id, FirstPublishedAt = published.At };
                snapshot.Content = published.Content;
                snapshot.Slug = Slugs.From(published.Content.Statement);
                var facets = published.Content.Facets;
                (snapshot.ClaimantSlug, snapshot.TopicSlugs, snapshot.Rating) = (facets.ClaimantSlug, [.. facets.TopicSlugs], facets.Rating);
                snapshot.Retracted = false;
                snapshot.RetractionReason = null;
                snapshot.LastModifiedAt = published.At;
                return ReaderTranslations.Settle(snapshot);

            // A correction is approved text: readers get it at once, without the desk's other unpublished edits.
            case CorrectionIssued correction when snapshot is not null:
                var verdict = snapshot.Content.Verdict with { Summary = correction.Summary, Reasoning = correction.Reasoning };
                snapshot.Content = snapshot.Content with
                {
                    Verdict = verdict,
                    Timeline = [.. snapshot.Content.Timeline, VerdictTimeline.EntryFor(correction)!],
                };
                snapshot.LastModifiedAt = correction.At;
                return ReaderTranslations.Settle(snapshot);

            case ClaimRetracted retracted when snapshot is not null:
                snapshot.Retracted = true;
                snapshot.RetractionReason = retracted.Reason;
                snapshot.Content = snapshot.Content with { Timeline = [.. snapshot.Content.Timeline, VerdictTimeline.EntryFor(retracted)!] };
                snapshot.LastModifiedAt = retracted.At;
                return snapshot;

            // Pins leave LastModifiedAt alone: what readers see of the claim itself did not change.
            case ClaimPinned pinned when snapshot is not null:
                (snapshot.PinnedOrder, snapshot.PinnedAt) = (pinned.Order, pinned.At);
                return snapshot;

            case ClaimUnpinned when snapshot is not null:
                (snapshot.PinnedOrder, snapshot.PinnedAt) = (null, null);
                return snapshot;

            case TranslationApproved or TranslationWithdrawn when snapshot is not null:
                return ReaderTranslations.Apply(snapshot, e.Data);

            default:
                return snapshot;
        }
    }
}
