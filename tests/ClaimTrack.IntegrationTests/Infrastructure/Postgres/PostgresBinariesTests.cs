using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;

namespace ClaimTrack.IntegrationTests.Infrastructure.Postgres;

public sealed class PostgresBinariesTests : IDisposable
{
    private readonly string _folder = TestFolders.Create("claimtrack-binaries");

    [Fact]
    public void No_binaries_anywhere_gives_one_sentence_naming_the_install_and_the_alternatives()
    {
        var locate = () => PostgresBinaries.Locate(null, _folder, [_folder]);

        var problem = locate.ShouldThrow<EmbeddedPostgresException>();
        problem.Message.ShouldContain("apt-get install postgresql");
        problem.Message.ShouldContain("ConnectionStrings:ClaimTrack");
        problem.Message.ShouldNotContain(" at ");
    }

    [Fact]
    public void A_configured_folder_without_the_server_is_named_in_the_message()
    {
        var locate = () => PostgresBinaries.Locate(_folder, "/usr/lib/postgresql/15/bin", []);

        locate.ShouldThrow<EmbeddedPostgresException>().Message.ShouldContain($"ClaimTrack:Postgres:BinariesFolder is '{_folder}'");
    }

    [Fact]
    public void The_newest_version_under_the_search_roots_is_chosen_when_path_has_none()
    {
        foreach (var version in new[] { "9.6", "15", "13" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(_folder, version, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "initdb"), "");
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        }

        PostgresBinaries.Locate(null, "/nowhere", [_folder]).Folder.ShouldBe(Path.Combine(_folder, "15", "bin"));
    }

    public void Dispose() => TestFolders.Delete(_folder);
}
