using System.Diagnostics;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Claims;

/// <summary>A misspelt newsroom time zone stops the real app at once, before it starts a database, in one sentence.</summary>
public sealed class NewsroomTimeStartupTests : IDisposable
{
    private readonly string _folder = TestFolders.Create("claimtrack-timezone");

    [Fact]
    public async Task An_unknown_time_zone_stops_the_app_with_one_plain_sentence()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ClaimTrack.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ClaimTrack__Newsroom__TimeZone"] = "America/Caracass";
        start.Environment["ClaimTrack__Postgres__DataFolder"] = Path.Combine(_folder, "data");
        start.Environment["ConnectionStrings__ClaimTrack"] = "";

        using var app = Process.Start(start)!;
        var errors = await app.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await app.WaitForExitAsync(TestContext.Current.CancellationToken);

        app.ExitCode.ShouldBe(1);
        errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem()
            .ShouldStartWith("ClaimTrack could not start: ClaimTrack:Newsroom:TimeZone is 'America/Caracass', which is not a time zone");
        // Refused before the store: no cluster was created.
        Directory.Exists(Path.Combine(_folder, "data")).ShouldBeFalse();
    }

    public void Dispose() => TestFolders.Delete(_folder);
}
