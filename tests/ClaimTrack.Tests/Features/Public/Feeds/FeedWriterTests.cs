using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.Feeds;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Public.Feeds;

/// <summary>RSS and Atom as a subscriber's feed reader parses them.</summary>
public sealed class FeedWriterTests
{
    private static readonly PublicContext Site = new("Harbour Checks", "https://factcheck.example.org", Scale);
    private static readonly PublishedContent Content = Published(Given(Approvable())).Content;

    private static VerdictUpdate Update(TimelineEntryKind kind, string? rating, string? summary, string? reason, int hoursAgo) =>
        VerdictUpdate.From(ClaimId, Content, new TimelineEntry(kind, VerdictId, rating, summary, reason, Editor, Now.AddHours(-hoursAgo)));

    private static readonly VerdictUpdate Verdict = Update(TimelineEntryKind.Verdict, "false", "Not a record.", null, 48);
    private static readonly VerdictUpdate Revision = Update(TimelineEntryKind.Revision, "misleading", "Close to a record.", "Final figures.", 24);

    private static SyndicationFeed Read(FeedWriter.Feed feed)
    {
        using var reader = XmlReader.Create(new MemoryStream(feed.Body));
        return SyndicationFeed.Load(reader);
    }

    // RSS carries an item's text as its description (read back as the summary), Atom as its content.
    private static string Text(SyndicationItem item) => item.Summary?.Text ?? ((TextSyndicationContent)item.Content).Text;

    [Theory]
    [InlineData("rss", "application/rss+xml; charset=utf-8", "rss")]
    [InlineData("atom", "application/atom+xml; charset=utf-8", "{http://www.w3.org/2005/Atom}feed")]
    public void Each_update_is_an_item_with_its_title_link_id_date_and_author(string format, string contentType, string root)
    {
        var written = FeedWriter.Write(format, "All verdicts", "/feeds/verdicts." + format, Site, [Revision, Verdict], "en");

        (written.ContentType, XDocument.Load(new MemoryStream(written.Body)).Root!.Name.ToString()).ShouldBe((contentType, root));
        var items = Read(written).Items.ToList();
        items.Select(i => i.Title.Text).ShouldBe([$"Revised to Misleading: {Content.Statement}", $"False: {Content.Statement}"]);
        items[0].Id.ShouldBe($"urn:uuid:{Revision.Id}");
        items[0].Links[0].Uri.ToString().ShouldBe(
            $"https://factcheck.example.org/claims/{ClaimId}/turnout-was-the-highest-in-forty-years#update-{Revision.Id:N}");
        items[0].PublishDate.ShouldBe(Now.AddHours(-24));
        Text(items[0]).ShouldBe("Revised to Misleading. Close to a record. Why: Final figures.");
        items[0].Authors.ShouldHaveSingleItem().Name.ShouldBe(Editor.Name);
        items[0].Categories.ShouldHaveSingleItem().Name.ShouldBe("Misleading");
    }

    [Fact]
    public void Corrections_and_retractions_say_what_happened_and_why()
    {
        var correction = Update(TimelineEntryKind.Correction, "false", "Turnout was 71%.", "Typo in the figure.", 12);
        var retraction = Update(TimelineEntryKind.Retraction, null, null, "Misattributed.", 6);

        var items = Read(FeedWriter.Write("rss", "All verdicts", "/feeds/verdicts.rss", Site, [retraction, correction], "en")).Items.ToList();

        items.Select(i => i.Title.Text).ShouldBe([$"Retracted: {Content.Statement}", $"Correction (False): {Content.Statement}"]);
        Text(items[0]).ShouldStartWith("Retracted");
        Text(items[0]).ShouldEndWith("Why: Misattributed.");
        Text(items[1]).ShouldBe("Correction (False). Turnout was 71%. Why: Typo in the figure.");
    }

    [Fact]
    public void The_feed_links_itself_keeps_its_id_per_address_and_is_dated_by_its_newest_update()
    {
        var written = FeedWriter.Write("rss", "All verdicts", "/feeds/verdicts.rss", Site, [Verdict, Revision], "en");
        var feed = Read(written);

        feed.Title.Text.ShouldBe("All verdicts");
        feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString().ShouldBe("https://factcheck.example.org/feeds/verdicts.rss");
        written.LastModified.ShouldBe(Now.AddHours(-24));
        feed.LastUpdatedTime.ShouldBe(Now.AddHours(-24));
        feed.Id.ShouldBe(Read(FeedWriter.Write("rss", "All verdicts", "/feeds/verdicts.rss", Site, [], "en")).Id);
        feed.Id.ShouldNotBe(Read(FeedWriter.Write("rss", "Topic: x", "/feeds/topics/x.rss", Site, [Verdict], "en")).Id);
    }

    [Fact]
    public void An_empty_feed_is_valid_and_dated_at_the_epoch()
    {
        var written = FeedWriter.Write("atom", "Updates to one fact check", "/feeds/claims/x.atom", Site, [], "en");

        written.LastModified.ShouldBe(DateTimeOffset.UnixEpoch);
        Read(written).Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public void Hostile_text_is_escaped_and_reads_back_unchanged(string format)
    {
        const string hostile = "</title><script>alert(\"x\")</script> & ]]> <![CDATA[";
        var update = Update(TimelineEntryKind.Correction, "false", hostile, hostile, 1);
        update.Statement = hostile;

        var written = FeedWriter.Write(format, "All verdicts", "/feeds/verdicts." + format, Site, [update], "en");

        XDocument.Load(new MemoryStream(written.Body)).Descendants().ShouldNotContain(e => e.Name.LocalName == "script");
        var item = Read(written).Items.ShouldHaveSingleItem();
        item.Title.Text.ShouldBe($"Correction (False): {hostile}");
        Text(item).ShouldBe($"Correction (False). {hostile} Why: {hostile}");
    }

    [Fact]
    public void Each_item_carries_its_claims_language_as_atom_xml_lang_and_rss_dc_language()
    {
        var spanish = Update(TimelineEntryKind.Verdict, "false", "No fue un récord.", null, 3);
        spanish.Language = "es";

        var atom = XDocument.Load(new MemoryStream(FeedWriter.Write("atom", "All verdicts", "/feeds/verdicts.atom?lang=es", Site, [spanish], "es").Body));
        var rss = XDocument.Load(new MemoryStream(FeedWriter.Write("rss", "All verdicts", "/feeds/verdicts.rss?lang=es", Site, [spanish], "es").Body));

        XNamespace a = "http://www.w3.org/2005/Atom";
        atom.Root!.Element(a + "entry")!.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe("es");
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        rss.Root!.Element("channel")!.Element("language")!.Value.ShouldBe("es");
        rss.Root!.Element("channel")!.Element("item")!.Element(dc + "language")!.Value.ShouldBe("es");
    }
}
