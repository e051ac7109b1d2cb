using InstaIntel.Api.Archives;

namespace InstaIntel.Tests.Archives;

public sealed class ArchiveDatesTests
{
    [Theory]
    [InlineData("Jan 05, 2024, 3:41 PM", "2024-01-05 15:41")]
    [InlineData("Nov 26, 2025 12:15 am", "2025-11-26 00:15")]
    [InlineData("Dec 01, 2023 12:02 pm", "2023-12-01 12:02")]
    [InlineData("5 de jan. de 2024 15:41", "2024-01-05 15:41")]
    [InlineData("28 de set. de 2025 09:05", "2025-09-28 09:05")]
    [InlineData("5 янв. 2024 г., 15:41", "2024-01-05 15:41")]
    [InlineData("3 мая 2025 г., 07:30", "2025-05-03 07:30")]
    [InlineData("14 нояб. 2025 г., 23:59", "2025-11-14 23:59")]
    [InlineData("2024年1月5日 下午3:41", "2024-01-05 15:41")]
    [InlineData("2025年12月31日 上午12:10", "2025-12-31 00:10")]
    [InlineData("5 Jan 2024 15.41", "2024-01-05 15:41")]
    [InlineData("17 Agu 2025 08.00", "2025-08-17 08:00")]
    [InlineData("5 gen 2024, 15:41", "2024-01-05 15:41")]
    [InlineData("9 dic 2025, 18:20", "2025-12-09 18:20")]
    public void Dates_are_read_in_every_export_language(string text, string expected) =>
        Assert.Equal(DateTime.SpecifyKind(DateTime.ParseExact(expected, "yyyy-MM-dd HH:mm", null), DateTimeKind.Utc), ArchiveDates.Parse(text));

    [Fact]
    public void The_tests_run_without_culture_data_as_the_api_does() =>
        Assert.Throws<System.Globalization.CultureNotFoundException>(() => System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    [Theory]
    [InlineData("14 Brachet 2025 09:26")]
    [InlineData("Feb 30, 2024 1:00 pm")]
    [InlineData("Jan 05, 2024")]
    [InlineData("12/05/2024 10:00")]
    public void Text_that_is_not_a_date_in_those_shapes_reads_as_none(string text) => Assert.Null(ArchiveDates.Parse(text));
}
