using System.Globalization;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>One Prometheus scrape, read as Prometheus would: lines of <c>name{labels} value</c>.</summary>
public sealed class Scrape(string text)
{
    public string Text { get; } = text;

    public static async Task<Scrape> TakeAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(new Uri(new Uri(address), "/metrics"));
        response.EnsureSuccessStatusCode();
        return new Scrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The samples of one series name whose labels include every one given.</summary>
    public IEnumerable<(string Labels, double Value)> Samples(string name, params string[] labels) =>
        Text.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Select(Parse)
            .Where(sample => labels.All(label => sample.Labels.Contains(label, StringComparison.Ordinal)));

    /// <summary>The sum over matching series; 0 when there is none yet (a counter not yet touched is not exported).</summary>
    public double Sum(string name, params string[] labels) => Samples(name, labels).Sum(s => s.Value);

    public bool Has(string name) => Samples(name).Any();

    // name{a="1",b="2"} 3.5 [timestamp]
    private static (string Labels, double Value) Parse(string line)
    {
        var open = line.IndexOf('{');
        var close = line.LastIndexOf('}');
        var labels = open >= 0 ? line[(open + 1)..close] : "";
        var rest = line[((open >= 0 ? close : line.IndexOf(' ')) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (labels, double.Parse(rest[0], CultureInfo.InvariantCulture));
    }
}
