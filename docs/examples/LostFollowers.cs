// Lists the followers an account lost, with a read token, using only HttpClient and System.Text.Json.
// Run (.NET 10): INSTAINTEL_URL=http://box:8000 INSTAINTEL_TOKEN=ii_… dotnet run docs/examples/LostFollowers.cs USERNAME
#:property PublishAot=false
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

var url = Environment.GetEnvironmentVariable("INSTAINTEL_URL") ?? "http://localhost:8000";
var token = Environment.GetEnvironmentVariable("INSTAINTEL_TOKEN") ?? throw new InvalidOperationException("Set INSTAINTEL_TOKEN.");
var username = args[0];

using var http = new HttpClient { BaseAddress = new Uri(url) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

const string query = """
    query LostFollowers($username: String!) {
      account(username: $username) {
        followers(first: 100, where: { isLost: { eq: true } }, order: [{ lostAt: DESC }]) {
          totalCount
          nodes { username lostAt }
        }
      }
    }
    """;
using var response = await http.PostAsJsonAsync("/graphql", new { query, variables = new { username } });
using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
if (body.RootElement.TryGetProperty("errors", out var errors))
{
    Console.Error.WriteLine($"InstaIntel answered {(int)response.StatusCode}: {errors[0].GetProperty("message").GetString()}");
    return 1;
}
var account = body.RootElement.GetProperty("data").GetProperty("account");
if (account.ValueKind == JsonValueKind.Null)
{
    Console.Error.WriteLine($"{username} is not tracked");
    return 1;
}
var followers = account.GetProperty("followers");
Console.WriteLine($"{followers.GetProperty("totalCount").GetInt32()} lost followers of {username}");
foreach (var person in followers.GetProperty("nodes").EnumerateArray())
    Console.WriteLine($"  {person.GetProperty("username").GetString()} (lost {person.GetProperty("lostAt").GetString()})");
return 0;
