using System.Reflection;
using ClaimTrack.Web.Infrastructure.Nodes;

namespace ClaimTrack.Tests.Infrastructure.Nodes;

public sealed class AdvisoryLockKeysTests
{
    /// <summary>
    /// Advisory lock keys are numbers beside <see cref="StartupLock.Key"/>. Two workers sharing one would take turns for
    /// no reason: the archive's slow round would hold back a scheduled publication past its time.
    /// </summary>
    [Fact]
    public void Every_advisory_lock_key_is_used_by_one_lock_only()
    {
        var keys = typeof(StartupLock).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(long))
            .Select(f => (Field: $"{f.DeclaringType!.Name}.{f.Name}", Key: (long)f.GetRawConstantValue()!))
            .Where(k => k.Key / 10_000 == StartupLock.Key / 10_000)
            .ToList();

        keys.Count.ShouldBeGreaterThan(2);
        keys.GroupBy(k => k.Key).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(k => k.Field))).ShouldBeEmpty();
    }
}
