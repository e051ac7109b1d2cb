namespace InstaIntel.Api.Accounts;

public static class AccountSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) => services.AddScoped<AccountService>();
}
