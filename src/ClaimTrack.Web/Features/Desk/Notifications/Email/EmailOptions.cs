using MailKit.Security;

namespace ClaimTrack.Web.Features.Desk.Notifications.Email;

/// <summary>Email for desk notifications (README, settings; docs/operations.md, "Email"). Off until a host is set.</summary>
public sealed class EmailOptions
{
    public const string Section = "ClaimTrack:Email";

    /// <summary>The SMTP server; empty sends no email.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? From { get; set; }

    /// <summary>StartTls (the default: refuses a server that cannot), SslOnConnect (port 465), None (a relay on this machine only).</summary>
    public string Tls { get; set; } = "StartTls";

    /// <summary>Both from secrets (environment, a secrets store), never from appsettings.json.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }

    public double TimeoutSeconds { get; set; } = 30;
    public int MaxAttempts { get; set; } = 8;
    public double FirstRetrySeconds { get; set; } = 60;
    public double PollSeconds { get; set; } = 10;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Max(1, TimeoutSeconds));
    public TimeSpan Poll => TimeSpan.FromSeconds(Math.Max(0.05, PollSeconds));
    public int Attempts => Math.Max(1, MaxAttempts);

    /// <summary>How long a node holds a message it is sending: longer than a try can take.</summary>
    public TimeSpan Lease => Timeout + TimeSpan.FromSeconds(30);

    public SecureSocketOptions Socket => Tls.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "sslonconnect" => SecureSocketOptions.SslOnConnect,
        "starttlswhenavailable" => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.StartTls,
    };

    /// <returns>What is wrong with the settings, or null. Checked at start-up: a typo stops the app, not the first email.</returns>
    public string? Problem()
    {
        if (!Enabled) return null;
        if (!MimeKit.MailboxAddress.TryParse(From ?? "", out _) || !(From ?? "").Contains('@'))
            return $"{Section}:From must be an email address when {Section}:Host is set (it is \"{From}\").";
        if (Port is < 1 or > 65535) return $"{Section}:Port must be between 1 and 65535 (it is {Port}).";
        string[] modes = ["StartTls", "SslOnConnect", "StartTlsWhenAvailable", "None"];
        if (!modes.Contains(Tls, StringComparer.OrdinalIgnoreCase)) return $"{Section}:Tls must be one of {string.Join(", ", modes)} (it is \"{Tls}\").";
        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password)) return $"{Section}:UserName and {Section}:Password are set together or not at all.";
        return null;
    }
}
