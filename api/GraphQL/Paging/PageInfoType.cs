using GraphQL.Types;

namespace InstaIntel.Api.GraphQL.Paging;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(x => x.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field(x => x.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field(x => x.StartCursor, nullable: true).Description("When paginating backwards, the cursor to continue.");
        Field(x => x.EndCursor, nullable: true).Description("When paginating forwards, the cursor to continue.");
    }
}
