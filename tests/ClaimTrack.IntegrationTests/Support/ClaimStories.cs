using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>Short, real histories written through the app's own writer: what an editor would do on the desk.</summary>
public sealed class ClaimStories(ClaimWriter writer)
{
    public static readonly Actor Reporter = new("reporter-1", "Rosa Díaz");
    public static readonly Actor Editor = new("editor-1", "Amir Haddad");
    /// <summary>The second editor who approves what another proposed for readers.</summary>
    public static readonly Actor OtherEditor = new("editor-2", "Mei Tanaka");
    public static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public Guid ClaimId { get; private init; } = Guid.NewGuid();
    public Guid EvidenceId { get; } = Guid.NewGuid();
    public Guid VerdictId { get; } = Guid.NewGuid();
    public long Version { get; private set; }

    public string Statement { get; set; } = "Turnout was the highest in forty years.";
    public string? Context { get; set; }
    /// <summary>The claim's language: one of the newsroom's (en and es unless a test configures others).</summary>
    public string Language { get; set; } = "en";

    /// <summary>When the story starts; each step comes a minute after the one before.</summary>
    public DateTimeOffset Start { get; init; } = Monday;
    /// <summary>The story of a claim registered elsewhere (on the desk, in a browser), at the version it has now.</summary>
    public static ClaimStories Continuing(ClaimWriter writer, Guid claimId, long version) => new(writer) { ClaimId = claimId, Version = version };

    public async Task<ClaimStories> RegisterAsync(string claimant, params string[] topics)
    {
        Version = await writer.RegisterAsync(new RegisterClaim(
            ClaimId, Statement, true, claimant, ClaimantKind.Person, "Minister of Interior",
            "Evening News", "https://news.example.org/turnout", new DateOnly(2025, 3, 1), Context, topics, Language), Reporter, Start);
        return this;
    }

    public Task<ClaimStories> AttachEvidenceAsync(string title = "Official turnout figures", Guid? evidenceId = null) => DoAsync(new AttachEvidence(evidenceId ?? EvidenceId,
        new EvidenceDetails(title, EvidenceKind.OfficialRecord, "https://elections.example.org/turnout", null, "Electoral council",
            new DateOnly(2025, 3, 2), "Turnout 71%, below the 1985 figure.", Stance.Contradicts)), Reporter);

    public Task<ClaimStories> ProposeAsync(string rating = "false", string? revisionReason = null, Guid? verdictId = null) =>
        DoAsync(new ProposeVerdict(verdictId ?? VerdictId, rating, "Turnout was high, but not a forty-year record.",
            "The council's figures show **71%**, below 1985.", revisionReason), Reporter);

    public Task<ClaimStories> ApproveAsync(Guid? verdictId = null) => DoAsync(new ApproveVerdict(verdictId ?? VerdictId), Editor);

    public Task<ClaimStories> PublishAsync() => DoAsync(new PublishClaim(), Editor);

    public async Task<ClaimStories> PublishedAsync(string claimant, params string[] topics)
    {
        await RegisterAsync(claimant, topics);
        await AttachEvidenceAsync();
        await ProposeAsync();
        await ApproveAsync();
        return await PublishAsync();
    }

    public async Task<ClaimStories> ReviseAsync(string rating, string reason)
    {
        var revision = Guid.NewGuid();
        await ProposeAsync(rating, reason, revision);
        return await ApproveAsync(revision);
    }

    /// <summary>Proposes the desk's edits for readers; they see nothing until another editor approves.</summary>
    public async Task<Guid> ProposeUpdateAsync(string reason = "The statement now follows the interview.", Actor? by = null) =>
        await ProposingAsync(changeId => new ProposeUpdate(changeId, reason), by ?? Reporter);

    public async Task<Guid> ProposeCorrectionAsync(string summary, string reasoning, string note, Actor? by = null) =>
        await ProposingAsync(changeId => new IssueCorrection(summary, reasoning, note, changeId), by ?? Editor);

    public async Task<Guid> ProposeRetractionAsync(string reason, Actor? by = null) =>
        await ProposingAsync(changeId => new RetractClaim(reason, changeId), by ?? Editor);

    public Task<ClaimStories> ApproveChangeAsync(Guid changeId, Actor? by = null) => DoAsync(new ApprovePublicChange(changeId), by ?? OtherEditor);

    /// <summary>A correction proposed by one editor and approved by another.</summary>
    public async Task<ClaimStories> CorrectAsync(string summary, string reasoning, string note) =>
        await ApproveChangeAsync(await ProposeCorrectionAsync(summary, reasoning, note));

    /// <summary>A retraction proposed by one editor and approved by another.</summary>
    public async Task<ClaimStories> RetractAsync(string reason) => await ApproveChangeAsync(await ProposeRetractionAsync(reason));

    /// <summary>The desk's edits proposed by the reporter and approved by an editor.</summary>
    public async Task<ClaimStories> UpdateAsync(string reason = "The statement now follows the interview.") =>
        await ApproveChangeAsync(await ProposeUpdateAsync(reason));

    private async Task<Guid> ProposingAsync(Func<Guid, object> command, Actor by)
    {
        var changeId = Guid.NewGuid();
        await DoAsync(command(changeId), by);
        return changeId;
    }

    public async Task<ClaimStories> DoAsync(object command, Actor by)
    {
        Version = await writer.ExecuteAsync(ClaimId, Version, command, by, Start.AddMinutes(Version));
        return this;
    }
}
