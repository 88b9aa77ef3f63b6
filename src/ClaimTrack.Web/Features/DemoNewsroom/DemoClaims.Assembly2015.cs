using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.DemoNewsroom;

// Claims about the 6 December 2015 National Assembly election, the OAS and representation; several were revised
// once the results were in.
public static partial class DemoNewsroomScript
{
    private const string CneResults2015 = "http://www.cne.gob.ve/resultado_asamblea2015/r/0/reg_000000.html";
    private const string Weisbrot = "Mark Weisbrot";
    private const string Cepr = "Co-director, Center for Economic and Policy Research";

    private static DemoStep ResultsOf6December(string key) => Evidence(At(2015, 12, 8, 9), key,
        "National Assembly election of 6 December 2015: results", EvidenceKind.OfficialRecord, CneResults2015,
        "Consejo Nacional Electoral, divulgación de resultados, elecciones parlamentarias 2015", "Consejo Nacional Electoral", new DateOnly(2015, 12, 7),
        "The opposition coalition won 112 of 167 seats, a two-thirds majority, with about 56% of the vote against about 41% for the government's alliance.", Stance.Context);

    private static DemoClaim OasInHaiti2011() => Claim(At(2015, 12, 3, 19),
        Registration("oas-haiti", "The OAS reversed the results of Haiti's 2011 presidential election without a recount or even a statistical test.", false,
            Weisbrot, ClaimantKind.Person, Cepr, "The column's argument for why OAS monitors cannot be considered neutral in Venezuela.",
            "OAS", "Haiti", "Election integrity"),
        Evidence(At(2015, 12, 3, 19, 10), "oas-haiti-report", "Expert verification mission on Haiti's first-round presidential results",
            EvidenceKind.Document, "https://www.oas.org/en/media_center/press_releases.asp", "Organization of American States, mission report, January 2011",
            "Organization of American States", new DateOnly(2011, 1, 13),
            "The mission reviewed a sample of tally sheets, set aside those it judged irregular, and recommended that Michel Martelly, not Jude Célestin, go to the run-off.", Stance.Supports),
        Evidence(At(2015, 12, 3, 19, 20), "oas-haiti-cepr", "Analysis of the OAS mission's report on the Haitian election",
            EvidenceKind.Expert, "https://cepr.net/", "Center for Economic and Policy Research, January 2011",
            "Center for Economic and Policy Research", null,
            "Argues that the mission neither recounted votes nor drew statistical inferences from its sample to the tally sheets it did not examine.", Stance.Supports),
        Propose(At(2015, 12, 4, 13, 30), "oas-haiti-1", "true",
            "The OAS changed who reached Haiti's run-off without a recount.",
            "The mission's recommendation replaced the second-placed candidate without any recount."),
        SendBack(At(2015, 12, 4, 15), "oas-haiti-1",
            "The mission did examine a sample of tally sheets; readers need that to judge \"not even a statistical test\". Say so, and note that the CEPR analysis comes from the columnist's own centre."),
        Propose(At(2015, 12, 4, 16), "oas-haiti-2", "mostly-true",
            "There was no recount: the OAS examined a sample of tally sheets and, without extending it statistically, changed who reached the run-off.",
            Lines("In January 2011 an OAS mission reviewed a sample of tally sheets from the first round, excluded those it found irregular and recommended that Martelly replace Célestin in the run-off, which the electoral council accepted.",
                "No votes were recounted. The mission did work from a sample, so \"without a statistical test\" is fair only in the narrow sense that it did not infer from the sample to the rest; that criticism comes from CEPR, the columnist's own organisation.")),
        Approve(At(2015, 12, 4, 18), "oas-haiti-2"),
        Publish(At(2015, 12, 4, 18, 5)));

