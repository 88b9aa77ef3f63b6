using ClaimTrack.Web.Infrastructure.Web;

namespace ClaimTrack.Web.Features.Public;

/// <summary>robots.txt: what crawlers may read, and where the sitemap is (<see cref="Sitemaps"/>).</summary>
public static class MachineEndpoints
{
    public static IResult Robots(PublicAddress address) => Results.Text(
        $"User-agent: *\nDisallow: /desk\nDisallow: /account\n\nSitemap: {address.BaseUrl}/sitemap.xml\n", "text/plain; charset=utf-8");
}
