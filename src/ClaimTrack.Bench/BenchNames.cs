using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Bench;

/// <summary>
/// Claimants, outlets, publishers and topics for generated claims. Choices are skewed, as in a real archive: a few
/// politicians and topics account for much of the work, and a long tail appears a handful of times.
/// </summary>
internal static class BenchNames
{
    private static readonly string[] First =
        ("Ana Carlos Maria Jose Luis Elena Pedro Sofia Miguel Laura Daniel Carmen Jorge Lucia Pablo Marta Diego Rosa " +
         "John Mary Robert Linda James Susan Michael Karen David Nancy Peter Helen Thomas Sarah Paul Emma Mark Grace " +
         "Ahmed Fatima Chen Mei Ivan Olga Kwame Amara").Split(' ');
    private static readonly string[] Last =
        ("Almagro Benitez Castro Duarte Escobar Fuentes Garcia Herrera Iglesias Jimenez Lopez Morales Navarro Ortega " +
         "Paredes Quintero Ramirez Salazar Torres Urrutia Vargas Zamora Smith Johnson Brown Miller Davis Wilson Moore " +
         "Taylor Anderson Thomas Jackson White Harris Martin Thompson Clark Lewis Walker Young King Wright Scott Green " +
         "Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart").Split(' ');
    private static readonly string[] Parties =
        ["Liberal Party", "Conservative Party", "Green Party", "Labour Party", "Independent", "National Front", "Progressive Alliance", "Citizens' Movement"];
    private static readonly string[] Offices = ["Senator", "Minister", "Mayor", "Governor", "Deputy", "President", "Councillor", "Candidate"];
    private static readonly string[] Bodies =
        ["Ministry of Health", "Ministry of Finance", "Ministry of Education", "Central Bank", "National Police", "Electoral Council",
         "Chamber of Commerce", "Farmers' Union", "Teachers' Union", "Statistics Office", "Energy Regulator", "Supreme Court"];
    private static readonly string[] Regions = ["", "Northern ", "Southern ", "Eastern ", "Western ", "Coastal ", "Capital "];
    private static readonly string[] TopicNames =
        ("Economy|Health care|Immigration|Elections|Crime|Education|Taxes|Jobs|Energy|Climate|Housing|Foreign policy|" +
         "Corruption|Budget|Transport|Agriculture|Water|Public safety|Drugs|Trade|Pensions|Military|Human rights|" +
         "Media|Technology|Poverty|Inflation|Infrastructure|Justice|Environment|Tourism|Mining|Oil and gas|Vaccines|" +
         "Women's rights|Indigenous peoples|Labour|Wages|Debt|Elections 2018|Elections 2022|Local government|Census|" +
         "Refugees|Borders|Fishing|Forests|Sports|Culture|Religion|Science|Internet|Telecommunications|Banking|" +
         "Public spending|Hospitals|Schools|Universities|Roads|Railways|Ports|Airports|Weather|Disasters|Floods").Split('|');
    private static readonly string[] OutletNames =
        ["Daily Herald", "Evening Post", "National Radio", "Channel 4 News", "Morning Chronicle", "The Ledger", "City Times",
         "Public Television", "Sunday Review", "Weekly Standard", "Radio Sur", "El Observador", "La Prensa", "Diario Nacional"];

    public static Claimant Claimant(Random random)
    {
        // One claimant in six is an organisation; people get a party and an office.
        if (random.Next(6) == 0)
            return new Claimant(Regions[Skewed(random, Regions.Length)] + Bodies[Skewed(random, Bodies.Length)], ClaimantKind.Organisation, null);
        var name = $"{First[Skewed(random, First.Length)]} {Last[Skewed(random, Last.Length)]}";
        return new Claimant(name, ClaimantKind.Person, $"{Offices[random.Next(Offices.Length)]}, {Parties[Skewed(random, Parties.Length)]}");
    }

    /// <summary>A person claimant that occurs often in every generated set (the desk benchmark filters on it).</summary>
    public static string FrequentClaimant => $"{First[0]} {Last[0]}";

    public static IReadOnlyList<string> Topics(Random random) =>
        [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => TopicNames[Skewed(random, TopicNames.Length)]).Distinct()];

    public static string Outlet(Random random) =>
        random.Next(4) == 0 ? $"{Regions[random.Next(1, Regions.Length)]}{OutletNames[random.Next(OutletNames.Length)]}" : OutletNames[Skewed(random, OutletNames.Length)];

    public static string Publisher(Random random) =>
        random.Next(3) == 0 ? Bodies[random.Next(Bodies.Length)] : $"{Last[random.Next(Last.Length)]} Institute";

    public static string Slug(string name) => Slugs.From(name);

    // Squaring a uniform number favours the front of a list: a few names are very common, the tail is rare.
    private static int Skewed(Random random, int count)
    {
        var u = random.NextDouble();
        return (int)(u * u * count);
    }
}
