using System.Globalization;
using System.Text;
using System.Xml;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Infrastructure.Web;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public;

/// <summary>sitemap.xml and robots.txt: how search engines find every published fact check.</summary>
public static class MachineEndpoints
{
    // The sitemap protocol allows 50,000 addresses per file; the newest are the ones worth crawling first.
    private const int SitemapLimit = 49_990;

    public static async Task<IResult> SitemapAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var claims = await session.Query<ReaderClaim>().Where(c => !c.Retracted)
            .OrderByDescending(c => c.LastModifiedAt).Take(SitemapLimit)
            .Select(c => new SitemapEntry(c.Id, c.Slug, c.LastModifiedAt)).ToListAsync(http.RequestAborted);

        var body = new StringBuilder();
        using (var xml = XmlWriter.Create(body, new XmlWriterSettings { Indent = false }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in new[] { "/", "/corrections", "/methodology" }) Url(xml, site.Absolute(path), null);
            foreach (var claim in claims) Url(xml, site.Absolute(PublicPaths.Claim(claim.Id, claim.Slug)), claim.LastModifiedAt);
            xml.WriteEndElement();
        }
        return Results.Text(body.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal), "application/xml; charset=utf-8");
    }

    public static IResult Robots(PublicAddress address) => Results.Text(
        $"User-agent: *\nDisallow: /desk\nDisallow: /account\n\nSitemap: {address.BaseUrl}/sitemap.xml\n", "text/plain; charset=utf-8");

    private static void Url(XmlWriter xml, string location, DateTimeOffset? modified)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        if (modified is { } at) xml.WriteElementString("lastmod", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    public sealed record SitemapEntry(Guid Id, string Slug, DateTimeOffset LastModifiedAt);
}
