using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;

namespace ClaimTrack.Web.Features.DemoNewsroom;

// Claims about the 6 December 2015 National Assembly election, the OAS and representation; several were revised
// once the results were in.
public static partial class DemoNewsroomScript
{
    private const string CneResults2015 = "http://www.cne.gob.ve/resultado_asamblea2015/r/0/reg_000000.html";
    private const string Weisbrot = "Mark Weisbrot";
    private const string Cepr = "Co-director, Center for Economic and Policy Research";

    private static DemoStep ResultsOf6December(Guid evidenceId) => Evidence(At(2015, 12, 8, 9), evidenceId,
        "National Assembly election of 6 December 2015: results", EvidenceKind.OfficialRecord, CneResults2015,
        "Consejo Nacional Electoral, divulgación de resultados, elecciones parlamentarias 2015", "Consejo Nacional Electoral", new DateOnly(2015, 12, 7),
        "The opposition coalition won 112 of 167 seats, a two-thirds majority, with about 56% of the vote against about 41% for the government's alliance.", Stance.Context);

    private static DemoClaim OasInHaiti2011() => Claim(At(2015, 12, 3, 19),
        Registration(new Guid("fa17b508-85fe-7586-3bd0-98843cd26d51"), "The OAS reversed the results of Haiti's 2011 presidential election without a recount or even a statistical test.", false,
            Weisbrot, ClaimantKind.Person, Cepr, "The column's argument for why OAS monitors cannot be considered neutral in Venezuela.",
            "OAS", "Haiti", "Election integrity"),
        Evidence(At(2015, 12, 3, 19, 10), new Guid("d93aa0f6-2a71-e7c5-9bfa-8bc357fd1bed"), "Expert verification mission on Haiti's first-round presidential results",
            EvidenceKind.Document, "https://www.oas.org/en/media_center/press_releases.asp", "Organization of American States, mission report, January 2011",
            "Organization of American States", new DateOnly(2011, 1, 13),
            "The mission reviewed a sample of tally sheets, set aside those it judged irregular, and recommended that Michel Martelly, not Jude Célestin, go to the run-off.", Stance.Supports),
        Evidence(At(2015, 12, 3, 19, 20), new Guid("057715e0-a7fa-9908-f0d0-cb00b3e39228"), "Analysis of the OAS mission's report on the Haitian election",
            EvidenceKind.Expert, "https://cepr.net/", "Center for Economic and Policy Research, January 2011",
            "Center for Economic and Policy Research", null,
            "Argues that the mission neither recounted votes nor drew statistical inferences from its sample to the tally sheets it did not examine.", Stance.Supports),
        Propose(At(2015, 12, 4, 13, 30), new Guid("585d365f-d5f3-5148-3eea-f5309ac9434d"), "true",
            "The OAS changed who reached Haiti's run-off without a recount.",
            "The mission's recommendation replaced the second-placed candidate without any recount."),
        SendBack(At(2015, 12, 4, 15), new Guid("585d365f-d5f3-5148-3eea-f5309ac9434d"),
            "The mission did examine a sample of tally sheets; readers need that to judge \"not even a statistical test\". Say so, and note that the CEPR analysis comes from the columnist's own centre."),
        Propose(At(2015, 12, 4, 16), new Guid("d72dff47-6670-61ac-113c-afb3949dbe5d"), "mostly-true",
            "There was no recount: the OAS examined a sample of tally sheets and, without extending it statistically, changed who reached the run-off.",
            Lines("In January 2011 an OAS mission reviewed a sample of tally sheets from the first round, excluded those it found irregular and recommended that Martelly replace Célestin in the run-off, which the electoral council accepted.",
                "No votes were recounted. The mission did work from a sample, so \"without a statistical test\" is fair only in the narrow sense that it did not infer from the sample to the rest; that criticism comes from CEPR, the columnist's own organisation.")),
        Approve(At(2015, 12, 4, 18), new Guid("d72dff47-6670-61ac-113c-afb3949dbe5d")),
        Publish(At(2015, 12, 4, 18, 5)));

