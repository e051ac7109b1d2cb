using System.Text.RegularExpressions;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.GraphQL;

/// <summary>
/// The introspection queries that tools send, as graphql-js 16's <c>getIntrospectionQuery</c> prints them: GraphiQL's
/// (its defaults) and graphql-codegen's with the schema description and oneOf. Each must pass the cost limit; repeating one must not.
/// </summary>
public sealed class IntrospectionTests(IntrospectionTests.App app) : IClassFixture<IntrospectionTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    /// <summary><c>getIntrospectionQuery()</c>, which GraphiQL sends to fill its Docs panel and autocompletion.</summary>
    private const string GraphiQL = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types {
              ...FullType
            }
            directives {
              name
              description
              locations
              args {
                ...InputValue
              }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// graphql-codegen's, through @graphql-tools' <c>introspectSchema</c>, with the options this server answers turned on:
    /// <c>getIntrospectionQuery({ descriptions: true, schemaDescription: true, oneOf: true })</c>.
    /// </summary>
    private static readonly string Codegen = GraphiQL
        .Replace("  __schema {\n", "  __schema {\n    description\n")
        .Replace("  description\n  fields(includeDeprecated: true)", "  description\n  isOneOf\n  fields(includeDeprecated: true)");

    [Theory]
    [InlineData("graphiql")]
    [InlineData("codegen")]
    public async Task A_tool_introspection_query_is_answered_in_full(string tool)
    {
        var query = tool == "codegen" ? Codegen : GraphiQL;
        Assert.Equal(tool == "codegen", query.Contains("    description\n    queryType") && query.Contains("  isOneOf\n"));
        var data = await app.Factory.GraphQL().DataAsync(query);
        var types = GraphQLClient.Strings(data["__schema"]!["types"], "name");
        Assert.Contains("Account", types);
        Assert.Contains("FollowersConnection", types);
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_costs_the_schema_size_whatever_is_selected_and_each_copy_counts()
    {
        using var tight = AppFactory.With(new() { ["GraphQL:MaxComplexity"] = "1" });
        async Task<double> CostAsync(string query)
        {
            var message = (await tight.GraphQL().QueryAsync(query))["errors"]![0]!["message"]!.GetValue<string>();
            return double.Parse(Regex.Match(message, @"Complexity is (\d+)").Groups[1].Value);
        }

        var full = await CostAsync(GraphiQL);
        Assert.Equal(full, await CostAsync("{ __schema { types { name } } }"));
        Assert.Equal(2 * full, await CostAsync("{ a: __schema { types { name } } b: __schema { types { name } } }"));
        Assert.InRange(full, 100, 20_000);
    }
}
