using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Accounts;

/// <summary>An app whose sign-in allows 4 attempts per address and 3 per account name per hour (no refill mid-test).</summary>
public sealed class SignInLimitsDatabase(TestCluster cluster) : IAsyncLifetime
{
    public const int PerAddress = 4;
    public const int PerAccount = 3;
    public const int WindowSeconds = 3600;

    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("signinlimits"), settings: new Dictionary<string, string>
        {
            ["ClaimTrack:RateLimits:SignInPerAddress"] = $"{PerAddress}",
            ["ClaimTrack:RateLimits:SignInPerAccount"] = $"{PerAccount}",
            ["ClaimTrack:RateLimits:SignInWindowSeconds"] = $"{WindowSeconds}",
        })
        { ExtraServices = services => services.AddTransient<IStartupFilter, ClientAddresses>() };
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class SignInLimitsTests(SignInLimitsDatabase db) : IClassFixture<SignInLimitsDatabase>
{
    private static string Stranger() => $"nobody-{Guid.NewGuid():N}@test.claimtrack";

    [Fact]
    public async Task Sign_ins_past_the_limit_from_one_address_get_429_with_retry_after_and_a_sentence()
    {
        using var visitor = new DeskVisitor(db.App).From("198.51.100.7");
        // A different name each time: only the address's limit is in play.
        for (var i = 0; i < SignInLimitsDatabase.PerAddress; i++)
            (await visitor.SignInAsync(Stranger(), "wrong-password-1")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (refused, body) = await visitor.SignInAsync(Stranger(), "wrong-password-1");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(SignInLimitsDatabase.WindowSeconds));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        body.ShouldContain($"Please wait {SignInLimitsDatabase.WindowSeconds} seconds, then try again.");
        body.ShouldContain("href=\"/account/login\"");
        refused.Headers.Contains("Set-Cookie").ShouldBeFalse();
        // The page itself is still there for anyone, and another address still signs in.
        (await visitor.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var colleague = new DeskVisitor(db.App).From("198.51.100.8");
        (await colleague.SignInAsync(reporter.Email, DeskVisitor.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task One_accounts_limit_holds_across_addresses_and_spellings_of_its_name()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        string[] spellings = [reporter.Email, reporter.Email.ToUpperInvariant(), reporter.Email];
        for (var i = 0; i < SignInLimitsDatabase.PerAccount; i++)
        {
            using var guesser = new DeskVisitor(db.App).From($"203.0.113.{i + 1}");
            (await guesser.SignInAsync(spellings[i], "wrong-password-1")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var another = new DeskVisitor(db.App).From("203.0.113.99");
        var (refused, _) = await another.SignInAsync(reporter.Email, DeskVisitor.Password);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(SignInLimitsDatabase.WindowSeconds));
        // The same address signing in to another account is not held back by this one's limit.
        var editor = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Editor);
        using var fresh = new DeskVisitor(db.App).From("203.0.113.99");
        (await fresh.SignInAsync(editor.Email, DeskVisitor.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_unknown_name_is_limited_exactly_like_a_real_one()
    {
        var name = Stranger();
        for (var i = 0; i < SignInLimitsDatabase.PerAccount; i++)
        {
            using var guesser = new DeskVisitor(db.App).From($"192.0.2.{i + 1}");
            (await guesser.SignInAsync(name, "wrong-password-1")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var another = new DeskVisitor(db.App).From("192.0.2.99");
        (await another.SignInAsync(name, "wrong-password-1")).Response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