    private static DemoClaim WyomingAndCalifornia() => Claim(At(2015, 12, 3, 19, 30),
        Registration(new Guid("c7c5e35f-b91a-1926-4136-135fb2a41856"), "In the U.S., 584,000 people or so in Wyoming get the same number of senators as almost 39 million Californians.", true,
            Weisbrot, ClaimantKind.Person, Cepr, null, "United States", "Representation"),
        Evidence(At(2015, 12, 3, 19, 40), new Guid("bba7475c-42e7-aa19-c646-707dc9c00b61"), "Annual estimates of the resident population of the states, 2015",
            EvidenceKind.Dataset, "https://www.census.gov/programs-surveys/popest.html", "U.S. Census Bureau, state population estimates (vintage 2014)",
            "U.S. Census Bureau", new DateOnly(2014, 12, 23),
            "Estimates for 1 July 2014: Wyoming about 584,000 residents, California about 38.8 million.", Stance.Supports),
        new DemoStep(new CorrectEvidence(new Guid("bba7475c-42e7-aa19-c646-707dc9c00b61"), new EvidenceDetails(
            "Annual estimates of the resident population of the states, 2014", EvidenceKind.Dataset, "https://www.census.gov/programs-surveys/popest.html",
            "U.S. Census Bureau, state population estimates (vintage 2014)", "U.S. Census Bureau", new DateOnly(2014, 12, 23),
            "Estimates for 1 July 2014: Wyoming about 584,000 residents, California about 38.8 million.", Stance.Supports),
            "The figures are the 2014 estimates, not 2015's."), Reporter, At(2015, 12, 3, 20)),
        Evidence(At(2015, 12, 3, 20, 5), new Guid("e961b0f0-3f62-b0ac-4696-ac5807780cf4"), "Constitution of the United States, Article I, Section 3",
            EvidenceKind.OfficialRecord, "https://www.senate.gov/about/origins-foundations/senate-and-constitution/constitution.htm", null,
            "United States Senate", null, "Every state has two senators, whatever its population.", Stance.Supports),
        Propose(At(2015, 12, 4, 14), new Guid("06994f66-2490-3983-70fc-16822c1022c8"), "true",
            "Census estimates put Wyoming near 584,000 people and California near 39 million; each state has two senators.",
            "The figures match the Census Bureau's 2014 estimates, and the Constitution gives every state two senators."),
        Approve(At(2015, 12, 4, 17), new Guid("06994f66-2490-3983-70fc-16822c1022c8")),
        Publish(At(2015, 12, 4, 17, 10)));

    private static DemoClaim RuralStatesOverRepresented() => Claim(At(2015, 12, 3, 20, 10),
        Registration(new Guid("9a1afadd-b974-beca-4af4-0e0117c0f987"), "Sparsely populated (mostly rural) states have more representation per voter than those with higher populations.", true,
            Weisbrot, ClaimantKind.Person, Cepr,
            "Said of Venezuela's single-chamber National Assembly; the column adds that the rural vote there leans toward the Chavistas.",
            "Venezuela", "Elections", "Representation"),
        Evidence(At(2015, 12, 3, 20, 15), new Guid("8e8a5205-e9e4-381c-96fc-8f0614bcac9f"), "Constitution of the Bolivarian Republic of Venezuela, Article 186",
            EvidenceKind.OfficialRecord, null, "Constitución de la República Bolivariana de Venezuela (1999), artículo 186; Gaceta Oficial No. 36.860",
            "Gaceta Oficial de la República Bolivariana de Venezuela", new DateOnly(1999, 12, 30),
            "Each state elects deputies in proportion to its population, on a base of 1.1% of the national total, and three more whatever its size. The three fixed seats weigh most in the smallest states.", Stance.Supports),
        Evidence(At(2015, 12, 3, 20, 20), new Guid("ffdfac13-52a8-37fd-03b2-3319f737ba70"), "XIV national population and housing census, 2011",
            EvidenceKind.Dataset, "http://www.ine.gov.ve/", "Instituto Nacional de Estadística, Censo Nacional de Población y Vivienda 2011, results by state",
            "Instituto Nacional de Estadística", null,
            "The census counted roughly 150,000 people in Amazonas, the least populous state, and more than 3.7 million in Zulia, the most populous.", Stance.Context),
        Evidence(At(2015, 12, 3, 20, 25), new Guid("ff17b9f4-c99c-de9f-43b0-c4a82f9eb793"), "National Assembly election of 26 September 2010: results",
            EvidenceKind.OfficialRecord, "http://www.cne.gob.ve/divulgacion_parlamentarias_2010/", "Consejo Nacional Electoral, divulgación de resultados, elecciones parlamentarias 2010",
            "Consejo Nacional Electoral", new DateOnly(2010, 9, 27),
            "The government's party and the opposition coalition each took a little under half of the vote, but the government's party won 98 of 165 seats and the coalition 65.", Stance.Context),
        Propose(At(2015, 12, 4, 15, 20), new Guid("c1ffdaec-2a4f-2582-c9b1-6cd145630170"), "true",
            "Every state gets three seats on top of its population share, so small, mostly rural states elect more deputies per voter than populous ones.",
            Lines("Article 186 of the constitution adds three seats for every state to the seats allotted by population. In a state of about 150,000 people such as Amazonas, those fixed seats give each voter several times the weight of a voter in Zulia, with more than 3.7 million.",
                "The 2010 election shows how much the seat rules matter: near-equal vote shares produced a 98-to-65 split. Not all of that gap comes from small states; most of the deputies are elected by majority in districts, which rewards the party that wins many districts narrowly.",
                "The column's further point, that the rural vote leans toward the government, matched past results but is not part of the statement we rate.")),
        Approve(At(2015, 12, 4, 18, 40), new Guid("c1ffdaec-2a4f-2582-c9b1-6cd145630170")),
        Publish(At(2015, 12, 4, 18, 45)));

