using Marten;

namespace ClaimTrack.Web.Features.ReaderRequests.Privacy;

/// <summary>
/// Marten's rule for protected information: what an erased submission event keeps. Everything the reader wrote stays
/// (it is the request); the address goes. Applied only when <see cref="ReaderEmailEraser"/> asks, never on its own.
/// </summary>
public static class ReaderEmailMasking
{
    public static void Register(StoreOptions opts)
    {
        opts.Events.AddMaskingRuleForProtectedInformation<TipSubmitted>(e => e with { Email = null });
        opts.Events.AddMaskingRuleForProtectedInformation<CorrectionRequested>(e => e with { Email = null });
    }
}
