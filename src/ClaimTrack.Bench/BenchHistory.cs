using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Bench;

/// <summary>
/// One generated claim's whole life, decided by the real commands so every event is one the desk could have produced:
/// registration, 1-6 pieces of evidence, a verdict (sometimes sent back first), publication for nine claims in ten,
/// then revisions, corrections and the odd retraction. Claim <c>i</c> always gets the same history, whatever the order
/// or the thread that generates it, so batches can be generated in parallel.
/// </summary>
public static class BenchHistory
{
    private static readonly Actor Reporter = new("bench-reporter", "Bench Reporter");
    private static readonly Actor Editor = new("bench-editor", "Bench Editor");
    private static readonly Actor SecondEditor = new("bench-editor-2", "Bench Second Editor");
    private static readonly RatingScale Scale = RatingScale.Default();
    private static readonly NewsroomOptions Newsroom = new();
    private static readonly string[] Ratings = [.. Scale.Ratings.Select(r => r.Key)];
    private static readonly DateTimeOffset Start = new(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The events of claim <paramref name="index"/> of <paramref name="total"/>, and the claim they make.</summary>
    public static (List<object> Events, Claim Claim) For(int index, int total)
    {
        var random = new Random(unchecked(index * 7919 + 2015));
        // Claims arrive evenly over ten years, whatever the size of the set, so "newest first" pages look alike.
        var at = Start.AddMinutes(index * (5_256_000.0 / Math.Max(total, 1)));
        var claimant = BenchNames.Claimant(random);
        var registered = RegisterClaimDecision.Decide(new RegisterClaim(
            NewId(random, at), BenchVocabulary.Sentence(random, random.Next(8, 30)), random.Next(3) == 0,
            claimant.Name, claimant.Kind, claimant.Affiliation, BenchNames.Outlet(random),
            $"https://{BenchNames.Slug(BenchNames.Outlet(random))}.example.org/{index}", DateOnly.FromDateTime(at.UtcDateTime.AddDays(-random.Next(1, 9))),
            BenchVocabulary.Sentence(random, random.Next(20, 60)), BenchNames.Topics(random)), Reporter, at, Newsroom.Languages);
        var events = new List<object> { registered };
        var claim = Claim.Create(registered);
        claim.Version = 1;
        void Do(object command, Actor by)
        {
            at = at.AddMinutes(random.Next(5, 600));
            foreach (var e in ClaimCommands.Decide(claim, command, Scale, Newsroom, by, at)) { events.Add(e); claim.Replay(e); }
        }

        for (var e = random.Next(1, 7); e > 0; e--)
            Do(new AttachEvidence(NewId(random, at), Evidence(random, index, e, at)), Reporter);

        // One claim in ten stays on the desk: a draft, a proposal waiting for review, or an approved verdict not yet out.
        if (random.Next(10) == 0)
        {
            var stage = random.Next(3);
            if (stage > 0) Verdict(random, at, Do, revisionReason: null, sendBackChance: 8, approve: stage == 2);
            return (events, claim);
        }
        Verdict(random, at, Do, revisionReason: null, sendBackChance: 8);
        Do(new PublishClaim(), Editor);

        // Published: up to two revisions (each approval re-publishes), one correction in five, one retraction in a hundred.
        for (var r = random.Next(4) == 0 ? random.Next(1, 3) : 0; r > 0; r--)
            Verdict(random, at, Do, BenchVocabulary.Sentence(random, 9), sendBackChance: 0);
        // Corrections and retractions are proposed by one editor and approved by another, as the desk requires.
        if (random.Next(5) == 0)
        {
            var correction = NewId(random, at);
            Do(new IssueCorrection(BenchVocabulary.Sentence(random, 12), claim.Current!.Verdict.Reasoning + " (corrected)", "A figure was wrong.", correction), Editor);
            Do(new ApprovePublicChange(correction), SecondEditor);
        }
        if (random.Next(100) == 0)
        {
            var retraction = NewId(random, at);
            Do(new RetractClaim("The original source was fabricated.", retraction), Editor);
            Do(new ApprovePublicChange(retraction), SecondEditor);
        }
        return (events, claim);
    }

    private static void Verdict(
        Random random, DateTimeOffset at, Action<object, Actor> act, string? revisionReason, int sendBackChance, bool approve = true)
    {
        var verdict = NewId(random, at);
        var reasoning = string.Join("\n\n", Enumerable.Range(0, random.Next(2, 5)).Select(_ => BenchVocabulary.Sentence(random, random.Next(25, 60))));
        act(new ProposeVerdict(verdict, Ratings[random.Next(Ratings.Length)], BenchVocabulary.Sentence(random, 12), reasoning, revisionReason), Reporter);
        if (random.Next(100) < sendBackChance)
        {
            act(new SendBackVerdict(verdict, "Cite the official figures first."), Editor);
            verdict = NewId(random, at);
            act(new ProposeVerdict(verdict, Ratings[random.Next(Ratings.Length)], BenchVocabulary.Sentence(random, 12), reasoning + " Official figures added.", revisionReason), Reporter);
        }
        if (approve) act(new ApproveVerdict(verdict), Editor);
    }

    // A version 7 Guid, as the desk gives new claims, evidence and verdicts (time-ordered, so indexes grow at the end),
    // with its random part from the claim's own random numbers, so the same index always gets the same ids.
    private static Guid NewId(Random random, DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static EvidenceDetails Evidence(Random random, int index, int number, DateTimeOffset at)
    {
        var publisher = BenchNames.Publisher(random);
        return new EvidenceDetails(
            BenchVocabulary.Sentence(random, random.Next(4, 10)).TrimEnd('.'), (EvidenceKind)random.Next(8),
            $"https://{BenchNames.Slug(publisher)}.example.org/{index}/{number}", null, publisher,
            DateOnly.FromDateTime(at.UtcDateTime.AddDays(-random.Next(0, 400))), BenchVocabulary.Sentence(random, random.Next(15, 40)),
            (Stance)random.Next(3));
    }
}
