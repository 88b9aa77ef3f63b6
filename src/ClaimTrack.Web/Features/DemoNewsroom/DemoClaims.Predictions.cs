using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;

namespace ClaimTrack.Web.Features.DemoNewsroom;

// The column's forecasts about the opposition's reaction, checked before and after 6 December 2015.
public static partial class DemoNewsroomScript
{
    private static DemoClaim FraudClaimsPredicted() => Claim(At(2015, 12, 3, 21, 30),
        Registration(new Guid("1eac82bb-d9df-8139-2c68-91bffe4e697c"), "When the opposition is \"surprised\" by the results, we can expect claims of fraud.", true,
            Weisbrot, ClaimantKind.Person, Cepr, "The column expected the opposition to do worse than polls suggested and to reject the result.",
            "Venezuela", "Elections", "Election integrity"),
        Evidence(At(2015, 12, 3, 21, 40), new Guid("a9b951dd-ae6f-6712-a034-fd2eda2838eb"), "The opposition's rejection of the 2013 result",
            EvidenceKind.NewsReport, "https://www.bbc.com/news/world/latin_america", "BBC News, April 2013",
            "BBC News", new DateOnly(2013, 4, 15),
            "After the 2013 presidential vote the opposition candidate refused to accept the result and called for a full recount.", Stance.Context),
        Propose(At(2015, 12, 4, 16), new Guid("875e7f5d-4c9e-028e-acc6-f835ea2cbf03"), "unproven",
            "A prediction about the reaction to results not yet known; the opposition did reject the 2013 result, but that settles nothing for 2015.",
            "The forecast rests on precedent: in 2013 the opposition rejected a narrow defeat. Whether it happens again can only be checked after 6 December."),
        Approve(At(2015, 12, 4, 19), new Guid("875e7f5d-4c9e-028e-acc6-f835ea2cbf03")),
        Publish(At(2015, 12, 4, 19, 5)),
        ResultsOf6December(new Guid("ae290a52-7648-5530-c813-aa68d84032c4")),
        Evidence(At(2015, 12, 8, 9, 10), new Guid("11948d7f-2ea1-8bef-3b03-1cf0a345eb9c"), "Maduro accepts the opposition's victory",
            EvidenceKind.NewsReport, "https://www.reuters.com/world/americas/", "Reuters, 7 December 2015",
            "Reuters", new DateOnly(2015, 12, 7),
            "The president recognised the result on election night; the opposition celebrated its win and made no claim of fraud.", Stance.Contradicts),
        Propose(At(2015, 12, 8, 10, 30), new Guid("e9c75a33-f1bf-e32e-4eef-5b7d72cfce85"), "false",
            "The opposition was not surprised by a defeat: it won a two-thirds majority and made no claim of fraud.",
            Lines("The forecast depended on the opposition doing worse than the polls. It did better in seats, winning 112 of 167, and the government accepted the result the same night.",
                "No claim of fraud followed from the opposition. The prediction did not come true."),
            "The results of 6 December are in and no fraud claims followed."),
        Approve(At(2015, 12, 8, 13), new Guid("e9c75a33-f1bf-e32e-4eef-5b7d72cfce85"), DemoStaff.SecondEditor));

    private static DemoClaim OteroStreetProtests() => Claim(At(2015, 12, 3, 22),
        Registration(new Guid("2cd341d9-17a6-da68-3cfb-613623933857"), "The head of El Nacional, Miguel Henrique Otero, declared that the opposition will take to the streets if they do not like the results.", false,
            Weisbrot, ClaimantKind.Person, Cepr, "The column dates the remark to the weekend before publication (28-29 November 2015).",
            "Venezuela", "Elections", "Press"),
        Evidence(At(2015, 12, 3, 22, 10), new Guid("e86564df-a833-37bb-b613-c60665c90614"), "El Nacional's coverage of the campaign",
            EvidenceKind.ArchivedPage, "https://web.archive.org/web/2015*/el-nacional.com", "Archived pages of el-nacional.com, late November 2015",
            "El Nacional", null,
            "We found no report of the remark in El Nacional's own archived coverage for those days.", Stance.Context),
        Propose(At(2015, 12, 4, 16, 30), new Guid("352cbb93-df20-f18e-8a06-944d21eccb6e"), "unproven",
            "We could not find a recording, transcript or report of the remark the column attributes to Otero.",
            Lines("The column gives no source for the remark, and we found none in the archived coverage of El Nacional or in wire reports from those days.",
                "Otero was an outspoken critic of the government, so the remark is plausible, but plausibility is not evidence. We rate it **unproven** and will update it if a source appears.")),
        Approve(At(2015, 12, 4, 19, 30), new Guid("352cbb93-df20-f18e-8a06-944d21eccb6e")),
        Publish(At(2015, 12, 4, 19, 35)),
        // Retracted, as a desk does when it finds it checked the wrong thing: proposed by one editor, approved by another.
        new DemoStep(new RetractClaim(
            "We checked the wrong claim: the column reports what it says Otero's allies were saying, not a declaration by Otero, and we attributed the remark to him.",
            new Guid("9d2c7e41-3b5a-4f60-8e1d-7a4c2b9f0e63")), Editor, At(2015, 12, 10, 9)),
        ApproveChange(At(2015, 12, 10, 10), new Guid("9d2c7e41-3b5a-4f60-8e1d-7a4c2b9f0e63")));
}
