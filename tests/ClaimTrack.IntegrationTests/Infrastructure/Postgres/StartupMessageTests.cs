using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;

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

    [Fact]
    public async Task A_taken_address_stops_the_app_with_one_sentence_and_stops_its_database_too()
    {
        // Kestrel binds after the app's own PostgreSQL has started: that failure used to end in a stack trace and leave
        // the cluster running, holding the data folder and its port.
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var data = Path.Combine(_folder, "data");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ClaimTrack.Web.dll"), "--urls", address])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ClaimTrack__Postgres__DataFolder"] = data;
        start.Environment["ClaimTrack__Postgres__Port"] = PortCheck.Free().ToString(CultureInfo.InvariantCulture);
        start.Environment["ClaimTrack__DemoNewsroom__Enabled"] = "false";
        start.Environment["ConnectionStrings__ClaimTrack"] = "";

        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await app.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await app.WaitForExitAsync(TestContext.Current.CancellationToken);
        await output;

        app.ExitCode.ShouldBe(1);
        errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem()
            .ShouldStartWith($"ClaimTrack could not start: Failed to bind to address {address}");
        File.Exists(Path.Combine(data, "PG_VERSION")).ShouldBeTrue(); // the cluster did start before the bind failed
        File.Exists(Path.Combine(data, "postmaster.pid")).ShouldBeFalse(); // and it was stopped
    }

    public void Dispose() => TestFolders.Delete(_folder);
}
