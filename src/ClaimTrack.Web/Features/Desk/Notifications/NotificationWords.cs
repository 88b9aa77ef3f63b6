using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk.Notifications;

/// <summary>
/// A notification's sentence in the reader's desk language, worded when the page shows it, not when it was raised: the
/// person raising it and the person reading it may speak different languages, and either may change theirs later.
/// The stored English (<see cref="DeskNotification.What"/>) is what emails and older notifications show; the code's
/// entry (<c>Notification_{Code}</c>) exists only in the other languages' files, so English reads as stored.
/// </summary>
public static class NotificationWords
{
    public static string In(DeskNotification notification, IStringLocalizer words) =>
        notification.WhatCode is { } code && words["Notification_" + code, [.. notification.WhatValues ?? []]] is { ResourceNotFound: false } said
            ? said
            : notification.What;
}
