using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;

namespace ClaimTrack.Web.Features.Public.Feeds;

/// <summary>RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication: each verdict, revision, correction and retraction is its own item.</summary>
public static class FeedWriter
{
    public sealed record Feed(byte[] Body, string ContentType, DateTimeOffset LastModified);

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>
    /// The feed; <paramref name="language"/> is its language (the one it follows, else the newsroom's default). Each item
    /// says its own. <paramref name="translated"/> holds, by claim id, the claims given in the followed language's
    /// translation (<see cref="FeedTranslations"/>). <paramref name="translationsChangedAt"/>, for such a feed, is when
    /// a translation last reached or left readers: the feed changed then too, though none of its steps is newer.
    /// </summary>
    public static Feed Write(string format, string title, string selfPath, PublicContext site, IReadOnlyList<VerdictUpdate> updates, string language,
        IReadOnlyDictionary<Guid, FeedTranslation>? translated = null, DateTimeOffset? translationsChangedAt = null)
    {
        var lastModified = updates.Select(u => u.At).Append(translationsChangedAt ?? DateTimeOffset.UnixEpoch).Max();
        var feed = new SyndicationFeed(title, $"Fact checks by {site.SiteName}, with every revision and correction.", new Uri(site.Absolute("/")))
        {
            Id = $"urn:uuid:{StableGuid.From("feed:" + selfPath)}",
            LastUpdatedTime = lastModified,
            Language = language,
            Items = [.. updates.Select(u => Item(u, translated?.GetValueOrDefault(u.ClaimId), site, format))],
        };
        feed.Links.Add(new SyndicationLink(new Uri(site.Absolute(selfPath))) { RelationshipType = "self" });

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            if (format == "atom") new Atom10FeedFormatter(feed).WriteTo(xml);
            else new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true).WriteTo(xml);
        }
        var body = buffer.ToArray();
        var type = format == "atom" ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
        return new Feed(body, type, lastModified);
    }

    private static SyndicationItem Item(VerdictUpdate update, FeedTranslation? translated, PublicContext site, string format)
    {
        var words = FeedTranslations.For(update, translated);
        var what = UpdateLabel(update, site, translated?.Translation.Language);
        var text = words.Summary is null ? what : $"{what}. {words.Summary}";
        if (update.Changes.Count > 0) text = $"{what}: {string.Join("; ", update.Changes)}.";
        if (update.Reason is not null) text += $" Why: {update.Reason}";
        if (update.Unreviewed) text += " Published without a second editor's review.";
        var link = new Uri(site.Absolute($"{words.PagePath}#update-{update.Id:N}"));
        var item = new SyndicationItem($"{what}: {words.Statement}", text, link, $"urn:uuid:{update.Id}", update.At)
        {
            PublishDate = update.At,
        };
        item.Authors.Add(new SyndicationPerson { Name = update.ByName });
        item.Categories.Add(new SyndicationCategory(RatingLabel(update, site, translated?.Translation.Language)));
        // Feed readers hyphenate and speak an item by its language: Atom carries it as xml:lang on the entry, RSS 2.0
        // (which has only a channel language) as Dublin Core's dc:language. Updates stored before claims had a
        // language in them carry none until the read models are rebuilt.
        if (words.Language.Length > 0)
        {
            if (format == "atom") item.AttributeExtensions.Add(new XmlQualifiedName("lang", XmlNamespace), words.Language);
            else item.ElementExtensions.Add("language", DublinCore, words.Language);
        }
        return item;
    }

    // A translated item names its rating in the translation's language, as that language's page does.
    private static string RatingLabel(VerdictUpdate u, PublicContext site, string? language) =>
        language is null ? site.RatingLabel(u.Rating) : site.Scale.LabelOf(u.Rating, language);

    private static string UpdateLabel(VerdictUpdate u, PublicContext site, string? language) => u.Kind switch
    {
        TimelineEntryKind.Verdict => RatingLabel(u, site, language),
        TimelineEntryKind.Revision => $"Revised to {RatingLabel(u, site, language)}",
        TimelineEntryKind.Correction => $"Correction ({RatingLabel(u, site, language)})",
        TimelineEntryKind.Update => "Updated",
        _ => "Retracted",
    };
}