    private static DemoClaim WyomingAndCalifornia() => Claim(At(2015, 12, 3, 19, 30),
        Registration("wyoming", "In the U.S., 584,000 people or so in Wyoming get the same number of senators as almost 39 million Californians.", true,
            Weisbrot, ClaimantKind.Person, Cepr, null, "United States", "Representation"),
        Evidence(At(2015, 12, 3, 19, 40), "wyoming-census", "Annual estimates of the resident population of the states, 2015",
            EvidenceKind.Dataset, "https://www.census.gov/programs-surveys/popest.html", "U.S. Census Bureau, state population estimates (vintage 2014)",
            "U.S. Census Bureau", new DateOnly(2014, 12, 23),
            "Estimates for 1 July 2014: Wyoming about 584,000 residents, California about 38.8 million.", Stance.Supports),
        new DemoStep(new CorrectEvidence(Id("evidence:wyoming-census"), new EvidenceDetails(
            "Annual estimates of the resident population of the states, 2014", EvidenceKind.Dataset, "https://www.census.gov/programs-surveys/popest.html",
            "U.S. Census Bureau, state population estimates (vintage 2014)", "U.S. Census Bureau", new DateOnly(2014, 12, 23),
            "Estimates for 1 July 2014: Wyoming about 584,000 residents, California about 38.8 million.", Stance.Supports),
            "The figures are the 2014 estimates, not 2015's."), Reporter, At(2015, 12, 3, 20)),
        Evidence(At(2015, 12, 3, 20, 5), "wyoming-constitution", "Constitution of the United States, Article I, Section 3",
            EvidenceKind.OfficialRecord, "https://www.senate.gov/about/origins-foundations/senate-and-constitution/constitution.htm", null,
            "United States Senate", null, "Every state has two senators, whatever its population.", Stance.Supports),
        Propose(At(2015, 12, 4, 14), "wyoming-1", "true",
            "Census estimates put Wyoming near 584,000 people and California near 39 million; each state has two senators.",
            "The figures match the Census Bureau's 2014 estimates, and the Constitution gives every state two senators."),
        Approve(At(2015, 12, 4, 17), "wyoming-1"),
        Publish(At(2015, 12, 4, 17, 10)));

    private static DemoClaim OppositionLeadsPolls() => Claim(At(2015, 12, 3, 20, 30),
        Registration("polls-lead", "The Venezuelan opposition is currently leading the government by a sizable margin in most national polls.", true,
            Weisbrot, ClaimantKind.Person, Cepr, null, "Venezuela", "Elections", "Polling"),
        Evidence(At(2015, 12, 3, 20, 40), "polls-reuters", "Pre-election polls show the opposition ahead",
            EvidenceKind.NewsReport, "https://www.reuters.com/world/americas/", "Reuters, reporting on pre-election polls, November 2015",
            "Reuters", null,
            "Most published polls in November 2015 gave the opposition coalition a double-digit lead; a firm close to the government showed a tighter race.", Stance.Supports),
        Propose(At(2015, 12, 4, 14, 30), "polls-lead-1", "true",
            "Most national polls before the vote showed the opposition ahead by double digits.",
            "Published polls in the weeks before the vote agreed on an opposition lead, most of them by a wide margin."),
        Approve(At(2015, 12, 4, 17, 30), "polls-lead-1"),
        Publish(At(2015, 12, 4, 17, 35)));

    private static DemoClaim OppositionWillUnderperformPolls() => Claim(At(2015, 12, 3, 21),
        Registration("underperform", "Win or lose, the opposition is very unlikely to do as well as the national polls indicate.", true,
            Weisbrot, ClaimantKind.Person, Cepr, "A forecast resting on the government party's organisation and on the extra weight of rural states.",
            "Venezuela", "Elections", "Polling", "Representation"),
        Evidence(At(2015, 12, 4, 14, 50), "underperform-rules", "Ley Orgánica de Procesos Electorales",
            EvidenceKind.OfficialRecord, "http://www.cne.gob.ve/web/normativa_electoral/ley_organica_procesos_electorales/indice.php",
            null, "Consejo Nacional Electoral", new DateOnly(2009, 8, 12),
            "Each state elects three seats regardless of population, on top of seats by population, which gives sparsely populated states more weight per voter.", Stance.Context),
        Propose(At(2015, 12, 4, 15, 10), "underperform-1", "unproven",
            "A forecast about an election three days away cannot be checked yet; we will revisit it when results are in.",
            "This is a prediction. Its premises (rural over-representation, the government party's turnout machine) are real, but whether they outweigh the polls can only be known on 6 December."),
        Approve(At(2015, 12, 4, 18, 30), "underperform-1"),
        Publish(At(2015, 12, 4, 18, 35)),
        ResultsOf6December("underperform-results"),
        Propose(At(2015, 12, 8, 10), "underperform-2", "half-true",
            "The opposition's winning margin (about 15 points) was smaller than many polls showed, but it won two-thirds of the seats.",
            Lines("On 6 December the opposition took about 56% of the vote to about 41% for the government's alliance: a clear win, but a smaller margin than several polls had shown, as the column expected.",
                "The column's reasoning about seats did not hold: the opposition won 112 of 167 seats, a two-thirds majority, more than its share of the vote."),
            "The results of 6 December are in."),
        Approve(At(2015, 12, 8, 12), "underperform-2"));
}
