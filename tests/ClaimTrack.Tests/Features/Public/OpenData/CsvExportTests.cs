using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.OpenData;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Public.OpenData;

/// <summary>claims.csv as a spreadsheet or a CSV parser reads it: RFC 4180 quoting, formulas defused, one row per timeline step.</summary>
public sealed class CsvExportTests
{
    private static readonly PublicContext Site = new("Harbour Checks", "https://factcheck.example.org", Scale);

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("she said \"no\"", "\"she said \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cells_are_quoted_as_rfc_4180_says(string? value, string cell) => CsvExport.Cell(value).ShouldBe(cell);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("\rreturn", "\"'\rreturn\"")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string value, string cell) =>
        CsvExport.Cell(value).ShouldBe(cell);

    [Fact]
    public void Whole_numbers_stay_numbers() => (CsvExport.Cell("-2"), CsvExport.Cell("4")).ShouldBe(("-2", "4"));

    [Fact]
    public void A_corrected_claim_has_a_row_per_step_and_only_the_newest_is_latest()
    {
        var history = Reviewed(PublishedHistory(), new Web.Features.Claims.Verdicts.IssueCorrection(
            "Turnout was 71%, not 81%.", "The council's table.", "Typo in the figure.", ChangeId), Editor);
        var record = ClaimRecord.From(Shown(history)!, Site);

        var rows = CsvExport.Rows(record).ToList();

        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.EndsWith("\r\n", StringComparison.Ordinal));
        var names = CsvExport.Header.TrimEnd().Split(',');
        string Field(string row, string name) => Parsed(row)[Array.IndexOf(names, name)];
        (Field(rows[0], "entry_kind"), Field(rows[0], "entry_is_latest")).ShouldBe(("verdict", "false"));
        (Field(rows[1], "entry_kind"), Field(rows[1], "entry_is_latest")).ShouldBe(("correction", "true"));
        Field(rows[0], "claim_id").ShouldBe(ClaimId.ToString());
        Field(rows[0], "reviewer").ShouldBe("Harbour Checks");
        Field(rows[0], "rating").ShouldBe("False");
    }

    // Read back by .NET's own CSV parser, not by the code under test.
    private static string[] Parsed(string row)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(row)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        return parser.ReadFields()!;
    }

    [Fact]
    public void The_research_datasets_columns_come_first()
    {
        var names = CsvExport.Columns.Select(c => c.Name).ToList();

        names.ShouldBeUnique();
        foreach (var name in new[] { "claim_text", "claim_author", "claim_date", "review_date", "rating", "review_url", "reviewer" })
            names.IndexOf(name).ShouldBeInRange(0, 16, name);
    }
}
