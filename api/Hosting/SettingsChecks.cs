using InstaIntel.Api.Instagram;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Hosting;

/// <summary>
/// Settings are checked once at start, each options class by its validator (registered with ValidateOnStart),
/// so a value that cannot work stops the app with a message naming it instead of failing every crawl later.
/// </summary>
public static class SettingsChecks
{
    public static IServiceCollection AddSettingsChecks(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<InstagramOptions>, InstagramSettingsCheck>();
        services.AddOptions<InstagramOptions>().ValidateOnStart();
        return services;
    }

    /// <summary>Every setting that failed its check, in words for the user; empty when all pass.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return [.. e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures)];
        }
    }
}
