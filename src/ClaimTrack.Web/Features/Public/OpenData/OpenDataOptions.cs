using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>The terms and sizes of the newsroom's open data: the ClaimReview DataFeed and the bulk exports.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "ClaimTrack:OpenData";

    /// <summary>The licence's name as people read it, on the export page and in the files' documentation.</summary>
    public string LicenceName { get; set; } = "CC BY 4.0";

    /// <summary>The licence's address: the Link rel="license" header and the ClaimReview's sdLicense.</summary>
    public string LicenceUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>ClaimReview items per DataFeed page; the next page is linked.</summary>
    public int FeedPageSize { get; set; } = 500;

    /// <summary>Claims read from the database at a time while an export streams: memory holds one batch, whatever the size.</summary>
    public int ExportBatchSize { get; set; } = 1000;

    /// <summary>Read and checked at start-up: a licence that is not an address would reach every aggregator and file.</summary>
    public static OpenDataOptions Read(IConfiguration configuration)
    {
        var options = new OpenDataOptions();
        try { configuration.GetSection(Section).Bind(options); }
        catch (InvalidOperationException problem)
        {
            throw new NewsroomSettingInvalid($"{Section}: FeedPageSize and ExportBatchSize must be whole numbers ({problem.InnerException?.Message ?? problem.Message}).", problem);
        }
        if (string.IsNullOrWhiteSpace(options.LicenceName))
            throw new NewsroomSettingInvalid($"{Section}:LicenceName must name the licence of the open data, such as CC BY 4.0.");
        if (!Uri.TryCreate(options.LicenceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw new NewsroomSettingInvalid($"{Section}:LicenceUrl must be the licence's http(s) address, such as https://creativecommons.org/licenses/by/4.0/, not '{options.LicenceUrl}'.");
        if (options.FeedPageSize is < 1 or > 5000)
            throw new NewsroomSettingInvalid($"{Section}:FeedPageSize must be from 1 to 5000, not {options.FeedPageSize}.");
        if (options.ExportBatchSize is < 1 or > 50_000)
            throw new NewsroomSettingInvalid($"{Section}:ExportBatchSize must be from 1 to 50000, not {options.ExportBatchSize}.");
        return options;
    }

    /// <summary>The Link header that states the licence on every open-data answer (RFC 8288).</summary>
    public string LicenceLink => $"<{LicenceUrl}>; rel=\"license\"";
}
