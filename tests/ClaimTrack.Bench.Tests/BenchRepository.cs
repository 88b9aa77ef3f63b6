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

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "deploy", "bench", "run.sh"))) return folder.FullName;
        throw new InvalidOperationException("The repository (deploy/bench/run.sh) is not above the test's folder.");
    }
}
