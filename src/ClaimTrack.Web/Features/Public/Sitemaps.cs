using System.Globalization;
using System.Text;
using System.Xml;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Translations;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// How search engines find every page: the fixed pages, the topic and claimant indexes and pages, every published claim.
/// Up to <see cref="PublicSiteOptions.SitemapSize"/> addresses (the protocol allows 50,000) /sitemap.xml is one
/// sitemap; past it, a sitemap index of /sitemaps/pages-N.xml and /sitemaps/claims-N.xml, each at most that size.
/// </summary>
public static class Sitemaps
{
    public const int ProtocolLimit = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    private static readonly string[] FixedPaths = ["/", "/topics", "/claimants", "/feeds", "/corrections", "/methodology"];

    /// <summary>One address; Versions are the page in each of its languages (xhtml:link hreflang), none for most.</summary>
    internal sealed record Entry(string Path, DateTimeOffset? Modified, IReadOnlyList<LanguageVersion>? Versions = null);

    private sealed record Counts(int Topics, int Claimants, int Claims)
    {
        public int Pages => FixedPaths.Length + Topics + Claimants;
    }

    public static async Task<IResult> IndexAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var (site, size, ct) = (await PublicContext.LoadAsync(http, session, options), SizeOf(options), http.RequestAborted);
        var counts = await CountAsync(session, ct);
        if (counts.Pages + counts.Claims <= size)
            return UrlSet(site, [.. await PageEntriesAsync(session, counts, 0, counts.Pages, ct), .. await ClaimEntriesAsync(session, Newsroom(http), 0, counts.Claims, ct, alongside: counts.Pages)]);

