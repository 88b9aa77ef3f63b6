using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Import;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace ClaimTrack.Web.Features.Desk;

public static class DeskSetup
{
    public static IServiceCollection AddDesk(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // The desk in each person's language (DeskText resources), MudBlazor's own words included.
        services.AddLocalization();
        services.AddTransient<MudBlazor.MudLocalizer, Layout.DeskMudLocalizer>();
        services.AddSingleton<DeskQueries>();
        // The grid's computed columns for claims saved before they existed; registered after the store, so after its schema step.
        services.AddHostedService<ClaimColumnsFill>();
        services.AddSingleton<BrokenLinks>();
        services.AddSingleton<Home.IDeskHomeSection, Home.BrokenLinksOnDeskHome>();
        services.AddSingleton<DeskActions>();
        services.AddSingleton<Assignments.AssignablePeople>();
        services.AddSingleton<Home.DeskHomeQueries>();
        services.AddSingleton<Admin.AdminActions>();
        services.AddSingleton<Admin.WebhookActions>();
        services.AddSingleton<ClaimChanges>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<ClaimChanges>());
        services.AddSingleton<INodeMessageHandler>(sp => sp.GetRequiredService<ClaimChanges>());
        services.AddClaimReviewImport();
        services.AddSingleton(sp => Workspace.DeskDates.For(sp.GetRequiredService<IOptions<Claims.NewsroomOptions>>(), sp.GetRequiredService<Claims.NewsroomTime>()));
        services.AddScoped<Workspace.BrowserDrafts>();
        services.AddOptions<Claims.NewsroomOptions>()
            .Validate(o => Workspace.DeskDates.Known(o.Culture), $"{Claims.NewsroomOptions.Section}:Culture is not a culture this machine knows: use a name such as en-GB or es-VE, or leave it empty for ISO days.")
            .ValidateOnStart();
        return services;
    }

}
