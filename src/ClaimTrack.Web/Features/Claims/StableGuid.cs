using System.Security.Cryptography;
using System.Text;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>The same Guid for the same name, on every machine: ids that a rebuild or a re-install reproduces.</summary>
public static class StableGuid
{
    public static Guid From(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
}
