using System.Diagnostics;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Infrastructure.Postgres;

/// <summary>What a newsroom sees in the terminal when the app cannot get its database: the real app, as a process.</summary>
public sealed class StartupMessageTests : IDisposable
{
    private readonly string _folder = TestFolders.Create("claimtrack-startup");

    [Fact]
    public async Task Missing_binaries_stop_the_app_with_one_plain_sentence_and_no_stack_trace()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ClaimTrack.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ClaimTrack__Postgres__BinariesFolder"] = _folder;
        start.Environment["ClaimTrack__Postgres__DataFolder"] = Path.Combine(_folder, "data");
        start.Environment["ConnectionStrings__ClaimTrack"] = "";

        using var app = Process.Start(start)!;
        var errors = await app.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await app.WaitForExitAsync(TestContext.Current.CancellationToken);

        app.ExitCode.ShouldBe(1);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldStartWith($"ClaimTrack could not start: ClaimTrack:Postgres:BinariesFolder is '{_folder}'");
    }

    public void Dispose() => TestFolders.Delete(_folder);
}
