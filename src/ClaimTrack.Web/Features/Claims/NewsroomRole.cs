namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// Who may do what on a claim, lowest first: each role includes the ones before it. It lives in the Claims core so
/// a command can name the role it needs beside its decision; Accounts signs people in under these names.
/// </summary>
public enum NewsroomRole
{
    Reporter = 1,
    Editor = 2,
    Admin = 3,
}
