using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Companion;

public sealed record CreateCompanionPairingPayload(CompanionPairing Pairing, IReadOnlyList<IUserError>? Errors = null) : IPayload;

/// <summary>Pairing the browser companion (`admin`, like every setting).</summary>
public sealed class CompanionMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        var payload = MutationTypes.Payload<CreateCompanionPairingPayload>("CreateCompanionPairing",
            p => p.Field<NonNullGraphType<CompanionPairingType>>("pairing").Resolve(c => c.Source.Pairing));
        mutation.Field("createCompanionPairing", payload)
            .Description($"A one-time code for the browser companion's popup, valid for {CompanionPairings.Lifetime.TotalMinutes:0} minutes: the companion sends it to `POST {PairingEndpoint.Path}` and gets an API token of its own (READ and CRAWL), listed and revocable with the other API tokens.")
            .Resolve(c => new CreateCompanionPairingPayload(c.RequestServices!.GetRequiredService<CompanionPairings>().Create()));
    }
}

public sealed class CompanionPairingType : ObjectGraphType<CompanionPairing>
{
    public CompanionPairingType()
    {
        Name = "CompanionPairing";
        Description = "A pairing code for the browser companion.";
        Field(x => x.Code).Description("8 characters shown as `XXXX-XXXX`; dashes and letter case do not matter. Works once.");
        Field(x => x.ExpiresAt).Description("When the code stops working.");
    }
}
