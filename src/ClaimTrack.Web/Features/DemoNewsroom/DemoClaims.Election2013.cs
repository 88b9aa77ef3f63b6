using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Evidence;

namespace ClaimTrack.Web.Features.DemoNewsroom;

// Claims about the 2013 presidential election and the safeguards of Venezuela's voting system.
public static partial class DemoNewsroomScript
{
    private const string CneResults2013 = "http://www.cne.gob.ve/resultado_presidencial_2013/r/1/reg_000000.html";

    private static DemoClaim MarginIn2013() => Claim(At(2015, 12, 3, 17),
        Registration(new Guid("5d6f49be-0355-b1e5-4404-584754132f46"), "In 2013, President Maduro won by 1.5 percentage points, but there was absolutely no doubt about the result.", true,
            "Mark Weisbrot", ClaimantKind.Person, "Co-director, Center for Economic and Policy Research", null,
            "Venezuela", "Elections", "Election integrity"),
        Evidence(At(2015, 12, 3, 17, 10), new Guid("8e3b4a06-6e06-f108-fd9a-08d084d0b60f"), "Presidential election of 14 April 2013: national results",
            EvidenceKind.OfficialRecord, CneResults2013, "Consejo Nacional Electoral, divulgación de resultados, elección presidencial 2013",
            "Consejo Nacional Electoral", new DateOnly(2013, 4, 15),
            "Final count: Nicolás Maduro 50.61%, Henrique Capriles 49.12%, a gap of about 224,000 votes.", Stance.Supports),
        Evidence(At(2015, 12, 3, 17, 20), new Guid("eaa4c237-2e35-4744-cb9b-dfb50164d53b"), "Completion of the expanded audit of the 2013 vote",
            EvidenceKind.OfficialRecord, "http://www.cne.gob.ve/web/sala_prensa/noticias.php", "Consejo Nacional Electoral, press release of 11 June 2013",
            "Consejo Nacional Electoral", new DateOnly(2013, 6, 11),
            "The electoral council reported that auditing the remaining ballot boxes found no discrepancy that changed the outcome. The opposition did not take part.", Stance.Context),
        Propose(At(2015, 12, 4, 11), new Guid("1bf8ce4a-5a3e-2f22-0b8c-1021dccf9ec4"), "mostly-true",
            "Maduro won by 1.5 points (50.66% to 49.12%); audits backed the count, though the opposition disputed it.",
            Lines("The electoral council's final figures give Maduro a lead of 1.49 points, which rounds to the column's 1.5.",
                "\"Absolutely no doubt\" goes further: the count was audited and upheld, but the opposition contested the result and boycotted the expanded audit, so doubt was expressed, if not substantiated.")),
        Approve(At(2015, 12, 4, 14), new Guid("1bf8ce4a-5a3e-2f22-0b8c-1021dccf9ec4")),
        Publish(At(2015, 12, 4, 14, 5)),
        Correct(At(2015, 12, 5, 9), new Guid("3a1f0c52-7d44-4b7e-9a51-0f6c2e8b9d10"),
            "Maduro won by 1.5 points (50.61% to 49.12%); audits backed the count, though the opposition disputed it.",
            Lines("The electoral council's final figures give Maduro 50.61% and Capriles 49.12%, a lead of 1.49 points, which rounds to the column's 1.5.",
                "\"Absolutely no doubt\" goes further: the count was audited and upheld, but the opposition contested the result and boycotted the expanded audit, so doubt was expressed, if not substantiated."),
            "Maduro's share was 50.61%, not 50.66% as first published."),
        ApproveChange(At(2015, 12, 5, 9, 40), new Guid("3a1f0c52-7d44-4b7e-9a51-0f6c2e8b9d10")));

