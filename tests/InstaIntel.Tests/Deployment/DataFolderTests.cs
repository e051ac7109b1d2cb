using InstaIntel.Api.Hosting;
using Microsoft.Extensions.Configuration;

namespace InstaIntel.Tests.Deployment;

public sealed class DataFolderTests
{
    [Fact]
    public void A_Windows_service_keeps_its_data_under_ProgramData_and_a_user_under_their_local_app_data()
    {
        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData, Environment.SpecialFolderOption.DoNotVerify), "InstaIntel"),
            DataFolder.Default(asWindowsService: true));
        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "InstaIntel"),
            DataFolder.Default(asWindowsService: false));
        Assert.NotEqual(DataFolder.Default(true), DataFolder.Default(false));
    }

    [Fact]
    public void The_data_setting_wins_over_the_default()
    {
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-datafolder-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("data", folder)]).Build();
            Assert.Equal(folder, DataFolder.Resolve(configuration));
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
