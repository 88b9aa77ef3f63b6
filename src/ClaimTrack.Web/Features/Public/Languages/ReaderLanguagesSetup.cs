using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace ClaimTrack.Web.Features.Public.Languages;

public static class ReaderLanguagesSetup
{
    public static IServiceCollection AddReaderLanguages(this IServiceCollection services)
    {
        services.AddSingleton<ReaderLanguages>();
        // Pages are UTF-8: "verificación" is sent as written, not as "verificaci&#xF3;n" (the default encoder escapes
        // everything past ASCII, which bloats a Spanish page and its search snippets). HTML's own characters stay escaped.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddWebEncoders();
        // Resources are found by their marker type's full name (Localization/ReaderText.resx for ClaimTrack.Web.Localization.ReaderText).
        services.AddLocalization();
        services.AddOptions<RequestLocalizationOptions>().Configure<ReaderLanguages>((options, languages) =>
        {
            options.SupportedCultures = [.. languages.All.Select(languages.FormatCulture).Distinct()];
            options.SupportedUICultures = [.. languages.All.Select(CultureInfo.GetCultureInfo)];
            options.DefaultRequestCulture = new RequestCulture(languages.FormatCulture(languages.Default), CultureInfo.GetCultureInfo(languages.Default));
            // A reader page's language is its address's, never a query, cookie or header: one address is one cached page.
            options.RequestCultureProviders = [.. options.RequestCultureProviders.Where(p => p is not
                (QueryStringRequestCultureProvider or CookieRequestCultureProvider or AcceptLanguageHeaderRequestCultureProvider))];
            options.RequestCultureProviders.Insert(0, new ReaderAddressCultureProvider());
        });
        return services;
    }
}