        // No lastmod on the index's entries: finding each file's newest change would read every claim.
        var files = Enumerable.Range(1, Paging.PageCount(counts.Pages, size)).Select(n => $"/sitemaps/pages-{n}.xml")
            .Concat(Enumerable.Range(1, Paging.PageCount(counts.Claims, size)).Select(n => $"/sitemaps/claims-{n}.xml"));
        return Xml(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            foreach (var file in files)
            {
                xml.WriteStartElement("sitemap");
                xml.WriteElementString("loc", site.Absolute(file));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    public static async Task<IResult> PagesAsync(int number, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var (site, size, ct) = (await PublicContext.LoadAsync(http, session, options), SizeOf(options), http.RequestAborted);
        var counts = await CountAsync(session, ct);
        if (number < 1 || number > Paging.PageCount(counts.Pages, size)) return Results.NotFound();
        var from = (number - 1) * size;
        return UrlSet(site, await PageEntriesAsync(session, counts, from, Math.Min(counts.Pages, from + size), ct));
    }

    public static async Task<IResult> ClaimsAsync(int number, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var (site, size, ct) = (await PublicContext.LoadAsync(http, session, options), SizeOf(options), http.RequestAborted);
        if (number < 1 || number > ProtocolLimit) return Results.NotFound();
        var claims = await ClaimEntriesAsync(session, Newsroom(http), (number - 1) * size, size, ct);
        return number > 1 && claims.Count == 0 ? Results.NotFound() : UrlSet(site, claims);
    }

    private static int SizeOf(IOptions<PublicSiteOptions> options) => Math.Clamp(options.Value.SitemapSize, 1, ProtocolLimit);

    private static NewsroomOptions Newsroom(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<NewsroomOptions>>().Value;

    private static async Task<Counts> CountAsync(IQuerySession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var topics = batch.Query<TopicSummary>().Count(t => t.Tally.Published > 0);
        var claimants = batch.Query<ClaimantSummary>().Count(c => c.Tally.Published > 0);
        var claims = batch.Query<ReaderClaim>().Count(c => !c.Retracted);
        await batch.Execute(ct);
        return new Counts((int)await topics, (int)await claimants, (int)await claims);
    }

    /// <summary>Entries [from, to) of the fixed pages, then the topics, then the claimants (each A to Z by slug).</summary>
    private static async Task<IReadOnlyList<Entry>> PageEntriesAsync(IQuerySession session, Counts counts, int from, int to, CancellationToken ct)
    {
        var entries = FixedPaths.Take(to).Skip(from).Select(p => new Entry(p, null)).ToList();
        var (skip, take) = Slice(FixedPaths.Length, counts.Topics, from, to);
        if (take > 0)
            entries.AddRange((await session.Query<TopicSummary>().Where(t => t.Tally.Published > 0).OrderBy(t => t.Id).Skip(skip).Take(take).ToListAsync(ct))
                .Select(t => new Entry(PublicPaths.Topic(t.Id), t.Tally.LastPublishedAt)));
        (skip, take) = Slice(FixedPaths.Length + counts.Topics, counts.Claimants, from, to);
        if (take > 0)
            entries.AddRange((await session.Query<ClaimantSummary>().Where(c => c.Tally.Published > 0).OrderBy(c => c.Id).Skip(skip).Take(take).ToListAsync(ct))
                .Select(c => new Entry(PublicPaths.Claimant(c.Id), c.Tally.LastPublishedAt)));
        return entries;
    }

    /// <summary>Which part of a segment [start, start + length) falls in [from, to).</summary>
    private static (int Skip, int Take) Slice(int start, int length, int from, int to)
    {
        var first = Math.Max(from, start);
        var last = Math.Min(to, start + length);
        return (first - start, Math.Max(0, last - first));
    }

    /// <summary>
    /// Published claims in id order, which a new claim disturbs least: a revision does not move one. A translated claim
    /// is followed by its translated addresses, each entry naming all of them; should that pass the protocol's limit
    /// for one file, the translated addresses past it are left out (the original's entry still names them).
    /// <paramref name="alongside"/> is how many other addresses the file holds (the pages, in a one-file sitemap).
    /// </summary>
    private static async Task<IReadOnlyList<Entry>> ClaimEntriesAsync(
        IQuerySession session, NewsroomOptions newsroom, int skip, int take, CancellationToken ct, int alongside = 0)
    {
        if (take == 0) return [];
        var published = session.Query<ReaderClaim>().Where(c => !c.Retracted).OrderBy(c => c.Id);
        // Found from the id and the retraction column alone: skipping by reading the documents would unpack every
        // skipped claim, and the last file of a million would read them all.
        var start = await published.Skip(skip).Select(c => c.Id).FirstOrDefaultAsync(ct);
        if (start == Guid.Empty) return [];
        var claims = await published.Where(c => c.Id >= start).Take(take)
            .Select(c => new SitemapClaim(c.Id, c.Slug, c.LastModifiedAt, c.Content.Language, c.TranslatedInto, c.TranslationsChangedAt)).ToListAsync(ct);
        return ClaimEntries(claims, newsroom, alongside);
    }

    /// <summary>The claims' entries, each translated address after its claim's while the file has room for it.</summary>
    internal static IReadOnlyList<Entry> ClaimEntries(IReadOnlyList<SitemapClaim> claims, NewsroomOptions newsroom, int alongside)
    {
        var room = ProtocolLimit - alongside - claims.Count;
        var entries = new List<Entry>(claims.Count);
        foreach (var claim in claims)
        {
            var path = PublicPaths.Claim(claim.Id, claim.Slug);
            var versions = ClaimLanguages.Versions(path, claim.Language, claim.TranslatedInto ?? [], newsroom);
            var modified = claim.TranslationsChangedAt > claim.LastModifiedAt ? claim.TranslationsChangedAt : claim.LastModifiedAt;
            entries.Add(new Entry(path, modified, versions));
            foreach (var version in versions)
            {
                if (version.Path == path || room <= 0) continue;
                room--;
                entries.Add(new Entry(version.Path, modified, versions));
            }
        }
        return entries;
    }

    public sealed record SitemapClaim(
        Guid Id, string Slug, DateTimeOffset LastModifiedAt, string Language, List<string>? TranslatedInto, DateTimeOffset? TranslationsChangedAt);

    private static IResult UrlSet(PublicContext site, IEnumerable<Entry> entries) => Xml(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        // Declared only when used, so a sitemap without translations stays byte for byte what it was.
        if (entries.Any(e => e.Versions is { Count: > 0 })) xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", site.Absolute(entry.Path));
            if (entry.Modified is { } at) xml.WriteElementString("lastmod", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            foreach (var version in entry.Versions ?? [])
            {
                xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", version.Language);
                xml.WriteAttributeString("href", site.Absolute(version.Path));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static IResult Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false })) write(xml);
        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
