using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in, with the same work for every failure: Identity checks a password only for an account that
/// exists and is not locked, so an unknown or locked name used to answer in a few milliseconds and a real one after
/// hashing, which told anyone timing the answers which accounts exist. Here those cases verify the password against a
/// decoy hash made by the same hasher, at the same cost.
/// </summary>
public sealed class DeskSignInManager(
    UserManager<DeskUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<DeskUser> principals,
    IOptions<IdentityOptions> options, ILogger<SignInManager<DeskUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DeskUser> confirmation)
    : SignInManager<DeskUser>(users, http, principals, options, logger, schemes, confirmation)
{
    // One per process, from a random password nobody knows: it never matches, and costs what a real hash costs.
    private static string? decoyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } person)
            return await PasswordSignInAsync(person, password, isPersistent, lockoutOnFailure);
        VerifyDecoy(password);
        return SignInResult.Failed;
    }

    /// <summary>A locked (or not allowed) account is refused before its password is checked: spend the same time.</summary>
    protected override async Task<SignInResult?> PreSignInCheck(DeskUser user)
    {
        var refusal = await base.PreSignInCheck(user);
        if (refusal is not null) VerifyDecoy("");
        return refusal;
    }

    private void VerifyDecoy(string password)
    {
        var hasher = UserManager.PasswordHasher;
        decoyHash ??= hasher.HashPassword(new DeskUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(new DeskUser(), decoyHash, password);
    }
}