    private static DemoClaim OppositionLeadsPolls() => Claim(At(2015, 12, 3, 20, 30),
        Registration(new Guid("c5638d9c-802f-cc50-625e-6c4ffa5d4fea"), "The Venezuelan opposition is currently leading the government by a sizable margin in most national polls.", true,
            Weisbrot, ClaimantKind.Person, Cepr, null, "Venezuela", "Elections", "Polling"),
        Evidence(At(2015, 12, 3, 20, 40), new Guid("8862c3f4-06e4-2e00-d19f-09628dfd4869"), "Pre-election polls show the opposition ahead",
            EvidenceKind.NewsReport, "https://www.reuters.com/world/americas/", "Reuters, reporting on pre-election polls, November 2015",
            "Reuters", null,
            "Most published polls in November 2015 gave the opposition coalition a double-digit lead; a firm close to the government showed a tighter race.", Stance.Supports),
        Propose(At(2015, 12, 4, 14, 30), new Guid("f175916e-2ed4-7bba-a191-7ef9d71b1730"), "true",
            "Most national polls before the vote showed the opposition ahead by double digits.",
            "Published polls in the weeks before the vote agreed on an opposition lead, most of them by a wide margin."),
        Approve(At(2015, 12, 4, 17, 30), new Guid("f175916e-2ed4-7bba-a191-7ef9d71b1730")),
        Publish(At(2015, 12, 4, 17, 35)));

    private static DemoClaim OppositionWillUnderperformPolls() => Claim(At(2015, 12, 3, 21),
        Registration(new Guid("72436e1d-e110-bb93-199f-96cf406e1495"), "Win or lose, the opposition is very unlikely to do as well as the national polls indicate.", true,
            Weisbrot, ClaimantKind.Person, Cepr, "A forecast resting on the government party's organisation and on the extra weight of rural states.",
            "Venezuela", "Elections", "Polling", "Representation"),
        Evidence(At(2015, 12, 4, 14, 50), new Guid("1810a8bb-0564-413f-cada-6b27c4205733"), "Ley Orgánica de Procesos Electorales",
            EvidenceKind.OfficialRecord, "http://www.cne.gob.ve/web/normativa_electoral/ley_organica_procesos_electorales/indice.php",
            null, "Consejo Nacional Electoral", new DateOnly(2009, 8, 12),
            "Each state elects three seats regardless of population, on top of seats by population, which gives sparsely populated states more weight per voter.", Stance.Context),
        Propose(At(2015, 12, 4, 15, 10), new Guid("f8963729-cb39-38ee-6940-d2212a81b6a4"), "unproven",
            "A forecast about an election three days away cannot be checked yet; we will revisit it when results are in.",
            "This is a prediction. Its premises (rural over-representation, the government party's turnout machine) are real, but whether they outweigh the polls can only be known on 6 December."),
        Approve(At(2015, 12, 4, 18, 30), new Guid("f8963729-cb39-38ee-6940-d2212a81b6a4")),
        Publish(At(2015, 12, 4, 18, 35)),
        ResultsOf6December(new Guid("bb332b46-6a28-8818-8d02-d9d25c5c8f77")),
        Propose(At(2015, 12, 8, 10), new Guid("dd287afd-18f0-edf0-fec6-a9bfa0ae17be"), "half-true",
            "The opposition's winning margin (about 15 points) was smaller than many polls showed, but it won two-thirds of the seats.",
            Lines("On 6 December the opposition took about 56% of the vote to about 41% for the government's alliance: a clear win, but a smaller margin than several polls had shown, as the column expected.",
                "The column's reasoning about seats did not hold: the opposition won 112 of 167 seats, a two-thirds majority, more than its share of the vote."),
            "The results of 6 December are in."),
        Approve(At(2015, 12, 8, 12), new Guid("dd287afd-18f0-edf0-fec6-a9bfa0ae17be")));
}