    private static DemoClaim FraudAllegations2013() => Claim(At(2015, 12, 3, 17, 30),
        Registration(new Guid("f9e51be4-9260-9253-b103-9ba356d43a52"), "The result of the 2013 presidential election does not reflect the will of the people and must be recounted vote by vote.", false,
            "Henrique Capriles", ClaimantKind.Person, "Opposition candidate, Mesa de la Unidad Democrática",
            "Said on election night, 14 April 2013, and repeated in the weeks after; cited in the column as the opposition's fraud claim.",
            "Venezuela", "Elections", "Election integrity"),
        Appearance(At(2015, 12, 3, 17, 35), "Televised address", null, new DateOnly(2013, 4, 14), "Election-night speech in Caracas."),
        Evidence(At(2015, 12, 3, 17, 40), new Guid("c330be78-6d5d-4bdc-e498-51ccdbc37e6d"), "Completion of the expanded audit of the 2013 vote",
            EvidenceKind.OfficialRecord, "http://www.cne.gob.ve/web/sala_prensa/noticias.php", "Consejo Nacional Electoral, press release of 11 June 2013",
            "Consejo Nacional Electoral", new DateOnly(2013, 6, 11),
            "Comparing paper receipts with machine tallies in the remaining boxes found no discrepancy that changed the result.", Stance.Contradicts),
        Evidence(At(2015, 12, 3, 17, 50), new Guid("8f8c53c6-97bc-81c0-7fd6-43fc28caeed6"), "Supreme Court rejects the opposition's challenges to the election",
            EvidenceKind.NewsReport, "https://www.bbc.com/news/world/latin_america", "BBC News, 7 August 2013",
            "BBC News", new DateOnly(2013, 8, 7),
            "The court dismissed the challenges; the opposition said the audit left out the voter sign-in books it considered essential.", Stance.Context),
        Propose(At(2015, 12, 4, 12), new Guid("f2d25e69-d95b-af6f-c9b2-ac251291a1f0"), "unproven",
            "The opposition never showed irregularities large enough to change the result; audits of the receipts found none.",
            Lines("The paper-receipt audits match the machine count, and the opposition did not publish evidence of outcome-changing fraud.",
                "The audits did not cover everything the opposition asked for, such as the voter sign-in books, so its specific allegations were never fully tested. We rate the claim **unproven** rather than false.")),
        Approve(At(2015, 12, 4, 15), new Guid("f2d25e69-d95b-af6f-c9b2-ac251291a1f0")),
        Publish(At(2015, 12, 4, 15, 5)),
        // An update after publication, reviewed by a second editor: readers see the withdrawal marked and the new wording.
        new DemoStep(new WithdrawEvidence(new Guid("8f8c53c6-97bc-81c0-7fd6-43fc28caeed6"),
            "The link led to the BBC's Latin America index, not to the report on the ruling."), Reporter, At(2015, 12, 7, 10)),
        new DemoStep(new EditClaim(
            "The result of the 2013 presidential election does not reflect the will of the people, and every vote must be recounted.", false,
            "Henrique Capriles", ClaimantKind.Person, "Opposition candidate, Mesa de la Unidad Democrática",
            "Said on election night, 14 April 2013, and repeated in the weeks after; cited in the column as the opposition's fraud claim.",
            ["Venezuela", "Elections", "Election integrity"], "en"), Reporter, At(2015, 12, 7, 10, 10)),
        ProposeUpdate(At(2015, 12, 7, 10, 20), new Guid("6b0e2f4a-51c8-4d3e-8f7a-2c9d1e0b3a45"),
            "The statement now follows Capriles's election-night words more closely, and a broken source is withdrawn."),
        ApproveChange(At(2015, 12, 7, 11), new Guid("6b0e2f4a-51c8-4d3e-8f7a-2c9d1e0b3a45")));

    // Left waiting for review: the demo's review queue has something in it, and readers never see it.
    private static DemoClaim WashingtonWithheldRecognition() => Claim(At(2015, 12, 5, 9),
        Registration(new Guid("23ea01f4-936a-5cd4-0e57-49edb6ad2e6e"), "The U.S. government, with almost no allies, backed the protestors by refusing to recognize the election results.", true,
            Weisbrot, ClaimantKind.Person, Cepr,
            "About the April 2013 presidential election; the column adds that South American governments then pressed Washington to accept the result.",
            "Venezuela", "Elections", "United States"),
        Evidence(At(2015, 12, 5, 9, 20), new Guid("2611671f-6dee-d41f-b854-a41ae7c5e723"), "State Department briefings on the Venezuelan election, April 2013",
            EvidenceKind.OfficialRecord, "https://2009-2017.state.gov/r/pa/prs/dpb/2013/04/index.htm", "U.S. Department of State, daily press briefings, 15-19 April 2013",
            "U.S. Department of State", null,
            "The department backed the opposition's call for a full recount and declined to say whether the United States accepted Maduro as the winner.", Stance.Supports),
        Evidence(At(2015, 12, 5, 9, 40), new Guid("d9c6eb10-5adf-b1dc-ed23-536351ce8fbe"), "South American leaders recognise Maduro's election",
            EvidenceKind.NewsReport, "https://www.reuters.com/world/americas/", "Reuters, 19 April 2013, on the UNASUR summit in Lima",
            "Reuters", new DateOnly(2013, 4, 19),
            "Meeting in Lima on the eve of the inauguration, the South American governments recognised Maduro's victory and welcomed the electoral council's decision to extend its audit.", Stance.Context),
        Propose(At(2015, 12, 5, 11), new Guid("9f63f469-ad00-3908-4158-8b026ba35adb"), "mostly-true",
            "Washington withheld recognition of Maduro's 2013 win while nearly every government in the region accepted it; it backed the recount demand, not the violence.",
            Lines("In the days after the vote the State Department supported the opposition's call for a full recount and would not say whether it recognised the result, while South American governments recognised Maduro within a week.",
                "\"Backed the protestors\" is the column's reading: the U.S. backed the demand for a recount, which is what the protests were about, but we found no U.S. statement endorsing the violence.")));

