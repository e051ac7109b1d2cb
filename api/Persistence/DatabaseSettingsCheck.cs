using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Persistence;

public sealed class DatabaseSettingsCheck : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
