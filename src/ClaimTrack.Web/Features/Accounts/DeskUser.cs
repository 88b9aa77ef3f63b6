using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>A newsroom member who signs in to the desk. Stored as a Marten document; ASP.NET Core Identity does the rest.</summary>
public sealed class DeskUser
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public List<string> Roles { get; set; } = [];
    public int AccessFailedCount { get; set; }
    public bool LockoutEnabled { get; set; } = true;
    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>The language the desk speaks to this person (a tag of the newsroom's languages); none means the
    /// newsroom's first. Chosen on the profile page, applied from the next page load (<see cref="DeskLanguage"/>).</summary>
    public string? Language { get; set; }

    /// <summary>
    /// Locked by an Admin (until unlocked), as against locked for 15 minutes by failed sign-ins. Only an Admin's lock
    /// ends the person's open sessions: failed sign-ins are anyone's to make, and must not let a stranger throw an
    /// editor out of their work by typing wrong passwords for their address.
    /// </summary>
    public bool LockedByAdmin() => LockoutEnd == DateTimeOffset.MaxValue;
}

/// <summary>What a person may do on the desk. Each role includes the ones before it (<see cref="NewsroomRole"/>).</summary>
public static class DeskRoles
{
    // The names people sign in with are the Claims core's ranks, so a command's role and a person's role are one word.
    public const string Reporter = nameof(NewsroomRole.Reporter);
    public const string Editor = nameof(NewsroomRole.Editor);
    public const string Admin = nameof(NewsroomRole.Admin);

    public static readonly string[] All = [Reporter, Editor, Admin];

    /// <summary>Policy names, one per role, each met by that role or a higher one.</summary>
    public static class Policies
    {
        public const string Reporter = "desk-reporter";
        public const string Editor = "desk-editor";
        public const string Admin = "desk-admin";
    }
}