    private static DemoClaim AuditOf54Percent() => Claim(At(2015, 12, 3, 18),
        Registration(new Guid("04c6493f-514f-6a2d-7acf-1de0617156cb"), "An immediate audit, with witnesses, of a random sample of 54 percent of voting stations.", true,
            "Mark Weisbrot", ClaimantKind.Person, "Co-director, Center for Economic and Policy Research",
            "The column lists it among the safeguards of Venezuela's voting process.",
            "Venezuela", "Elections", "Election integrity"),
        Evidence(At(2015, 12, 3, 18, 10), new Guid("14f55c64-dda8-c84f-83af-0e6f10b13c18"), "Study mission report on the 2013 presidential election",
            EvidenceKind.Document, "https://www.cartercenter.org/countries/venezuela.html", "The Carter Center, final report of the study mission, 2013",
            "The Carter Center", null,
            "Describes the audit on election night: paper receipts of a random selection of about 54% of voting machines are counted in front of witnesses and compared with the electronic tally.", Stance.Supports),
        Propose(At(2015, 12, 4, 12, 30), new Guid("ce56cd24-1d49-b412-1c22-94a89125ebe2"), "mostly-true",
            "Venezuela audits about 54% of voting machines at random on election night, with witnesses; the sample is of machines, not stations.",
            Lines("The election-night audit is real and public: party witnesses watch receipts counted against machine totals.",
                "The sample is drawn from voting machines (tables), not whole voting centres, a detail the column blurs; the substance holds.")),
        Approve(At(2015, 12, 4, 16, 30), new Guid("ce56cd24-1d49-b412-1c22-94a89125ebe2")),
        Publish(At(2015, 12, 4, 16, 35)));

    private static DemoClaim CarterBestInTheWorld() => Claim(At(2015, 12, 3, 18, 30),
        Registration(new Guid("4f2f4d8f-cae9-a32f-eb82-a492a44e4e6c"), "Former U.S. president and election expert Jimmy Carter called Venezuela's election system \"the best in the world.\"", true,
            "Mark Weisbrot", ClaimantKind.Person, "Co-director, Center for Economic and Policy Research", null,
            "Venezuela", "Elections", "Election integrity"),
        Appearance(At(2015, 12, 3, 18, 35), "The Carter Center", "https://www.cartercenter.org/news/index.html", new DateOnly(2012, 9, 11),
            "Carter's remark at an event marking the Carter Center's 30th anniversary, as reported afterwards."),
        Evidence(At(2015, 12, 3, 18, 40), new Guid("8893a70c-9091-7317-97df-c280be4777b8"), "Carter: of 92 elections monitored, Venezuela's process is the best",
            EvidenceKind.NewsReport, "https://www.reuters.com/world/americas/", "Reporting of Jimmy Carter's remarks, September 2012",
            "Reuters", null,
            "Carter said that of the 92 elections the Center had monitored, he would call Venezuela's election process the best in the world.", Stance.Supports),
        Evidence(At(2015, 12, 3, 18, 45), new Guid("24950e51-a029-cd53-1c86-77f27f3d82b5"), "Elections in Venezuela (encyclopedia entry)",
            EvidenceKind.Other, "https://en.wikipedia.org/wiki/Elections_in_Venezuela", null, "Wikipedia", null,
            "Repeats the quotation, citing press reports.", Stance.Supports),
        new DemoStep(new WithdrawEvidence(new Guid("24950e51-a029-cd53-1c86-77f27f3d82b5"), "An encyclopedia entry is not a source; the original reporting is attached instead."), Reporter, At(2015, 12, 4, 9)),
        Propose(At(2015, 12, 4, 13), new Guid("e0ce1bbe-d851-3c1b-6596-ba18f8a21ccf"), "mostly-true",
            "Carter did say it, in 2012, about the voting process he had observed; he was not praising every part of Venezuela's elections.",
            Lines("The quotation is accurate: Carter spoke of the 92 elections his Center had monitored.",
                "He was talking about the voting process, the machines and their audits. The Carter Center also raised concerns about campaign conditions, such as access to the media, which the quotation leaves out.")),
        Approve(At(2015, 12, 4, 16), new Guid("e0ce1bbe-d851-3c1b-6596-ba18f8a21ccf")),
        Publish(At(2015, 12, 4, 16, 5)));
}
