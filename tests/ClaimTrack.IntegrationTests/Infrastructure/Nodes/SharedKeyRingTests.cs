using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;

namespace ClaimTrack.IntegrationTests.Infrastructure.Nodes;

/// <summary>
/// Node A runs in the test, node B as a process with a machine of its own (its own home folder): sign-ins and form
/// tokens made by one are good on the other only when both read the key ring from the database.
/// </summary>
public sealed class SharedKeyRingTests(TestCluster cluster)
{
    [Fact]
    public async Task A_sign_in_made_on_node_A_is_good_on_node_B()
    {
        var database = await cluster.CreateDatabaseAsync("key_ring_cookie");
        await using var a = await ClaimTrackAppOn(database);
        await using var b = await NodeProcess.StartAsync(database);
        var editor = await DeskVisitor.CreateUserAsync(a, DeskRoles.Editor);
        using var onA = new DeskVisitor(a);
        (await onA.SignInAsync(editor.Email, DeskVisitor.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var onB = onA.OnAnotherNode(b.Address);
        var desk = await onB.GetAsync("/desk");

        desk.StatusCode.ShouldBe(HttpStatusCode.OK, "node B reads node A's sign-in cookie instead of sending the editor to sign in");
    }

    [Fact]
    public async Task A_form_token_from_node_A_is_accepted_by_node_B()
    {
        var database = await cluster.CreateDatabaseAsync("key_ring_form");
        await using var a = await ClaimTrackAppOn(database);
        await using var b = await NodeProcess.StartAsync(database);
        var reporter = await DeskVisitor.CreateUserAsync(a, DeskRoles.Reporter);
        using var onA = new DeskVisitor(a);
        var token = await onA.FormTokenAsync("/account/login");

        // The form came from node A; the load balancer sends its POST to node B.
        using var onB = onA.OnAnotherNode(b.Address);
        var response = await onB.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = reporter.Email,
            ["Input.Password"] = DeskVisitor.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.AbsolutePath.ShouldBe("/desk");
    }

    [Fact]
    public async Task With_a_certificate_set_the_keys_are_stored_encrypted_and_another_node_still_reads_them()
    {
        var folder = TestFolders.Create("claimtrack-key-ring-certificate");
        try
        {
            var settings = await CertificateSettingsAsync(folder);
            var database = await cluster.CreateDatabaseAsync("key_ring_cert");
            await using var a = await ClaimTrackAppOn(database, settings);
            await using var b = await ClaimTrackAppOn(database, settings);
            var editor = await DeskVisitor.CreateUserAsync(b, DeskRoles.Editor);

            // Node B signs with the key node A made and stored: it had to decrypt it first.
            using var onB = new DeskVisitor(b);
            (await onB.SignInAsync(editor.Email, DeskVisitor.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await onB.GetAsync("/desk")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await using var session = a.Store.QuerySession();
            var stored = await session.Query<DataProtectionKey>().ToListAsync();
            stored.ShouldHaveSingleItem().Xml.ShouldContain("EncryptedData");
            stored[0].Xml.ShouldNotContain("<value>", customMessage: "the master key never reaches the database in the clear");
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }

    [Fact]
    public async Task A_certificate_file_that_cannot_be_read_stops_the_app_with_one_plain_sentence()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"claimtrack-missing-{Guid.NewGuid():N}.pfx");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ClaimTrack.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ClaimTrack__DataProtection__CertificatePath"] = missing;
        start.Environment["ConnectionStrings__ClaimTrack"] = "Host=127.0.0.1;Port=1;Database=none";

        using var app = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var errors = await app.StandardError.ReadToEndAsync(deadline.Token);
            await app.WaitForExitAsync(deadline.Token);

            app.ExitCode.ShouldBe(1);
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem()
                .ShouldStartWith($"ClaimTrack could not start: ClaimTrack:DataProtection:CertificatePath '{missing}' could not be read");
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
        }
    }

    private static async Task<Dictionary<string, string>> CertificateSettingsAsync(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ClaimTrack key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "key-ring.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
        return new()
        {
            [$"{KeyRingOptions.Section}:CertificatePath"] = path,
            [$"{KeyRingOptions.Section}:CertificatePassword"] = "pfx-password",
        };
    }

    private static Task<ClaimTrackApp> ClaimTrackAppOn(string database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new ClaimTrackApp(database, settings: settings);
        _ = app.Services;
        return Task.FromResult(app);
    }
}
