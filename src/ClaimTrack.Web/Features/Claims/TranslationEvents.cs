using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.Web.Features.Claims;

// Translations (Translations/): proposed as a public change (PublicChangeProposed with its Translation), reviewed like
// one, and recorded by these once another Editor approves. Each carries what readers will see, so the reader view and
// the history never need the proposal.

/// <summary>A translation reaches readers, replacing any earlier one in its language. ProposedBy is who translated it.</summary>
public sealed record TranslationApproved(
    Guid ClaimId, Guid ChangeId, Translation Translation, Actor ProposedBy, Actor By, DateTimeOffset At);

/// <summary>A translation leaves every reader page; Reason says why (a mistranslation, a language the newsroom dropped).</summary>
public sealed record TranslationWithdrawn(
    Guid ClaimId, Guid ChangeId, string Language, string Reason, Actor ProposedBy, Actor By, DateTimeOffset At);
