using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Accounts;

/// <summary>The app's own password hasher, counting how often a password is checked.</summary>
public sealed class CountingHasher : IPasswordHasher<DeskUser>
{
    private readonly PasswordHasher<DeskUser> _real = new();
    private int _verified;

    public int Verified => Volatile.Read(ref _verified);

    public string HashPassword(DeskUser user, string password) => _real.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(DeskUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class CountedHashingDatabase(TestCluster cluster) : IAsyncLifetime
{
    public CountingHasher Hasher { get; } = new();
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("unknownaccounts"))
        {
            ExtraServices = services => services.AddSingleton<IPasswordHasher<DeskUser>>(Hasher),
        };
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// A stranger learns nothing about which accounts exist: an unknown name, a wrong password and a locked account get
/// the same answer after the same work (one password check each, counted, not timed).
/// </summary>
public sealed partial class UnknownAccountTests(CountedHashingDatabase db) : IClassFixture<CountedHashingDatabase>
{
    private const string Typed = "TYPED-EMAIL";

    private async Task<(HttpStatusCode Status, string Body, int Checks)> AttemptAsync(string email, string password)
    {
        using var visitor = new DeskVisitor(db.App);
        var before = db.Hasher.Verified;
        var (response, body) = await visitor.SignInAsync(email, password);
        // The page echoes the typed email and carries a fresh antiforgery token and freshly encrypted component state
        // (of the same length); nothing else may differ.
        var comparable = Token().Replace(body.Replace(email, Typed, StringComparison.Ordinal), "token");
        comparable = State().Replace(comparable, state => $"state of {state.Length} characters");
        return (response.StatusCode, comparable, db.Hasher.Verified - before);
    }

    private static string Stranger() => $"nobody-{Guid.NewGuid():N}@test.claimtrack";

    [Fact]
    public async Task An_unknown_account_and_a_wrong_password_get_the_same_answer_after_the_same_work()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);

        var real = await AttemptAsync(reporter.Email, "wrong-password-1");
        var unknown = await AttemptAsync(Stranger(), "wrong-password-1");

        real.Status.ShouldBe(HttpStatusCode.OK);
        unknown.Status.ShouldBe(real.Status);
        unknown.Body.ShouldBe(real.Body);
        real.Body.ShouldContain("The email or the password is wrong.");
        real.Checks.ShouldBe(1);
        unknown.Checks.ShouldBe(1);
    }

    [Fact]
    public async Task A_locked_account_answers_like_an_unknown_one_and_still_checks_a_password()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        for (var i = 0; i < 5; i++) await AttemptAsync(reporter.Email, "wrong-password-1");

        var locked = await AttemptAsync(reporter.Email, DeskVisitor.Password);
        var unknown = await AttemptAsync(Stranger(), DeskVisitor.Password);

        locked.Body.ShouldContain("locked for 15 minutes");
        locked.Status.ShouldBe(unknown.Status);
        locked.Body.ShouldBe(unknown.Body);
        locked.Checks.ShouldBe(1);
        unknown.Checks.ShouldBe(1);
    }

    [Fact]
    public async Task A_signed_in_person_is_not_made_to_hash_on_every_desk_request()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);
        (await visitor.SignInAsync(reporter.Email, DeskVisitor.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var before = db.Hasher.Verified;
        (await visitor.GetAsync("/desk")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/desk/review")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (db.Hasher.Verified - before).ShouldBe(0);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"[^\"]+\"")]
    private static partial Regex Token();

    [GeneratedRegex("<!--Blazor-Server-Component-State:.*?-->")]
    private static partial Regex State();
}
