using System.Security.Claims;
using System.Text.RegularExpressions;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>Who may run which command. Checked on the server for every action, whatever the page showed.</summary>
public static class DeskPermissions
{
    /// <summary>The lowest role a command needs, as its catalogue entry says; anything else is an Admin's.</summary>
    public static string RoleFor(object command) => Needed(command).ToString();

    /// <summary>A role allows everything the roles below it allow.</summary>
    public static bool Allows(ClaimsPrincipal user, object command)
    {
        var needed = Needed(command);
        return Enum.GetValues<NewsroomRole>().Any(role => role >= needed && user.IsInRole(role.ToString()));
    }

    /// <summary>The same rule over a person's stored roles (what the server checks before every action).</summary>
    public static bool Allows(IEnumerable<string> roles, object command)
    {
        var needed = Needed(command);
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return Enum.GetValues<NewsroomRole>().Any(role => role >= needed && held.Contains(role.ToString()));
    }

    private static NewsroomRole Needed(object command) => ClaimCommandCatalog.For(command)?.Role ?? NewsroomRole.Admin;
}

/// <summary>The role a command needs is missing, or an Admin's action would leave the desk without an Admin.</summary>
public sealed class DeskActionForbidden : Exception
{
    public DeskActionForbidden(object command)
        : base($"Your role does not allow this: {Spoken(command)} needs the {DeskPermissions.RoleFor(command)} role. " +
            "Nothing was saved; ask an Admin if your role should allow it.") =>
        Sentence = new("RoleNeeded", Message, [Spoken(command), Needed(command)]);

    public DeskActionForbidden(string message) : base(message) => Sentence = CodedSentence.Plain(message);

    /// <summary>A refusal with a value in it; see <see cref="CodedSentence"/>.</summary>
    public DeskActionForbidden(string code, string message, params object[] values) : base(message) => Sentence = new(code, message, values);

    /// <summary>The refusal as the desk words it in another language.</summary>
    public CodedSentence Sentence { get; }

    private static NewsroomRole Needed(object command) => Enum.Parse<NewsroomRole>(DeskPermissions.RoleFor(command));

    // "ApproveVerdict" reads as "approve verdict": the command's name in the words of the page it came from.
    private static string Spoken(object command) =>
        Regex.Replace(command.GetType().Name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
}
