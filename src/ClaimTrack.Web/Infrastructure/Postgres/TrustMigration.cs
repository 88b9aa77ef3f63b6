using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>
/// Brings a cluster made by an older ClaimTrack, which trusted every local connection, under the password: sets the
/// superuser's password, makes every rule of pg_hba.conf ask for it, and reloads. Runs while the server still trusts,
/// so it needs no password to begin with; safe to run again if it was interrupted.
/// </summary>
internal static class TrustMigration
{
    public static async Task RunAsync(string dataFolder, string adminConnectionString, string password, CancellationToken ct)
    {
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync(ct);
            // A utility statement takes no parameters; the password is hex, so the literal needs no escaping.
            await using var setPassword = new NpgsqlCommand(
                $"set password_encryption = 'scram-sha-256'; alter role current_user password '{password}'", connection);
            await setPassword.ExecuteNonQueryAsync(ct);

            var rules = Path.Combine(dataFolder, HostAuthentication.FileName);
            await File.WriteAllTextAsync(rules, HostAuthentication.RequiringPasswords(await File.ReadAllTextAsync(rules, ct)), ct);
            await using var reload = new NpgsqlCommand("select pg_reload_conf()", connection);
            await reload.ExecuteNonQueryAsync(ct);
        }

        await WaitUntilPasswordsAreAskedAsync(adminConnectionString, dataFolder, ct);
    }

    // The server reloads its rules asynchronously: until it has, a wrong password still gets in. Start-up is over only
    // once it no longer does.
    private static async Task WaitUntilPasswordsAreAskedAsync(string adminConnectionString, string dataFolder, CancellationToken ct)
    {
        var wrong = new NpgsqlConnectionStringBuilder(adminConnectionString) { Password = "not-the-password" }.ConnectionString;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await using var connection = new NpgsqlConnection(wrong);
                await connection.OpenAsync(ct);
            }
            catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InvalidPassword)
            {
                return;
            }
            await Task.Delay(50, ct);
        }
        throw new EmbeddedPostgresException(
            $"PostgreSQL in {dataFolder} still lets connections in without a password after {HostAuthentication.FileName} was changed to ask for one: see server.log in that folder.");
    }
}
