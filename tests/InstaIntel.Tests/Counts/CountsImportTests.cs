using InstaIntel.Api.Counts;

namespace InstaIntel.Tests.Counts;

public sealed class CountsImportTests
{
    [Fact]
    public void Reads_dates_followers_and_the_optional_columns_with_or_without_a_header()
    {
        var points = CountsImport.Parse(7, "date,followers,following,posts\r\n2026-01-01,1200,300,40\n2026-01-02,1210\n\n2026-01-03T12:00:00+02:00,1220,301,\n");
        Assert.Equal([1200, 1210, 1220], points.Select(p => p.Followers));
        Assert.Equal([300, null, 301], points.Select(p => p.Following));
        Assert.Equal([40, null, null], points.Select(p => p.Posts));
        Assert.Equal(new DateTime(2026, 1, 3, 10, 0, 0, DateTimeKind.Utc), points[2].At);
        Assert.All(points, p => Assert.Equal((7L, CountSource.Import), (p.AccountId, p.Source)));
        Assert.Single(CountsImport.Parse(7, "2026-01-01,5"));
    }

    [Theory]
    [InlineData("date,followers\n01/02/2026,10", 2, "`01/02/2026` is not a date")]
    [InlineData("2026-01-01,ten", 1, "followers `ten` is not a whole number")]
    [InlineData("2026-01-01,-5", 1, "followers `-5` is not a whole number")]
    [InlineData("2026-01-01", 1, "expected date,followers[,following,posts] but found 1 columns")]
    [InlineData("2026-01-01,1,2,3,4", 1, "found 5 columns")]
    [InlineData("2026-01-01T10:00:00,5", 1, "with an offset")]
    [InlineData("date,followers\n", 1, "the file has no rows")]
    public void A_wrong_line_is_named_with_what_is_wrong(string csv, int line, string message)
    {
        var error = Assert.Throws<CountsCsvException>(() => CountsImport.Parse(1, csv));
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }
}
