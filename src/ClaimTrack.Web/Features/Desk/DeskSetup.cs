using ClaimTrack.Web.Features.Desk.Import;
using ClaimTrack.Web.Infrastructure.Nodes;
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
        services.AddSingleton<Assignments.AssignablePeople>();
        services.AddSingleton<Home.DeskHomeQueries>();
        services.AddSingleton<Admin.AdminActions>();
        services.AddSingleton<Admin.WebhookActions>();
        services.AddSingleton<ClaimChanges>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<ClaimChanges>());
        services.AddSingleton<INodeMessageHandler>(sp => sp.GetRequiredService<ClaimChanges>());
        services.AddClaimReviewImport();
        return services;
    }

}
