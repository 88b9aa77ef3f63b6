using ClaimTrack.Web.Features.Claims;
using JasperFx.Events;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>The public changes a subscription can ask for, in the words the payload's "event" field uses.</summary>
public static class WebhookEvents
{
    public const string Published = "published";
    public const string Revised = "revised";
    public const string Corrected = "corrected";
    public const string Retracted = "retracted";

    /// <summary>Not a change: the desk's "send a test ping", delivered whatever the subscription asks for.</summary>
    public const string Ping = "ping";

    public static readonly IReadOnlyList<string> All = [Published, Revised, Corrected, Retracted];

    /// <summary>
    /// What a stored event means to a subscriber, or null when readers see nothing new. A publication with no previous
    /// one (the first, or a return after a retraction) is "published"; one replacing what readers saw (an approved
    /// revision of the verdict, an approved update) is "revised". Drafts and proposals waiting for review are never
    /// anything: only these events change the public record.
    /// </summary>
    public static string? Of(object data) => data switch
    {
        ClaimPublished { Previous: null } => Published,
        ClaimPublished => Revised,
        CorrectionIssued => Corrected,
        ClaimRetracted => Retracted,
        _ => null,
    };

    /// <summary>Whether a subscription wants this kind of change: enabled, and the kind among those it chose.</summary>
    public static bool Wants(WebhookSubscription subscription, string kind) => subscription.Enabled && subscription.Events.Contains(kind);

    /// <summary>The public changes of one save, in the order they were appended.</summary>
    public static IEnumerable<(IEvent Event, string Kind)> In(IEnumerable<IEvent> events) =>
        events.Select(e => (e, Of(e.Data))).Where(x => x.Item2 is not null).Select(x => (x.e, x.Item2!));
}
