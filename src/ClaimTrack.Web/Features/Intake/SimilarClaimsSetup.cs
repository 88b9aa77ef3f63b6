namespace ClaimTrack.Web.Features.Intake;

public static class SimilarClaimsSetup
{
    /// <summary>The similar-claims query, for the register form and for anything else that takes in claims (tips).</summary>
    public static IServiceCollection AddSimilarClaims(this IServiceCollection services) => services.AddSingleton<SimilarClaims>();
}
