using ClaimTrack.Web.Components;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Infrastructure.Search;
using Marten;
using MudBlazor.Services;

namespace ClaimTrack.Web.Features.Desk;

public static class DeskSetup
{
    public static IServiceCollection AddDesk(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<DeskQueries>();
        services.AddSingleton<DeskActions>();
        services.AddSingleton<Admin.AdminActions>();
        services.AddSingleton<ClaimChanges>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<ClaimChanges>());
        services.ConfigureMarten(opts => opts.AddSearchTerms<Claims.Claim>(SearchTerms));
        return services;
    }

    /// <summary>What the desk searches: statement, context and claimant of every claim, drafts included.</summary>
    public static readonly SearchTerms SearchTerms = new("claim_search_terms", "mt_doc_claim", ["Statement", "Context", "Claimant.Name"]);

    /// <summary>The editors' desk and sign-in: every page and action behind a role, checked on the server.</summary>
    public static void MapDesk(this WebApplication app)
    {
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccounts();
    }
}
