using System.Globalization;
using System.Resources;
using ClaimTrack.Web.Localization;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>
/// The account forms' field messages for DataAnnotations (<c>ErrorMessageResourceType</c>), which reads a static
/// property each time it writes a message: read per call, so the request's language (the signed-in person's, or the
/// browser's on the sign-in page) decides. The words are DeskText's, so both languages live in one pair of files.
/// </summary>
public static class AccountFieldText
{
    private static readonly ResourceManager Words = new(typeof(DeskText).FullName!, typeof(DeskText).Assembly);

    public static string Account_EnterEmail => Say(nameof(Account_EnterEmail));
    public static string Account_EnterAnEmailAddress => Say(nameof(Account_EnterAnEmailAddress));
    public static string Account_EnterPassword => Say(nameof(Account_EnterPassword));
    public static string Account_EnterCurrentPassword => Say(nameof(Account_EnterCurrentPassword));
    public static string Account_ChooseNewPassword => Say(nameof(Account_ChooseNewPassword));
    public static string Account_AtLeastTen => Say(nameof(Account_AtLeastTen));
    public static string Account_TooLong => Say(nameof(Account_TooLong));

    private static string Say(string name) => Words.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
