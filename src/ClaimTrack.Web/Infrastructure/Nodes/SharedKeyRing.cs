using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// The Data Protection key ring (what signs sign-in cookies and form tokens) kept in PostgreSQL, so every node reads and
/// writes the same keys: a cookie made on one node is good on the others, and survives a node's container being replaced.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>The same on every node: Data Protection isolates apps by this name, by default the install folder.</summary>
    public const string ApplicationName = "ClaimTrack";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(opts => opts.RegisterDocumentType<DataProtectionKey>());
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDocumentStore>((options, store) => options.XmlRepository = new MartenKeyRing(store));
        // Without a certificate the keys are stored as Data Protection writes them, readable by whoever can read the
        // database: its access control is what protects them (docs/architecture.md, "Several nodes").
        var settings = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new();
        if (settings.CertificatePath is { Length: > 0 } path)
            dataProtection.ProtectKeysWithCertificate(LoadCertificate(path, settings.CertificatePassword));
        return services;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new NodeSettingInvalid($"{KeyRingOptions.Section}:CertificatePath '{path}' holds no private key; the key ring needs one to read its keys back.");
        }
        catch (Exception problem) when (problem is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new NodeSettingInvalid(
                $"{KeyRingOptions.Section}:CertificatePath '{path}' could not be read as a PKCS#12 (.pfx) file with the given CertificatePassword ({problem.Message}).",
                problem);
        }
    }
}

public sealed class KeyRingOptions
{
    public const string Section = "ClaimTrack:DataProtection";

    /// <summary>A PKCS#12 file whose certificate encrypts each key before it is stored; the same file on every node.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

/// <summary>One key (or revocation) of the ring, as Data Protection wrote it: encrypted when a certificate is set.</summary>
public sealed class DataProtectionKey
{
    public Guid Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}

/// <summary>
/// Data Protection's storage over Marten documents. Its interface is synchronous and Marten's is not: it blocks, which is
/// fine for something called at start-up, when a key is made (every 90 days) and when an unknown key is met.
/// </summary>
internal sealed class MartenKeyRing(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return [.. keys.Select(key => XElement.Parse(key.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Insert(new DataProtectionKey
        {
            Id = Guid.NewGuid(),
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

/// <summary>A several-nodes setting the app cannot run with; the message names the setting and the fix.</summary>
public sealed class NodeSettingInvalid(string message, Exception? inner = null) : Exception(message, inner);
