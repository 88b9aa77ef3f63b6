using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications.Email;
using ClaimTrack.Web.Infrastructure.Nodes;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Notifications;

public static class NotificationsSetup
{
    /// <summary>
    /// Internal notes on claims, the notifications they and the review steps raise, and their optional email
    /// (docs/desk.md, "Notes" and "Notifications"; docs/operations.md, "Email").
    /// </summary>
    public static IServiceCollection AddDeskNotes(this IServiceCollection services, IConfiguration configuration)
    {
        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (email.Problem() is { } problem) throw new NewsroomSettingInvalid(problem);
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<NoteActions>();
        services.AddSingleton<NotificationSignals>();
        services.AddSingleton<INodeMessageHandler>(sp => sp.GetRequiredService<NotificationSignals>());
        services.AddSingleton<NotificationInbox>();
        services.AddSingleton<EmailWakeUp>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<NotificationOutbox>());
        services.AddSingleton<EmailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailSender>());
        services.ConfigureMarten(opts =>
        {
            // Inline: the workspace shows a note as soon as its save returns.
            opts.Projections.Snapshot<ClaimNotes>(SnapshotLifecycle.Inline);
            // The bell's question, asked on every desk page: my unread ones.
            opts.Schema.For<DeskNotification>().Duplicate(n => n.Recipient).Duplicate(n => n.ReadAt).Duplicate(n => n.At)
                .Index([n => n.Recipient, n => n.At]);
            opts.RegisterDocumentType<NotificationSettings>();
            opts.Schema.For<NotificationEmail>().UseOptimisticConcurrency(true)
                .Duplicate(m => m.State).Duplicate(m => m.NextAttemptAt).Index([m => m.State, m => m.NextAttemptAt]);
        });
        return services;
    }
}
