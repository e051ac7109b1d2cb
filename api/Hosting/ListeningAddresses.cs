using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InstaIntel.Api.Hosting;

public static class ListeningAddresses
{
    /// <summary>The addresses the server is bound to once it has started; none before, or in a process without one.</summary>
    public static IReadOnlyList<BindingAddress> Of(IServer? server) =>
        server?.Features.Get<IServerAddressesFeature>()?.Addresses.Select(BindingAddress.Parse).ToList() ?? [];
}
