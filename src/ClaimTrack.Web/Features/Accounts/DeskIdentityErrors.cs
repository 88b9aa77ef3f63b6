using ClaimTrack.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>
/// Identity's refusals (a wrong current password, a short new one, an email already in use) in the desk's language:
/// the password page and the Admin's "add a person" show them as they come. Identity asks per request, so each person
/// reads their own language; a refusal not listed here keeps Identity's English.
/// </summary>
public sealed class DeskIdentityErrors(IStringLocalizer<DeskText> words) : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() => Say(base.PasswordMismatch(), words["Account_Error_PasswordMismatch"]);

    public override IdentityError PasswordTooShort(int length) => Say(base.PasswordTooShort(length), words["Account_Error_PasswordTooShort", length]);

    public override IdentityError PasswordRequiresLower() => Say(base.PasswordRequiresLower(), words["Account_Error_PasswordRequiresLower"]);

    public override IdentityError DuplicateEmail(string email) => Say(base.DuplicateEmail(email), words["Account_Error_DuplicateEmail", email]);

    public override IdentityError DuplicateUserName(string userName) => Say(base.DuplicateUserName(userName), words["Account_Error_DuplicateUserName", userName]);

    public override IdentityError InvalidEmail(string? email) => Say(base.InvalidEmail(email), words["Account_Error_InvalidEmail", email ?? ""]);

    // The code stays Identity's: code that reacts to a refusal reads the code, a person reads the description.
    private static IdentityError Say(IdentityError error, string description) => new() { Code = error.Code, Description = description };
}
