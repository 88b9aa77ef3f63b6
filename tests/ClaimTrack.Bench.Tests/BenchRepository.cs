using System.Diagnostics;
using System.Text.Json;

namespace ClaimTrack.Bench.Tests;

/// <summary>The repository the tests run from, and the app and bench host this test run built.</summary>
internal static class BenchRepository
{
    public static string Root { get; } = Find();

    /// <summary>A project's built program in the tests' own configuration, or "" (the harness then builds Release itself).</summary>
    public static string Built(string project)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
        var program = Path.Combine(Root, "src", project, "bin", configuration, "net10.0", project);
        return File.Exists(program) ? program : "";
    }

    /// <summary>
    /// Runs deploy/bench/SCRIPT --smoke with the app and bench host this test run built, installing nothing, and
    /// returns the JSON it wrote; a non-zero exit fails the test with the script's output.
    /// </summary>
    public static async Task<JsonDocument> SmokeRunAsync(string script, string folder, TimeSpan limit, IReadOnlyDictionary<string, string> settings)
    {
        var json = Path.Combine(folder, "result.json");
        var start = new ProcessStartInfo("bash", [Path.Combine(Root, "deploy", "bench", script), "--smoke"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
            Environment =
            {
                ["BENCH_JSON"] = json, ["BENCH_APP"] = Built("ClaimTrack.Web"), ["BENCH_TOOL"] = Built("ClaimTrack.Bench"),
                ["CLAIMTRACK_NO_INSTALL"] = "1",
            },
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var errors = run.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit);
        await run.WaitForExitAsync(deadline.Token);
        run.ExitCode.ShouldBe(0, $"{await output}\n{await errors}");
        return JsonDocument.Parse(await File.ReadAllTextAsync(json));
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "deploy", "bench", "run.sh"))) return folder.FullName;
        throw new InvalidOperationException("The repository (deploy/bench/run.sh) is not above the test's folder.");
    }
}
